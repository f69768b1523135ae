using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Rc4;

/// <summary>
/// RC4 at any version. RFC 7465 §2 forbids RC4 suites in TLS; its keystream biases let an attacker recover
/// plaintext sent many times, like cookies (AlFardan et al., "On the Security of RC4 in TLS", 2013: CVE-2013-2566;
/// Mantin's "Bar Mitzvah" attack, 2015: CVE-2015-2808). SSLv2 RC4 specs count too.
/// </summary>
public sealed class Rc4Check : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Rc4, "RC4", ["CVE-2013-2566", "CVE-2015-2808"], Severity.Medium,
        "Remove every RC4 suite from the server's cipher list (RFC 7465 prohibits them); AES-GCM or ChaCha20-Poly1305 replace them.",
        "RFC 7465; AlFardan, Bernstein, Paterson, Poettering, Schuldt, \"On the Security of RC4 in TLS\" (USENIX Security 2013)");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        var found = scan.Matching(s => s.Cipher == BulkCipher.Rc4);
        return Task.FromResult(ScanFindings.SuiteRule(Definition, scan, found, "RC4 suites",
            $"no RC4 suite accepted at {ScanFindings.Versions(scan.Spoken())}."));
    }
}
