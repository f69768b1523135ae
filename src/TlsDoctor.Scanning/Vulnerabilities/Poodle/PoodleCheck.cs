using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Poodle;

/// <summary>
/// SSLv3 with CBC suites. SSLv3 CBC padding is not covered by the MAC and its content is unchecked, so a
/// man-in-the-middle who can make the client repeat a request decrypts it a byte per 256 tries (Möller, Duong,
/// Kotowicz, "This POODLE Bites", 2014: CVE-2014-3566). SSLv3 with only RC4 has no padding to attack; RC4 is the
/// rc4 check's finding. The TLS variant (CVE-2014-8730, padding unchecked by a TLS implementation) needs a probe of
/// its own and is not decided here.
/// </summary>
public sealed class PoodleCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Poodle, "POODLE (SSLv3)", ["CVE-2014-3566"], Severity.High,
        "Disable SSLv3 (RFC 7568 deprecates it); no current client needs it.",
        "Möller, Duong, Kotowicz, \"This POODLE Bites: Exploiting the SSL 3.0 Fallback\" (2014); RFC 7568");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan));

    private static VulnerabilityResult Decide(ServerScanResult scan)
    {
        if (!scan.Spoken().Contains(TlsVersion.SSLv3))
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable, "SSLv3 is not offered.");
        }

        static bool IsSslV3(TlsVersion v) => v == TlsVersion.SSLv3;
        var cbc = scan.Matching(s => s.Mode == CipherMode.Cbc, IsSslV3);
        var other = scan.Matching(s => s.Mode != CipherMode.Cbc, IsSslV3);
        var clean = other.Count > 0
            ? $"SSLv3 is offered but with no CBC suite, only {ScanFindings.Names(other[0].Suites)}: POODLE attacks CBC padding (RC4 is the rc4 check's finding)."
            : "SSLv3 is offered but no SSLv3 suite was accepted.";
        return ScanFindings.SuiteRule(Definition, scan, cbc, "CBC suites", clean, IsSslV3);
    }
}
