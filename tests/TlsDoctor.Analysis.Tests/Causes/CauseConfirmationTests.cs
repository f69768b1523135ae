using TlsDoctor.Analysis.Causes;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Causes;

public sealed class CauseConfirmationTests
{
    private static readonly TlsVersion[] Modern = [TlsVersion.Tls12, TlsVersion.Tls13];

    [Fact]
    public void Check_NotTlsOnNonTlsPort_ConfirmedWithTheScansEvidence()
    {
        var check = CauseConfirmation.Check(CauseId.NotTls, ScanResults.NotTls(), "Curl");

        Assert.Equal(Confirmation.Confirmed, check.Confirmation);
        Assert.Contains("plain HTTP", check.Evidence, StringComparison.Ordinal);
        Assert.NotNull(check.Fix);
    }

    [Fact]
    public void Check_NotTlsOnTlsServer_RuledOut()
    {
        var check = CauseConfirmation.Check(CauseId.NotTls, ScanResults.Completed(Modern), null);

        Assert.Equal(Confirmation.RuledOut, check.Confirmation);
    }

    [Fact]
    public void Check_HostnameMismatchInChainAnalysis_ConfirmedWithProblemsEvidenceAndFix()
    {
        var result = ScanResults.Completed(Modern,
            ScanResults.Problem(ProblemCodes.HostnameMismatch, "the certificate covers DNS:wrong.example, not localhost", "issue a certificate for localhost"));

        var check = CauseConfirmation.Check(CauseId.HostnameMismatch, result, "Java");

        Assert.Equal(Confirmation.Confirmed, check.Confirmation);
        Assert.Equal("the certificate covers DNS:wrong.example, not localhost", check.Evidence);
        Assert.Equal("issue a certificate for localhost", check.Fix);
    }

    [Fact]
    public void Check_HostnameMismatchOnCleanChain_RuledOut()
    {
        var check = CauseConfirmation.Check(CauseId.HostnameMismatch, ScanResults.Completed(Modern), "Java");

        Assert.Equal(Confirmation.RuledOut, check.Confirmation);
    }

    [Fact]
    public void Check_ExpiredLeaf_ConfirmedAndNotYetValidRuledOut()
    {
        var result = ScanResults.Completed(Modern,
            ScanResults.Problem(ProblemCodes.Expired, "the leaf expired on 2024-01-01", "renew the certificate"));

        Assert.Equal(Confirmation.Confirmed, CauseConfirmation.Check(CauseId.CertificateExpired, result, "Go").Confirmation);
        Assert.Equal(Confirmation.RuledOut, CauseConfirmation.Check(CauseId.CertificateNotYetValid, result, "Go").Confirmation);
    }

    [Fact]
    public void Check_ServerWithOnlyTls10_ProtocolMismatchConfirmedForCurrentClient()
    {
        var result = ScanResults.Completed([TlsVersion.Tls10]);

        var check = CauseConfirmation.Check(CauseId.ProtocolMismatch, result, "OpenSsl");

        Assert.Equal(Confirmation.Confirmed, check.Confirmation);
        Assert.Contains("only TLSv1.0", check.Evidence, StringComparison.Ordinal);
        Assert.Contains("TLSv1.2, TLSv1.3", check.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ServerWithTls12_ProtocolMismatchRuledOut()
    {
        var check = CauseConfirmation.Check(CauseId.ProtocolMismatch, ScanResults.Completed([TlsVersion.Tls11, TlsVersion.Tls12]), null);

        Assert.Equal(Confirmation.RuledOut, check.Confirmation);
    }

    [Fact]
    public void Check_CertificateCauseOnNonTlsPort_CannotTell()
    {
        var check = CauseConfirmation.Check(CauseId.UnknownIssuer, ScanResults.NotTls(), null);

        Assert.Equal(Confirmation.CannotTell, check.Confirmation);
    }

    [Fact]
    public void Check_RefusedPort_ConnectionRefusedConfirmed()
    {
        Assert.Equal(Confirmation.Confirmed, CauseConfirmation.Check(CauseId.ConnectionRefused, ScanResults.Refused(), null).Confirmation);
        Assert.Equal(Confirmation.RuledOut, CauseConfirmation.Check(CauseId.ConnectionRefused, ScanResults.NotTls(), null).Confirmation);
    }

    [Theory]
    [InlineData(ServiceKind.Http, CauseId.NotTls)]
    [InlineData(ServiceKind.Smtp, CauseId.NotTls)]
    public void ScanFailureCause_NotTlsScan_IsNotTls(ServiceKind service, CauseId expected)
    {
        Assert.Equal(expected, CauseConfirmation.ScanFailureCause(ScanResults.NotTls(service)));
    }

    [Fact]
    public void ScanFailureCause_CompletedScan_IsNull()
    {
        Assert.Null(CauseConfirmation.ScanFailureCause(ScanResults.Completed(Modern)));
    }
}
