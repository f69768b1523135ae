using System.Net;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class NameCheckTests
{
    [Fact]
    public async Task AnalyzeAsync_OtherName_MismatchSaysWhatIsCovered()
    {
        using var pki = new SmallPki(CertSpec.Server("wrong.example"));

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "localhost");

        Assert.Equal([ProblemCodes.HostnameMismatch], analysis.Serious());
        Assert.Equal("the certificate covers wrong.example, not localhost", analysis.Problems[0].Evidence);
        Assert.False(analysis.NameMatch!.Matches);
    }

    [Fact]
    public async Task AnalyzeAsync_IpHostCoveredByIpSubjectAltName_Fine()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { IpAddresses = [IPAddress.Parse("2001:db8::5")] });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "2001:db8::5");

        Assert.Empty(analysis.Problems);
        Assert.Equal("2001:db8::5", analysis.NameMatch!.MatchedBy);
    }

    [Fact]
    public async Task AnalyzeAsync_CommonNameOnly_WarningCnFallback()
    {
        using var pki = new SmallPki(new CertSpec("legacy.example"));

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "legacy.example");

        Assert.Equal([ProblemCodes.HostnameCnFallback], analysis.Serious());
        Assert.Equal(Severity.Warning, analysis.Problems[0].Severity);
        Assert.True(analysis.NameMatch!.UsedCommonName);
    }

    [Fact]
    public async Task AnalyzeAsync_NoHostName_NoNameCheck()
    {
        using var pki = new SmallPki(CertSpec.Server("wrong.example"));

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, host: null);

        Assert.Null(analysis.NameMatch);
        Assert.Empty(analysis.Problems);
    }
}
