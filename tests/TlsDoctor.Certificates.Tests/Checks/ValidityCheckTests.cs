using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class ValidityCheckTests
{
    [Fact]
    public async Task AnalyzeAsync_ExpiredThreeDaysAgo_ExpiredWithRenewFix()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = CertSpec.Now.AddDays(-60), NotAfter = CertSpec.Now.AddDays(-3) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.Expired], analysis.Serious());
        var problem = analysis.Problems[0];
        Assert.Equal("renew: expired 3 days ago (2026-11-24); install the renewed certificate and reload the server", problem.Fix);
        Assert.Equal(0, problem.CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_ExpiredIntermediate_ReportedAgainstIt()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"),
            intermediate: CertSpec.Ca("Intermediate") with { NotAfter = CertSpec.Now.AddDays(-1) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.Expired], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_NotYetValidByHours_ClockSkewHint()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = CertSpec.Now.AddHours(5) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.NotYetValid], analysis.Serious());
        Assert.Contains("clock skew", analysis.Problems[0].Evidence, StringComparison.Ordinal);
        Assert.StartsWith("clock skew:", analysis.Problems[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_NotYetValidByDays_NoClockSkewHint()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = CertSpec.Now.AddDays(3) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.NotYetValid], analysis.Serious());
        Assert.DoesNotContain("clock skew", analysis.Problems[0].Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(45, null)]
    [InlineData(31, null)]
    [InlineData(30, Severity.Warning)]
    [InlineData(8, Severity.Warning)]
    [InlineData(7, Severity.Error)]
    [InlineData(1, Severity.Error)]
    public async Task AnalyzeAsync_ExpiresWithinDays_SeverityByThreshold(int daysLeft, Severity? expected)
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotAfter = CertSpec.Now.AddDays(daysLeft) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        var problem = analysis.Problems.SingleOrDefault(p => p.Code == ProblemCodes.ExpiresSoon);
        Assert.Equal(expected, problem?.Severity);
        Assert.Equal(expected is null ? [] : [ProblemCodes.ExpiresSoon], analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_CustomThresholds_Honoured()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotAfter = CertSpec.Now.AddDays(50) });
        var options = new AnalysisOptions
        {
            TrustStore = pki.Store,
            Time = new FixedTimeProvider(CertSpec.Now),
            ExpiryWarningDays = 90,
            ExpiryErrorDays = 60,
        };

        var analysis = await new ChainAnalyzer().AnalyzeAsync(pki.Chain, options, CancellationToken.None);

        Assert.Equal(Severity.Error, Assert.Single(analysis.Problems, p => p.Code == ProblemCodes.ExpiresSoon).Severity);
    }

    [Fact]
    public async Task AnalyzeAsync_ErrorThresholdAboveWarning_RejectedAtTheEdge()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"));
        var options = new AnalysisOptions { TrustStore = pki.Store, ExpiryWarningDays = 5, ExpiryErrorDays = 10 };

        await Assert.ThrowsAsync<ArgumentException>(() => new ChainAnalyzer().AnalyzeAsync(pki.Chain, options, CancellationToken.None));
    }
}
