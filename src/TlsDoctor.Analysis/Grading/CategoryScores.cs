using TlsDoctor.Certificates.Details;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

/// <summary>The guide's three category scores computed from a scan.</summary>
public static class CategoryScores
{
    public static IReadOnlyList<TlsVersion> SupportedVersions(ServerScanResult scan) =>
        [.. scan.Protocols.Where(p => p.Supported).Select(p => p.Version)];

    public static IReadOnlyList<CipherSuite> AcceptedSuites(ServerScanResult scan) =>
        [.. scan.CipherSuites.SelectMany(c => c.Accepted).Where(s => !s.IsSignalling)];

    /// <summary>Guide, "Protocol Support": average of the best and worst protocol scores.</summary>
    public static int Protocol(ServerScanResult scan) =>
        RatingGuide.BestWorstAverage(SupportedVersions(scan).Select(RatingGuide.ProtocolScore));

    /// <summary>Guide, "Cipher Strength": average of the strongest and weakest accepted cipher.</summary>
    public static int Cipher(ServerScanResult scan) =>
        RatingGuide.BestWorstAverage(AcceptedSuites(scan).Select(s => RatingGuide.CipherScore(s.CipherBits)));

    /// <summary>
    /// Guide, "Key Exchange": the weakest key exchange decides. Counted: the RSA/DSA server key (it carries RSA key
    /// exchange and signs the rest) and every DH group; anonymous suites score 0. EC keys and named groups are at least
    /// as strong as RSA-3072 (NIST SP 800-57 Part 1 Table 2), so they score 90 in the guide's table.
    /// </summary>
    public static int KeyExchange(ServerScanResult scan) => WeakestKeyBits(scan) is { } bits
        ? (AcceptedSuites(scan).Any(s => s.IsAnonymous) ? 0 : RatingGuide.KeyExchangeScore(bits))
        : 0;

    /// <summary>The weakest key-exchange strength in RSA-equivalent bits, or null when nothing was seen.</summary>
    public static int? WeakestKeyBits(ServerScanResult scan)
    {
        List<int> bits = [.. LeafKeys(scan).Select(RsaEquivalentBits)];
        bits.AddRange(scan.KeyExchange?.DhParameters.Select(d => d.PrimeBits) ?? []);
        if (scan.KeyExchange?.Groups.Any(g => g.Groups.Count > 0) == true)
        {
            bits.Add(EcEquivalentBits);
        }

        return bits.Count == 0 ? null : bits.Min();
    }

    public static IEnumerable<CertificateDetails> LeafKeys(ServerScanResult scan) =>
        (scan.Certificates?.Chains ?? [])
            .Select(c => c.Analysis?.Certificates.FirstOrDefault())
            .OfType<CertificateDetails>()
            .Where(c => c.KeySizeBits > 0);

    private const int EcEquivalentBits = 3072;

    private static int RsaEquivalentBits(CertificateDetails leaf) =>
        leaf.KeyAlgorithm is KeyAlgorithm.Rsa or KeyAlgorithm.Dsa ? leaf.KeySizeBits : EcEquivalentBits;
}
