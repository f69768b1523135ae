using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Beast;

/// <summary>
/// CBC suites at SSLv3 or TLS 1.0, whose next record's IV is the last ciphertext block, so a chosen-plaintext
/// attacker in the browser guesses secrets block by block (Duong and Rizzo, 2011: CVE-2011-3389; the IV flaw is
/// Rogaway's 2002 observation, fixed by explicit IVs in TLS 1.1, RFC 4346 §1.1).
/// <para>
/// The decision: a server offering only SSLv3/TLS 1.0 exposes every client, so Vulnerable. A server that also
/// offers TLS 1.1+ exposes only clients stuck at TLS 1.0 (or pushed down to it), and every current browser splits
/// records 1/n−1 against BEAST: the wire cannot show which clients remain, so PotentiallyVulnerable.
/// </para>
/// </summary>
public sealed class BeastCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Beast, "BEAST", ["CVE-2011-3389"], Severity.Low,
        "Offer TLS 1.2 and 1.3; disable SSLv3 and TLS 1.0 (RFC 8996) or, where TLS 1.0 must stay, prefer AEAD suites at the higher versions.",
        "Duong, Rizzo, \"Here Come The ⊕ Ninjas\" (2011); RFC 4346 §1.1 (explicit CBC IVs); RFC 8996");

    public VulnerabilityInfo Info => Definition;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan));

    private static bool IsImplicitIv(TlsVersion v) => v is TlsVersion.SSLv3 or TlsVersion.Tls10;

    private static VulnerabilityResult Decide(ServerScanResult scan)
    {
        var old = scan.Spoken().Where(IsImplicitIv).ToList();
        if (old.Count == 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                "neither SSLv3 nor TLSv1.0 is offered (TLS 1.1+ sends an explicit IV per record).");
        }

        var found = scan.Matching(s => s.Mode == CipherMode.Cbc, IsImplicitIv);
        var verdict = ScanFindings.SuiteRule(Definition, scan, found, "CBC suites", $"{ScanFindings.Versions(old)} offered with no CBC suite.", IsImplicitIv);
        var higher = scan.Spoken().Where(v => v >= TlsVersion.Tls11).ToList();
        if (verdict.Status != VulnerabilityStatus.Vulnerable || higher.Count == 0)
        {
            return verdict;
        }

        return verdict with
        {
            Status = VulnerabilityStatus.PotentiallyVulnerable,
            Evidence = $"{verdict.Evidence} {ScanFindings.Versions(higher)} {(higher.Count == 1 ? "is" : "are")} offered too: only clients "
                + "limited to (or downgraded to) SSLv3/TLS 1.0 without 1/n-1 record splitting are exposed.",
        };
    }
}
