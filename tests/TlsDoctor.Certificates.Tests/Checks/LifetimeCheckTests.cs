using System.Globalization;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

/// <summary>CA/B Forum BR §6.3.2 limits (Ballots SC31, SC-081v3) under a public anchor; nothing under a private one.</summary>
public sealed class LifetimeCheckTests
{
    [Theory]
    [InlineData("2026-03-14", 398, null, null)]
    [InlineData("2026-03-14", 399, Severity.Warning, 398)] // Safari enforces 398 days itself
    [InlineData("2026-03-15", 200, null, null)]
    [InlineData("2026-03-15", 201, Severity.Info, 200)]
    [InlineData("2027-03-14", 200, null, null)]
    [InlineData("2027-03-15", 100, null, null)]
    [InlineData("2027-03-15", 101, Severity.Info, 100)]
    [InlineData("2029-03-14", 100, null, null)]
    [InlineData("2029-03-15", 47, null, null)]
    [InlineData("2029-03-15", 48, Severity.Info, 47)]
    public async Task AnalyzeAsync_PublicAnchor_LifetimeAgainstLimitInForceAtIssuance(string issued, int days, Severity? severity, int? limit)
    {
        var notBefore = DateTimeOffset.Parse(issued + "T00:00:00Z", CultureInfo.InvariantCulture);
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = notBefore, NotAfter = notBefore.AddDays(days).AddSeconds(-1) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.PublicStore, "a.example", now: notBefore.AddDays(1));

        var problem = analysis.Problems.SingleOrDefault(p => p.Code == ProblemCodes.LifetimeTooLong);
        Assert.Equal(severity, problem?.Severity);
        if (limit is not null)
        {
            Assert.Contains($"at most {limit}", problem!.Summary, StringComparison.Ordinal);
        }

        Assert.Equal(severity == Severity.Warning ? [ProblemCodes.LifetimeTooLong] : [], analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_PublicAnchorLifetimeWithinTodayButNotTheNextLimit_NamesTheComingLimit()
    {
        var notBefore = new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero);
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = notBefore, NotAfter = notBefore.AddDays(180) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.PublicStore, "a.example", now: notBefore.AddDays(1));

        var coming = Assert.Single(analysis.Problems, p => p.Code == ProblemCodes.LifetimeLimitComing);
        Assert.Equal(Severity.Info, coming.Severity);
        Assert.StartsWith("from 2027-03-15 publicly-trusted certificates may be valid for at most 100 days", coming.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Problems, p => p.Code == ProblemCodes.LifetimeTooLong);
    }

    [Fact]
    public async Task AnalyzeAsync_PublicAnchorWithin47Days_NoLifetimeAdvice()
    {
        var notBefore = new DateTimeOffset(2029, 3, 15, 0, 0, 0, TimeSpan.Zero);
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = notBefore, NotAfter = notBefore.AddDays(45) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.PublicStore, "a.example", now: notBefore.AddDays(1));

        Assert.Empty(analysis.Problems);
    }

    [Fact]
    public async Task AnalyzeAsync_PrivateAnchorYearLongLeaf_NoLifetimeProblemsAtAll()
    {
        var notBefore = new DateTimeOffset(2029, 3, 15, 0, 0, 0, TimeSpan.Zero);
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = notBefore, NotAfter = notBefore.AddDays(366) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example", now: notBefore.AddDays(1));

        Assert.Empty(analysis.Problems);
        Assert.StartsWith("OK: trusted via 'CN=Test Root'", analysis.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_398DayLeafIssuedBeforeSc081_ComingLimitIsThe200DayOneInForceForRenewals()
    {
        var notBefore = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
        using var pki = new SmallPki(CertSpec.Server("a.example") with { NotBefore = notBefore, NotAfter = notBefore.AddDays(397) });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.PublicStore, "a.example", now: new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));

        var coming = Assert.Single(analysis.Problems, p => p.Code == ProblemCodes.LifetimeLimitComing);
        Assert.StartsWith("from 2026-03-15 publicly-trusted certificates may be valid for at most 200 days", coming.Summary, StringComparison.Ordinal);
        Assert.Empty(analysis.Serious());
    }
}
