using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Crime;

/// <summary>
/// TLS-level compression (DEFLATE, RFC 3749): the compressed length of attacker-chosen text next to a secret
/// reveals the secret (Rizzo and Duong, CRIME, 2012: CVE-2012-4929). The features probe offers DEFLATE and null at
/// the highest of SSLv3–TLS 1.2 and records whether the server picked DEFLATE. TLS 1.3 has no compression
/// (RFC 8446 §4.1.3: legacy_compression_method MUST be 0). HTTP-level compression is BREACH's subject.
/// </summary>
public sealed class CrimeCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Crime, "CRIME (TLS compression)", ["CVE-2012-4929"], Severity.Medium,
        "Disable TLS compression (OpenSSL: SSL_OP_NO_COMPRESSION, the default since 1.1.0); RFC 7457 §2.6 and RFC 7525 §3.3 advise against it.",
        "Rizzo, Duong, \"The CRIME Attack\" (Ekoparty 2012); RFC 7457 §2.6");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan));

    private static VulnerabilityResult Decide(ServerScanResult scan)
    {
        var legacy = scan.Spoken().Where(ScanFindings.IsLegacy).ToList();
        if (legacy.Count == 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                "the server speaks none of SSLv3–TLS 1.2; TLS 1.3 has no compression (RFC 8446 §4.1.3).");
        }

        var asked = legacy[^1].Name();
        return scan.Features?.Compression switch
        {
            true => new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"offered DEFLATE and null compression, the server chose DEFLATE (method 1) ({asked} hello)."),
            false => new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                $"offered DEFLATE and null compression, the server chose null ({asked} hello)."),
            null => new VulnerabilityResult(Definition, VulnerabilityStatus.Unknown,
                "the features probe could not read the server's answer to a hello offering DEFLATE."),
        };
    }
}
