using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Revocation.Crl;

/// <summary>One revoked certificate on a CRL (RFC 5280 §5.1.2.6 revokedCertificates, §5.3.1 reasonCode).</summary>
/// <param name="SerialHex">The serial number as upper-case hex without leading zeros, e.g. "3A1F".</param>
public sealed record CrlEntry(string SerialHex, DateTimeOffset RevocationDate, CrlReason? Reason);

/// <summary>
/// What a CRL says, judged against the CA that should have issued it at a given time. A body that is not a
/// CRL gives <see cref="Error"/>; a CRL that parses but cannot be relied on lists why in <see cref="Defects"/>.
/// </summary>
public sealed record CrlInfo
{
    /// <summary>"not a CRL: …" when the bytes do not parse; null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>The CRL issuer's name as written in the CRL.</summary>
    public string? Issuer { get; init; }

    public DateTimeOffset? ThisUpdate { get; init; }

    /// <summary>When the next CRL is due; after it this one is stale. Optional in the ASN.1, required by RFC 5280 §5.1.2.5.</summary>
    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>The cRLNumber extension (RFC 5280 §5.2.3) as hex, when present.</summary>
    public string? CrlNumber { get; init; }

    /// <summary>True when the issuer's key verifies the CRL's signature.</summary>
    public bool SignatureValid { get; init; }

    /// <summary>The CRL is a delta CRL (RFC 5280 §5.2.4): it lists only changes since a base CRL, which this check does not fetch.</summary>
    public bool IsDelta { get; init; }

    public IReadOnlyList<CrlEntry> Revoked { get; init; } = [];

    /// <summary>Why this CRL cannot be relied on: bad signature, other issuer, stale, delta …</summary>
    public IReadOnlyList<string> Defects { get; init; } = [];

    public bool IsUsable => Error is null && Defects.Count == 0;

    /// <summary>The entry for <paramref name="certificate"/>'s serial number, or null when the CRL does not list it.</summary>
    public CrlEntry? FindRevoked(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var serial = BouncyCastleInterop.SerialHex(BouncyCastleInterop.ToBouncyCastle(certificate).SerialNumber);
        return Revoked.FirstOrDefault(e => e.SerialHex == serial);
    }

    internal static CrlInfo Failed(string reason) => new() { Error = "not a CRL: " + reason };
}
