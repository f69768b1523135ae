using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class StrengthCheckTests
{
    [Theory]
    [InlineData(TestKey.Rsa1024, ProblemCodes.WeakKeyRsa1024)]
    [InlineData(TestKey.Rsa1536, ProblemCodes.WeakKey)]
    [InlineData(TestKey.Brainpool256, ProblemCodes.WeakKey)]
    [InlineData(TestKey.Rsa2048, null)]
    [InlineData(TestKey.EcP384, null)]
    public async Task AnalyzeAsync_LeafKey_WeakOnlyBelowBaseline(TestKey key, string? expected)
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { Key = key, KeyUsage = null });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal(expected is null ? [] : [expected], analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_WeakIntermediateKey_ReportedAgainstIt()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"), intermediate: CertSpec.Ca("Test Intermediate") with { Key = TestKey.Rsa1024 });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.WeakKeyRsa1024], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_Md5SignedLeaf_Md5Signature()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { Hash = TestHash.Md5 },
            intermediate: CertSpec.Ca("Test Intermediate") with { Key = TestKey.Rsa2048 });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.True(analysis.Trusted);
        Assert.Equal([ProblemCodes.Md5Signature], analysis.Serious());
        Assert.Equal("the leaf 'CN=a.example' is signed with MD5 (md5WithRSAEncryption)", analysis.Problems[0].Summary);
    }

    [Fact]
    public async Task AnalyzeAsync_Md5SignedIntermediate_Md5SignatureAgainstIt()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"),
            intermediate: CertSpec.Ca("Test Intermediate") with { Hash = TestHash.Md5 },
            root: CertSpec.Ca("Test Root") with { Key = TestKey.Rsa2048 });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.Md5Signature], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_Md5SelfSignedAnchor_AnchorsOwnSignatureDoesNotCount()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"), root: CertSpec.Ca("Test Root") with { Key = TestKey.Rsa2048, Hash = TestHash.Md5 });

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Intermediate, pki.Root), pki.Store, "a.example");

        Assert.True(analysis.Trusted);
        Assert.Empty(analysis.Serious());
    }
}
