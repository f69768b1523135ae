using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Freak;

/// <summary>
/// Export RSA suites (RSA_EXPORT, ≤ 512-bit ephemeral RSA). A client with the state-machine bug accepts a
/// ServerKeyExchange with a weak RSA key it never asked for; the attacker factors it and reads the session
/// (Beurdouche et al., "A Messy State of the Union", 2015: CVE-2015-0204). A server that still offers RSA_EXPORT is
/// what makes it work. SSLv2 export specs are DROWN's subject, not FREAK's.
/// </summary>
public sealed class FreakCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Freak, "FREAK", ["CVE-2015-0204"], Severity.High,
        "Remove every EXPORT suite from the cipher list (OpenSSL: '!EXPORT'); current TLS libraries no longer ship them.",
        "Beurdouche et al., \"A Messy State of the Union: Taming the Composite State Machines of TLS\" (IEEE S&P 2015), https://mitls.org/pages/attacks/SMACK");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        var found = scan.Matching(s => s.KeyExchange == KeyExchange.RsaExport, ScanFindings.IsLegacy);
        var legacy = scan.Spoken().Where(ScanFindings.IsLegacy).ToList();
        var clean = legacy.Count == 0
            ? "the server speaks none of SSLv3–TLS 1.2, where export RSA suites exist."
            : $"no RSA_EXPORT suite accepted at {ScanFindings.Versions(legacy)}.";
        return Task.FromResult(ScanFindings.SuiteRule(Definition, scan, found, "export RSA suites", clean, ScanFindings.IsLegacy));
    }
}
