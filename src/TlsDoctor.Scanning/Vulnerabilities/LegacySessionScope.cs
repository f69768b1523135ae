using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities;

/// <summary>
/// Whether a check that needs a completed TLS 1.0–1.2 session (renegotiation, session tickets) has a subject,
/// judged from the protocols the scan found. An empty protocol list (scan without that probe) means "try".
/// </summary>
internal static class LegacySessionScope
{
    /// <summary>Null when a TLS 1.0–1.2 session can be tried; otherwise the result that settles the check without a connection.</summary>
    public static VulnerabilityResult? Settle(VulnerabilityInfo info, ServerScanResult scan, string tls13Reason)
    {
        var supported = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).ToList();
        if (scan.Protocols.Count == 0 || supported.Any(v => v is >= TlsVersion.Tls10 and <= TlsVersion.Tls12))
        {
            return null;
        }

        return supported.Contains(TlsVersion.Tls13)
            ? new VulnerabilityResult(info, VulnerabilityStatus.NotVulnerable, tls13Reason)
            : new VulnerabilityResult(info, VulnerabilityStatus.NotApplicable, "the server speaks none of TLS 1.0–1.2");
    }
}
