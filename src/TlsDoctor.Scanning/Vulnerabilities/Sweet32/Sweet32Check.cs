using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Sweet32;

/// <summary>
/// 64-bit block ciphers (3DES, DES, IDEA, RC2): after about 2^32 blocks of one key, CBC collisions leak plaintext
/// by the birthday bound; Bhargavan and Leurent showed it against HTTPS cookies in a long connection (CVE-2016-2183).
/// </summary>
public sealed class Sweet32Check : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Sweet32, "SWEET32", ["CVE-2016-2183"], Severity.Low,
        "Remove 3DES, DES, IDEA and RC2 suites from the cipher list; if a legacy client needs 3DES, put it last and limit data per connection.",
        "Bhargavan, Leurent, \"On the Practical (In-)Security of 64-bit Block Ciphers\" (ACM CCS 2016), https://sweet32.info");

    public VulnerabilityInfo Info => Definition;

    /// <summary>The ciphers whose block is 64 bits (DES40 is DES with a shortened key).</summary>
    public static bool HasSmallBlock(CipherSuite suite) =>
        suite.Cipher is BulkCipher.TripleDes or BulkCipher.Des or BulkCipher.Des40 or BulkCipher.Idea or BulkCipher.Rc2;

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        return Task.FromResult(ScanFindings.SuiteRule(Definition, scan, scan.Matching(HasSmallBlock), "64-bit block cipher suites",
            $"no 3DES, DES, IDEA or RC2 suite accepted at {ScanFindings.Versions(scan.Spoken())}."));
    }
}
