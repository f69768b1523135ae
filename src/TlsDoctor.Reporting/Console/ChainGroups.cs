using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// Captured chains that are the same — same type, same certificates, same stapling and the same diagnosis — as one
/// entry, so a server that sends one chain with and without SNI, over TLS 1.2 and 1.3, is reported once.
/// </summary>
internal static class ChainGroups
{
    /// <summary>Groups in order of first appearance; each group's first chain stands for the rest.</summary>
    public static IReadOnlyList<IReadOnlyList<CapturedChain>> Of(IReadOnlyList<CapturedChain> chains)
    {
        var groups = new List<List<CapturedChain>>();
        foreach (var chain in chains)
        {
            var group = groups.FirstOrDefault(g => Same(g[0], chain));
            if (group is null)
            {
                groups.Add([chain]);
            }
            else
            {
                group.Add(chain);
            }
        }

        return groups;
    }

    /// <summary>"(same chain with SNI and without; TLSv1.2 and TLSv1.3)", or null for a chain seen once.</summary>
    public static string? Note(IReadOnlyList<CapturedChain> group)
    {
        if (group.Count < 2)
        {
            return null;
        }

        var sniVaries = group.Any(c => c.ServerName is null) && group.Any(c => c.ServerName is not null);
        var versions = group.Select(c => c.Version).Distinct().OrderBy(v => (ushort)v).Select(v => v.Name()).ToList();
        var protocols = string.Join(" and ", versions);
        return (sniVaries, versions.Count > 1) switch
        {
            (true, true) => $"(same chain with SNI and without; {protocols})",
            (true, false) => "(same chain with SNI and without)",
            (false, true) => $"(same chain in {protocols})",
            _ => $"(same chain seen {group.Count} times)",
        };
    }

    private static bool Same(CapturedChain a, CapturedChain b) =>
        a.CertificateType == b.CertificateType
        && (a.OcspResponse is null) == (b.OcspResponse is null)
        && a.Certificates.Count == b.Certificates.Count
        && a.Certificates.Zip(b.Certificates).All(p => p.First.AsSpan().SequenceEqual(p.Second))
        && SameAnalysis(a.Analysis, b.Analysis);

    private static bool SameAnalysis(Certificates.ChainAnalysis? a, Certificates.ChainAnalysis? b) =>
        (a, b) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => a.TrustStatus == b.TrustStatus
                && a.Verdict == b.Verdict
                && a.TrustStoreDescription == b.TrustStoreDescription
                && a.Problems.SequenceEqual(b.Problems),
        };
}
