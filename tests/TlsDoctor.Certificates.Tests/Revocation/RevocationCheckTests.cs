using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

/// <summary>The analyzer with its revocation step: stapled responses and Must-Staple, with and without fetching.</summary>
public sealed class RevocationCheckTests : IDisposable
{
    private readonly RevocationPki _pki = RevocationPki.Create();

    public void Dispose() => _pki.Dispose();

    private ChainAnalyzer Analyzer { get; } = new(new RevocationCheck());

    private AnalysisOptions Options(byte[]? staple = null) => new()
    {
        HostName = "staple.test",
        TrustStore = TrustStore.FromCertificates([_pki.Ca.RawData], TrustStoreKind.File, "test CA"),
        StapledOcsp = staple,
    };

    [Fact]
    public async Task Analyze_MustStapleLeafWithoutStaple_ReportsMustStapleWithoutStaple()
    {
        using var leaf = _pki.IssueLeaf("staple.test", new LeafOptions { MustStaple = true });

        var analysis = await Analyzer.AnalyzeAsync([leaf.RawData], Options(), CancellationToken.None);

        var problem = Assert.Single(analysis.Problems, p => p.Severity != Severity.Info);
        Assert.Equal(ProblemCodes.MustStapleWithoutStaple, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
    }

    [Fact]
    public async Task Analyze_MustStapleLeafWithAGoodStaple_HasNoProblem()
    {
        using var leaf = _pki.IssueLeaf("staple.test", new LeafOptions { MustStaple = true });
        var staple = _pki.SignOcsp(leaf, OcspAnswer.Good());

        var analysis = await Analyzer.AnalyzeAsync([leaf.RawData], Options(staple), CancellationToken.None);

        Assert.DoesNotContain(analysis.Problems, p => p.Severity != Severity.Info);
    }

    [Fact]
    public async Task Analyze_StapleSaysRevoked_ReportsRevokedWithoutFetching()
    {
        using var leaf = _pki.IssueLeaf("staple.test");
        var staple = _pki.SignOcsp(leaf, OcspAnswer.Revoked(DateTimeOffset.UtcNow.AddDays(-2), 1));

        var analysis = await Analyzer.AnalyzeAsync([leaf.RawData], Options(staple), CancellationToken.None);

        Assert.Equal([ProblemCodes.Revoked], analysis.Problems.Where(p => p.Severity != Severity.Info).Select(p => p.Code));
    }

    [Fact]
    public async Task Analyze_NoStapleAndFetchingOff_SaysNothingAboutRevocation()
    {
        using var leaf = _pki.IssueLeaf("staple.test", new LeafOptions { OcspUrl = new Uri("http://127.0.0.1:9/ocsp") });

        var analysis = await Analyzer.AnalyzeAsync([leaf.RawData], Options(), CancellationToken.None);

        Assert.DoesNotContain(analysis.Problems, p => p.Code is ProblemCodes.RevocationUnknown or ProblemCodes.Revoked);
    }
}
