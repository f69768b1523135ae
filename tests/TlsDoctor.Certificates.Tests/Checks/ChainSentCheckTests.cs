using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class ChainSentCheckTests
{
    [Fact]
    public async Task AnalyzeAsync_RootSentBeforeIntermediate_WrongOrderAndRootIncludedAsInfo()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Root, pki.Intermediate), pki.Store, "a.example");

        Assert.True(analysis.Trusted);
        Assert.Equal([ProblemCodes.WrongOrder], analysis.Serious());
        Assert.Equal([ProblemCodes.RootIncluded], analysis.Codes(Severity.Info));
        var order = Assert.Single(analysis.Problems, p => p.Code == ProblemCodes.WrongOrder);
        Assert.Equal("order the certificate file leaf first, then each issuer: 'CN=a.example', 'CN=Test Intermediate', 'CN=Test Root'", order.Fix);
    }

    [Fact]
    public async Task AnalyzeAsync_RootIncludedInOrder_OnlyInfo()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Intermediate, pki.Root), pki.Store, "a.example");

        Assert.Empty(analysis.Serious());
        var info = Assert.Single(analysis.Problems);
        Assert.Equal((ProblemCodes.RootIncluded, Severity.Info, 2), (info.Code, info.Severity, info.CertificateIndex));
    }

    [Fact]
    public async Task AnalyzeAsync_UnrelatedCertificateSent_ExtraCertificates()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));
        using var stranger = TestPki.SelfSigned(CertSpec.Server("unrelated.example"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Intermediate, stranger), pki.Store, "a.example");

        Assert.Equal([ProblemCodes.ExtraCertificates], analysis.Serious());
        Assert.Equal(2, analysis.Problems[0].CertificateIndex);
        Assert.Equal("remove 'CN=unrelated.example' from the certificate file", analysis.Problems[0].Fix);
    }

    [Fact]
    public async Task AnalyzeAsync_CrossSignedAlternativeSent_NotCountedAsExtra()
    {
        using var untrustedRoot = TestPki.SelfSigned(CertSpec.Ca("Untrusted Root"));
        using var trustedRoot = TestPki.SelfSigned(CertSpec.Ca("Trusted Root"));
        using var viaUntrusted = TestPki.Issue(CertSpec.Ca("Intermediate"), untrustedRoot);
        using var viaTrusted = TestPki.Issue(CertSpec.Ca("Intermediate"), trustedRoot, subjectKey: viaUntrusted.Key);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), viaUntrusted);

        var analysis = await Analysis.RunAsync(TestPki.Chain(leaf, viaUntrusted, viaTrusted), Analysis.PrivateStore(trustedRoot), "a.example");

        Assert.True(analysis.Trusted);
        Assert.Empty(analysis.Problems);
    }

    [Fact]
    public async Task AnalyzeAsync_IntermediateSentTwice_DuplicateCertificate()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(pki.Leaf, pki.Intermediate, pki.Intermediate), pki.Store, "a.example");

        Assert.Equal([ProblemCodes.DuplicateCertificate], analysis.Serious());
        Assert.Equal(2, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_NotFromServer_ChainAsSentChecksSkipped()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));
        var options = new AnalysisOptions { TrustStore = pki.Store, Time = new FixedTimeProvider(CertSpec.Now), FromServer = false };

        var analysis = await new ChainAnalyzer().AnalyzeAsync(TestPki.Chain(pki.Leaf, pki.Root, pki.Intermediate), options, CancellationToken.None);

        Assert.True(analysis.Trusted);
        Assert.Empty(analysis.Problems);
    }

    [Fact]
    public async Task AnalyzeAsync_UndecodableIntermediate_WarningAndPathStillBuiltFromTheRest()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync([pki.Leaf.Der, [0x30, 0x03, 0x02, 0x01, 0x01], pki.Intermediate.Der], pki.Store, "a.example");

        Assert.True(analysis.Trusted);
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal((ProblemCodes.UnparseableCertificate, Severity.Warning, 1), (problem.Code, problem.Severity, problem.CertificateIndex));
    }

    [Fact]
    public async Task AnalyzeAsync_UndecodableLeaf_UnparseableAndNoOtherChecks()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        var analysis = await Analysis.RunAsync([[0x30, 0x00], pki.Intermediate.Der], pki.Store, "a.example");

        Assert.Equal(TrustStatus.Unparseable, analysis.TrustStatus);
        Assert.Equal([ProblemCodes.UnparseableCertificate], analysis.Serious());
        Assert.Null(analysis.NameMatch);
        Assert.StartsWith("BROKEN: the leaf certificate cannot be decoded", analysis.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_EmptyChain_RejectedAtTheEdge()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));

        await Assert.ThrowsAsync<ArgumentException>(() => Analysis.RunAsync([], pki.Store));
    }
}
