namespace TlsDoctor.Analysis.Compliance;

/// <summary>How one scanned server measures against one Mozilla profile.</summary>
/// <param name="NotChecked">Parts of the profile this scan cannot judge, each with the reason ("HSTS: …").</param>
public sealed record ComplianceResult(MozillaProfile Profile, IReadOnlyList<Deviation> Deviations, IReadOnlyList<string> NotChecked)
{
    /// <summary>True when nothing the scan can judge departs from the profile.</summary>
    public bool Passed => Deviations.Count == 0;

    /// <summary>What the scan saw beyond the profile's lists that is not a deviation (stronger groups than it names).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
