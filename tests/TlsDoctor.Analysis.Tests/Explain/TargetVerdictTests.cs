using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain;
using TlsDoctor.Analysis.Tests.Causes;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Explain;

public sealed class TargetVerdictTests
{
    [Fact]
    public void For_JavaHostnameMessageAgainstMismatchedCertificate_ConcludesConfirmedWithFix()
    {
        var explanation = ErrorMatcher.Explain("java.security.cert.CertificateException: No subject alternative DNS name matching localhost found.");
        var result = ScanResults.Completed([TlsVersion.Tls12],
            ScanResults.Problem(ProblemCodes.HostnameMismatch, "the certificate covers DNS:wrong.example, not localhost", "issue a certificate for localhost"));

        var verdict = TargetVerdict.For(explanation, result);

        var check = Assert.Single(verdict.Checks);
        Assert.Equal(CauseId.HostnameMismatch, check.Cause);
        Assert.Equal(Confirmation.Confirmed, check.Confirmation);
        Assert.Equal("Confirmed: the certificate covers DNS:wrong.example, not localhost. Fix: issue a certificate for localhost.", verdict.Conclusion);
    }

    [Fact]
    public void For_CertificateMessageAgainstRefusedPort_ReportsTheScansOwnCauseLast()
    {
        var explanation = ErrorMatcher.Explain("x509: certificate signed by unknown authority");

        var verdict = TargetVerdict.For(explanation, ScanResults.Refused());

        Assert.All(verdict.Checks.SkipLast(1), c => Assert.Equal(Confirmation.CannotTell, c.Confirmation));
        Assert.Equal(CauseId.ConnectionRefused, verdict.Checks[^1].Cause);
        Assert.Equal(Confirmation.Confirmed, verdict.Checks[^1].Confirmation);
    }

    [Fact]
    public void For_NothingConfirmedAndAllRuledOut_SaysLookAtTheClient()
    {
        var explanation = ErrorMatcher.Explain("x509: certificate is valid for localhost, not example.org");

        var verdict = TargetVerdict.For(explanation, ScanResults.Completed([TlsVersion.Tls13]));

        Assert.Empty(verdict.Confirmed);
        Assert.StartsWith("Not confirmed: the server shows none of these causes", verdict.Conclusion, StringComparison.Ordinal);
    }
}
