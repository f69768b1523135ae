using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Logjam;

/// <summary>
/// Weak finite-field Diffie-Hellman (Adrian et al., "Imperfect Forward Secrecy", 2015: CVE-2015-4000). Export DHE
/// suites let a man-in-the-middle downgrade a normal DHE handshake to a 512-bit group; any group under 1024 bits
/// is breakable outright. At 1024 bits the paper's practical attack is precomputation for one prime, then
/// each connection in minutes: a widely shared prime (a published group like Oakley group 2) is worth that effort,
/// so it is Vulnerable; a server's own 1024-bit prime needs that precomputation for it alone, so PotentiallyVulnerable.
/// 2048 bits and up are out of reach. The DH groups are those the suite enumeration's ServerKeyExchanges carried.
/// </summary>
public sealed class LogjamCheck : IVulnerabilityCheck
{
    /// <summary>Below this the discrete log is computable outright (the paper broke 512-bit export groups in minutes after a week of precomputation).</summary>
    public const int BrokenBelowBits = 1024;

    /// <summary>At or above this no precomputation is in reach (NIST SP 800-57 and the paper's recommendation).</summary>
    public const int SafeBits = 2048;

    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Logjam, "Logjam", ["CVE-2015-4000"], Severity.High,
        "Remove EXPORT suites; use a DH group of 2048 bits or more (RFC 7919 ffdhe2048+) or prefer ECDHE; never a 1024-bit published group.",
        "Adrian et al., \"Imperfect Forward Secrecy: How Diffie-Hellman Fails in Practice\" (ACM CCS 2015), https://weakdh.org");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan));

    private static VulnerabilityResult Decide(ServerScanResult scan)
    {
        var export = scan.Matching(s => s.KeyExchange == KeyExchange.Dhe && s.Export, ScanFindings.IsLegacy);
        if (export.Count > 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"export DHE suites accepted at {ScanFindings.Describe(export)}: a man-in-the-middle can force a 512-bit group.");
        }

        var dhe = scan.Matching(s => s.KeyExchange == KeyExchange.Dhe, ScanFindings.IsLegacy);
        var groups = scan.KeyExchange?.DhParameters ?? [];
        if (dhe.Count == 0 && groups.Count == 0)
        {
            return ScanFindings.SuiteRule(Definition, scan, [], "DHE suites", "no DHE suite accepted (no finite-field Diffie-Hellman at SSLv3–TLS 1.2).", ScanFindings.IsLegacy);
        }

        if (groups.Count == 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.Unknown,
                $"DHE suites accepted at {ScanFindings.Describe(dhe)}, but no ServerKeyExchange with the DH group could be read.");
        }

        // At equal size a published prime is the worse case: it is the one precomputation targets.
        var weakest = groups.OrderBy(g => g.PrimeBits).ThenBy(g => g.KnownGroup is null).First();
        var seen = Describe(groups);
        return weakest.PrimeBits switch
        {
            < BrokenBelowBits => new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"DH group of {weakest.PrimeBits} bits ({seen}): below 1024 bits the discrete log is computable."),
            BrokenBelowBits when weakest.KnownGroup is not null => new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"1024-bit DH group {weakest.KnownGroup} ({seen}): a widely shared prime, the kind one precomputation breaks for every server using it."),
            BrokenBelowBits => new VulnerabilityResult(Definition, VulnerabilityStatus.PotentiallyVulnerable,
                $"1024-bit DH group that is not a published one ({seen}): breaking it needs a precomputation for this prime alone, within reach only of a well-funded attacker."),
            < SafeBits => new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                $"DH groups {seen}: above 1024 bits, though below the recommended 2048."),
            _ => new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable, $"DH groups {seen}: 2048 bits or more."),
        };
    }

    /// <summary>"1024 bits at TLSv1.0 and TLSv1.2; 2048 bits, ffdhe2048 (RFC 7919) at TLSv1.2", weakest first.</summary>
    private static string Describe(IReadOnlyList<DhParameters> groups) => string.Join("; ", groups
        .GroupBy(g => (g.PrimeBits, g.KnownGroup))
        .OrderBy(g => g.Key.PrimeBits)
        .Select(g => $"{g.Key.PrimeBits} bits{(g.Key.KnownGroup is null ? "" : $", {g.Key.KnownGroup}")} at {ScanFindings.Versions(g.Select(d => d.Version).Distinct().Order())}"));
}
