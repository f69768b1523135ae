using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class TrustCheckTests
{
    [Fact]
    public async Task AnalyzeAsync_LeafOnlyWithAia_FixNamesIntermediateAndUrl()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { CaIssuersUrls = ["http://ca.example/int.crt"] });

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf), pki.PublicStore, "a.example");

        Assert.Equal(TrustStatus.IncompleteChain, analysis.TrustStatus);
        Assert.Equal([ProblemCodes.IncompleteChain], analysis.Serious());
        Assert.Equal("install the intermediate 'CN=Test Intermediate' (caIssuers: http://ca.example/int.crt) after the leaf in your certificate file",
            analysis.Problems[0].Fix);
        Assert.StartsWith("BROKEN: the server does not send the intermediate 'CN=Test Intermediate'", analysis.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_RootUnknownToStore_UnknownIssuerNamesTheRootAndKeyId()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));
        using var other = TestPki.SelfSigned(CertSpec.Ca("Other Root"));

        var analysis = await Analysis.RunAsync(pki.Chain, Analysis.PublicStore(other), "a.example");

        Assert.Equal([ProblemCodes.UnknownIssuer], analysis.Serious());
        var problem = analysis.Problems[0];
        Assert.Equal("the chain does not lead to a trusted root: the issuer 'CN=Test Root' is unknown", problem.Summary);
        Assert.Contains(analysis.MissingLink!.AuthorityKeyIdentifier!, problem.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, problem.CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_UntrustedRootSent_UntrustedRootPlusRootIncludedInfo()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));
        using var other = TestPki.SelfSigned(CertSpec.Ca("Other Root"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Intermediate, pki.Root), Analysis.PrivateStore(other), "a.example");

        Assert.Equal(TrustStatus.UntrustedRoot, analysis.TrustStatus);
        Assert.Equal([ProblemCodes.UntrustedRoot], analysis.Serious());
        Assert.Equal([ProblemCodes.RootIncluded], analysis.Codes(Severity.Info));
    }

    [Fact]
    public async Task AnalyzeAsync_SelfSignedLeafGivenAsCaFile_Trusted()
    {
        using var leaf = TestPki.SelfSigned(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(leaf), Analysis.PrivateStore(leaf), "a.example");

        Assert.True(analysis.Trusted);
        Assert.Empty(analysis.Problems);
    }
}
