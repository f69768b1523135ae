using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Revocation;

/// <summary>The analyzer hands the built path to the revocation hook and reports what it returns.</summary>
public sealed class RevocationHookTests
{
    [Fact]
    public async Task AnalyzeAsync_WithRevocationCheck_GetsPathAndOptionsAndReportsItsProblems()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { MustStaple = true });
        var hook = new CannedRevocationCheck(new CertificateProblem(ProblemCodes.MustStapleWithoutStaple, Severity.Error, "s", "e", "f", 0));
        var options = new AnalysisOptions { TrustStore = pki.Store, Time = new FixedTimeProvider(CertSpec.Now), StapledOcsp = [1, 2, 3] };

        var analysis = await new ChainAnalyzer(hook).AnalyzeAsync(pki.Chain, options, CancellationToken.None);

        Assert.Equal([ProblemCodes.MustStapleWithoutStaple], analysis.Serious());
        var context = Assert.Single(hook.Seen);
        Assert.Equal(3, context.Path.Elements.Count);
        Assert.True(context.Path.Elements[0].Certificate.MustStaple);
        Assert.Equal([1, 2, 3], context.Options.StapledOcsp);
        Assert.Equal(CertSpec.Now, context.Now);
    }

    [Fact]
    public async Task AnalyzeAsync_WithoutRevocationCheck_NoRevocationProblems()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { MustStaple = true });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Empty(analysis.Problems);
    }

    private sealed class CannedRevocationCheck(params CertificateProblem[] problems) : IRevocationCheck
    {
        public List<RevocationCheckContext> Seen { get; } = [];

        public Task<IReadOnlyList<CertificateProblem>> CheckAsync(RevocationCheckContext context, CancellationToken cancellationToken)
        {
            Seen.Add(context);
            return Task.FromResult<IReadOnlyList<CertificateProblem>>(problems);
        }
    }
}
