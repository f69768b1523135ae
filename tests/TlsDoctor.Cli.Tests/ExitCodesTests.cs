using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Reporting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Tests;

/// <summary>How a scan's exit code is chosen once policies and --fail-on-grade are in play.</summary>
public sealed class ExitCodesTests
{
    private static ServerScanResult Scan(ScanOutcome outcome) => new() { Target = new ScanTarget("127.0.0.1", 1, null), Outcome = outcome };

    private static GradeResult Graded(Grade letter) => new()
    {
        Letter = letter,
        ScoreLetter = letter,
        Score = new ScoreParts(100, 90, 90, 93),
        Caps = [],
        WhatWouldLiftIt = [],
        NotChecked = [],
    };

    private static ComplianceResult Policy(bool passed) => new(
        MozillaProfiles.Intermediate60,
        passed ? [] : [new Deviation(DeviationKind.CipherSuite, "TLSv1.2 accepts TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")],
        []);

    private static ScanReport Report(params (ScanOutcome Outcome, TargetAssessment Assessment)[] targets) =>
        new("test", DateTimeOffset.UnixEpoch, TimeSpan.Zero, [.. targets.Select(t => Scan(t.Outcome))])
        {
            Assessments = [.. targets.Select(t => t.Assessment)],
        };

    private static readonly TargetAssessment NotAssessed = new(null, []);

    [Fact]
    public void For_EveryPolicyPassed_Ok()
    {
        var report = Report((ScanOutcome.Completed, new(Graded(Grade.A), [Policy(true), Policy(true)])));

        Assert.Equal(ExitCodes.Ok, ExitCodes.For(report, null));
    }

    [Fact]
    public void For_OnePolicyFailed_PolicyFailed()
    {
        var report = Report(
            (ScanOutcome.Completed, new(Graded(Grade.A), [Policy(true)])),
            (ScanOutcome.Completed, new(Graded(Grade.A), [Policy(true), Policy(false)])));

        Assert.Equal(ExitCodes.PolicyFailed, ExitCodes.For(report, null));
    }

    [Theory]
    [InlineData(ScanOutcome.Unreachable, ExitCodes.Unreachable)]
    [InlineData(ScanOutcome.NotTls, ExitCodes.NotTls)]
    [InlineData(ScanOutcome.NoProtocol, ExitCodes.NotTls)]
    public void For_PolicyFailedAndAnotherTargetNotAssessed_ReachabilityOutranksPolicy(ScanOutcome other, int expected)
    {
        var report = Report((ScanOutcome.Completed, new(Graded(Grade.F), [Policy(false)])), (other, NotAssessed));

        Assert.Equal(expected, ExitCodes.For(report, Grade.A));
    }

    [Theory]
    [InlineData(Grade.B, Grade.B, ExitCodes.Ok)]
    [InlineData(Grade.A, Grade.B, ExitCodes.Ok)]
    [InlineData(Grade.AMinus, Grade.A, ExitCodes.PolicyFailed)]
    [InlineData(Grade.T, Grade.F, ExitCodes.PolicyFailed)]
    [InlineData(Grade.M, Grade.C, ExitCodes.PolicyFailed)]
    public void For_FailOnGrade_NineOnlyWhenWorse(Grade graded, Grade threshold, int expected)
    {
        var report = Report((ScanOutcome.Completed, new(Graded(graded), [])));

        Assert.Equal(expected, ExitCodes.For(report, threshold));
    }

    [Fact]
    public void For_GradeWorseButNoThreshold_Ok()
    {
        var report = Report((ScanOutcome.Completed, new(Graded(Grade.F), [])));

        Assert.Equal(ExitCodes.Ok, ExitCodes.For(report, null));
    }

    [Fact]
    public void Scan_CodeNine_DocumentedWithPrecedence()
    {
        var meaning = Assert.Single(ExitCodes.Scan, c => c.Code == ExitCodes.PolicyFailed).Meaning;

        Assert.Contains("--policy", meaning, StringComparison.Ordinal);
        Assert.Contains("--fail-on-grade", meaning, StringComparison.Ordinal);
        Assert.Contains("1 and 3 outrank it", meaning, StringComparison.Ordinal);
        Assert.DoesNotContain(ExitCodes.Demo, c => c.Code == ExitCodes.PolicyFailed);
        Assert.Contains(ExitCodes.All, c => c.Code == ExitCodes.PolicyFailed && c.Meaning.StartsWith("scan only: ", StringComparison.Ordinal));
    }
}
