using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting;

/// <summary>One run of the tool as every report format sees it: who ran, when, for how long, and each target's result.</summary>
/// <param name="ToolVersion">The tool's version ("0.1.0").</param>
/// <param name="Targets">Results in the order the targets were given.</param>
public sealed record ScanReport(string ToolVersion, DateTimeOffset StartedAt, TimeSpan Duration, IReadOnlyList<ServerScanResult> Targets)
{
    /// <summary>Grade and policy results, one per target in the order of <see cref="Targets"/>; empty when not assessed.</summary>
    public IReadOnlyList<TargetAssessment> Assessments { get; init; } = [];
}
