using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Lucky13;

/// <summary>
/// CBC suites at SSLv3–TLS 1.2 (MAC-then-encrypt): the time a server takes to check padding and MAC can leak
/// plaintext (AlFardan and Paterson, "Lucky Thirteen", 2013: CVE-2013-0169). Whether a given implementation is
/// constant-time cannot be seen from the wire, so the most a scan can say is PotentiallyVulnerable.
/// encrypt_then_mac (RFC 7366) removes the oracle for clients that negotiate it, which the evidence notes.
/// </summary>
public sealed class Lucky13Check : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Lucky13, "Lucky Thirteen", ["CVE-2013-0169"], Severity.Low,
        "Prefer AEAD suites (AES-GCM, ChaCha20-Poly1305) and keep the TLS library current (constant-time CBC decoding); support encrypt_then_mac (RFC 7366).",
        "AlFardan, Paterson, \"Lucky Thirteen: Breaking the TLS and DTLS Record Protocols\" (IEEE S&P 2013); RFC 7366");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan));

    private static VulnerabilityResult Decide(ServerScanResult scan)
    {
        var legacy = scan.Spoken().Where(ScanFindings.IsLegacy).ToList();
        if (legacy.Count == 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                "the server speaks none of SSLv3–TLS 1.2 (TLS 1.3 has only AEAD suites).");
        }

        var found = scan.Matching(s => s.Mode == CipherMode.Cbc, ScanFindings.IsLegacy);
        var verdict = ScanFindings.SuiteRule(Definition, scan, found, "CBC suites", $"no CBC suite accepted at {ScanFindings.Versions(legacy)}.", ScanFindings.IsLegacy);
        if (verdict.Status != VulnerabilityStatus.Vulnerable)
        {
            return verdict;
        }

        var etm = scan.Features?.EncryptThenMac == true
            ? " The server answers encrypt_then_mac (RFC 7366), which removes the timing oracle for clients that ask for it."
            : "";
        return verdict with
        {
            Status = VulnerabilityStatus.PotentiallyVulnerable,
            Evidence = $"{verdict.Evidence} Padding-check timing is the implementation's and cannot be measured from one handshake.{etm}",
        };
    }
}
