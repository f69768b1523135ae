namespace TlsDoctor.Analysis.Causes;

/// <summary>One cause as people read it: a short title, a one-line explanation and the check that confirms it.</summary>
/// <param name="Key">Stable snake_case name for JSON and scripts ("hostname_mismatch").</param>
/// <param name="Check">What to look at to confirm it (what <see cref="CauseConfirmation"/> checks with --target).</param>
public sealed record CauseInfo(CauseId Id, string Key, string Title, string Explanation, string Check);
