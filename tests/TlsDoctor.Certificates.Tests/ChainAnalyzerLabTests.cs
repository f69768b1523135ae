using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Certificates.Tests;

/// <summary>The lab PKI (generated per test process) against its manifest: each leaf has exactly its problem.</summary>
public sealed class ChainAnalyzerLabTests
{
    public static TheoryData<string, string[]> Manifest => new()
    {
        { "rsa", [] },
        { "ecdsa", [] },
        { "expired", [LabCertProblems.Expired] },
        { "notyet", [LabCertProblems.NotYetValid] },
        { "wronghost", [LabCertProblems.HostnameMismatch] },
        { "selfsigned", [LabCertProblems.SelfSigned] },
        { "rsa1024", [LabCertProblems.WeakKeyRsa1024] },
        { "sha1", [LabCertProblems.Sha1Signature] },
        { "incomplete", [LabCertProblems.IncompleteChain] },
    };

    [Theory]
    [MemberData(nameof(Manifest))]
    public async Task AnalyzeAsync_LabLeafWithLabRootAsCaFile_ReportsExactlyItsManifestProblems(string name, string[] expected)
    {
        var lab = await LabCertificates.GetAsync();
        var leaf = lab.Leaves.Single(l => l.Name == name);

        var analysis = await AnalyzeAsync(LabChains.AsSent(leaf), TrustStore.FromFile(lab.RootPath));

        Assert.Equal(expected, analysis.Serious());
    }

    [Theory]
    [MemberData(nameof(Manifest))]
    public async Task AnalyzeAsync_LabLeafWithSystemStore_UnknownIssuerAndOwnProblemsStillReported(string name, string[] manifest)
    {
        var lab = await LabCertificates.GetAsync();
        var leaf = lab.Leaves.Single(l => l.Name == name);

        var analysis = await AnalyzeAsync(LabChains.AsSent(leaf), TrustStore.System());

        Assert.False(analysis.Trusted);
        if (name == "selfsigned")
        {
            // A self-signed leaf has no issuer to be unknown: the verdict names what it is.
            Assert.Equal(TrustStatus.SelfSigned, analysis.TrustStatus);
            Assert.Equal([ProblemCodes.SelfSigned], analysis.Serious());
            return;
        }

        Assert.Equal(TrustStatus.UnknownIssuer, analysis.TrustStatus);
        var expected = manifest.Where(c => c != ProblemCodes.IncompleteChain).Append(ProblemCodes.UnknownIssuer).Order(StringComparer.Ordinal);
        Assert.Equal(expected, analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_IncompleteLabLeaf_NamesTheMissingIntermediateAndItsKeyId()
    {
        var lab = await LabCertificates.GetAsync();
        var intermediate = CertificateDetails.FromDer(LabChains.Read(lab.IntermediatePath)[0]);

        var analysis = await AnalyzeAsync(LabChains.AsSent(lab.Incomplete), TrustStore.FromFile(lab.RootPath));

        Assert.Equal(TrustStatus.IncompleteChain, analysis.TrustStatus);
        Assert.Equal(intermediate.Subject, analysis.MissingLink!.IssuerName);
        Assert.Equal(intermediate.SubjectKeyIdentifier, analysis.MissingLink.AuthorityKeyIdentifier);
        var problem = Assert.Single(analysis.Problems, p => p.Code == ProblemCodes.IncompleteChain);
        Assert.Equal("install the intermediate 'CN=TlsDoctor Test Intermediate CA' after the leaf in your certificate file", problem.Fix);
        Assert.Equal(0, problem.CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_LabChainWithLabRoot_TrustedPathEndsAtRoot()
    {
        var lab = await LabCertificates.GetAsync();

        var analysis = await AnalyzeAsync(LabChains.AsSent(lab.Rsa), TrustStore.FromFile(lab.RootPath));

        Assert.True(analysis.Trusted);
        Assert.Equal(["CN=localhost", "CN=TlsDoctor Test Intermediate CA", "CN=TlsDoctor Test Root CA"], analysis.Path.Select(c => c.DisplayName));
        Assert.Equal([0, 1, null], analysis.TrustPath.Elements.Select(e => e.SentIndex));
        Assert.StartsWith("OK: trusted via 'CN=TlsDoctor Test Root CA'", analysis.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_IncompleteLeafWithBundleHoldingIntermediate_StillIncompleteChain()
    {
        var lab = await LabCertificates.GetAsync();

        var analysis = await AnalyzeAsync(LabChains.AsSent(lab.Incomplete), TrustStore.FromFile(lab.CaBundlePath));

        Assert.Equal(TrustStatus.IncompleteChain, analysis.TrustStatus);
        Assert.Equal([ProblemCodes.IncompleteChain], analysis.Serious());
        Assert.Equal(3, analysis.Path.Count);
    }

    private static Task<ChainAnalysis> AnalyzeAsync(IReadOnlyList<byte[]> chain, TrustStore store) =>
        new ChainAnalyzer().AnalyzeAsync(chain, new AnalysisOptions { HostName = "localhost", TrustStore = store }, CancellationToken.None);
}
