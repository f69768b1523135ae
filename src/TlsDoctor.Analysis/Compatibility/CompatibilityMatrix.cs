using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Compatibility;

/// <summary>Every profile against one scan, and the difference between two such runs (who loses or gains access).</summary>
public static class CompatibilityMatrix
{
    public static IReadOnlyList<CompatibilityResult> Run(IEnumerable<ClientProfile> profiles, ServerScanResult scan) =>
        [.. profiles.Select(p => CompatibilityChecker.Check(p, scan))];

    /// <summary>Clients that connect in <paramref name="before"/> but not in <paramref name="after"/> (matched by profile id).</summary>
    public static IReadOnlyList<CompatibilityResult> LostAccess(
        IReadOnlyList<CompatibilityResult> before, IReadOnlyList<CompatibilityResult> after)
    {
        var connected = before.Where(r => r.Connects).Select(r => r.Client.Id).ToHashSet(StringComparer.Ordinal);
        return [.. after.Where(r => !r.Connects && connected.Contains(r.Client.Id))];
    }

    /// <summary>Clients that fail in <paramref name="before"/> but connect in <paramref name="after"/>.</summary>
    public static IReadOnlyList<CompatibilityResult> GainedAccess(
        IReadOnlyList<CompatibilityResult> before, IReadOnlyList<CompatibilityResult> after)
    {
        var failed = before.Where(r => !r.Connects).Select(r => r.Client.Id).ToHashSet(StringComparer.Ordinal);
        return [.. after.Where(r => r.Connects && failed.Contains(r.Client.Id))];
    }
}
