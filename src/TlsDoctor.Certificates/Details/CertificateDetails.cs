using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Details;

/// <summary>
/// Everything a report shows about one certificate, decoded once. Built by <see cref="FromDer"/>, which never
/// throws: a certificate that cannot be decoded yields details with <see cref="Error"/> set and empty fields, and
/// a malformed extension is listed in <see cref="ParseNotes"/> while the rest is still decoded.
/// </summary>
public sealed record CertificateDetails
{
    /// <summary>The certificate as given (DER).</summary>
    public required byte[] Der { get; init; }

    /// <summary>Why the certificate could not be decoded at all, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Extensions that could not be decoded ("subjectAltName: …"); the rest of the details still hold.</summary>
    public IReadOnlyList<string> ParseNotes { get; init; } = [];

    public int Version { get; init; }
    public string Subject { get; init; } = "";
    public string Issuer { get; init; } = "";

    /// <summary>Big-endian hex, as the certificate encodes it.</summary>
    public string SerialNumber { get; init; } = "";

    public DateTimeOffset NotBefore { get; init; }
    public DateTimeOffset NotAfter { get; init; }
    public string Sha256Fingerprint { get; init; } = "";
    public string Sha1Fingerprint { get; init; } = "";

    public IReadOnlyList<string> DnsNames { get; init; } = [];
    public IReadOnlyList<IPAddress> IpAddresses { get; init; } = [];

    /// <summary>The other subjectAltName entries ("email:…", "URI:…", "otherName:1.3.6.1.4.1.311.20.2.3").</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>True when the certificate has a subjectAltName extension at all (RFC 6125 §6.4.4 depends on it).</summary>
    public bool HasSubjectAltName { get; init; }

    public KeyAlgorithm KeyAlgorithm { get; init; }
    public string KeyAlgorithmOid { get; init; } = "";
    public int KeySizeBits { get; init; }

    /// <summary>"P-256", "Ed25519"…, the curve OID when unnamed, or null for non-EC keys.</summary>
    public string? Curve { get; init; }

    public SignatureAlgorithm SignatureAlgorithm { get; init; } = new("", "", null);

    /// <summary>basicConstraints cA (RFC 5280 §4.2.1.9); false when the extension is absent.</summary>
    public bool IsCa { get; init; }

    public bool HasBasicConstraints { get; init; }

    /// <summary>basicConstraints pathLenConstraint, or null for none.</summary>
    public int? PathLength { get; init; }

    /// <summary>keyUsage (RFC 5280 §4.2.1.3), or null when the extension is absent (any use allowed).</summary>
    public X509KeyUsageFlags? KeyUsage { get; init; }

    /// <summary>extKeyUsage (RFC 5280 §4.2.1.12), or null when the extension is absent (any purpose allowed).</summary>
    public IReadOnlyList<KeyPurpose>? ExtendedKeyUsages { get; init; }

    /// <summary>Hex, or null when absent.</summary>
    public string? SubjectKeyIdentifier { get; init; }

    /// <summary>The authorityKeyIdentifier's keyIdentifier in hex, or null when absent.</summary>
    public string? AuthorityKeyIdentifier { get; init; }

    /// <summary>authorityInfoAccess id-ad-caIssuers URLs: where the issuer's certificate can be downloaded.</summary>
    public IReadOnlyList<string> CaIssuersUrls { get; init; } = [];

    public IReadOnlyList<string> OcspUrls { get; init; } = [];
    public IReadOnlyList<string> CrlDistributionPoints { get; init; } = [];

    /// <summary>RFC 7633: a TLS Feature extension listing status_request — the server must staple OCSP.</summary>
    public bool MustStaple { get; init; }

    /// <summary>How many SCTs are embedded (RFC 6962 §3.3); not verified here.</summary>
    public int EmbeddedSctCount { get; init; }

    /// <summary>Subject and issuer are the same name (RFC 5280 §6.1).</summary>
    public bool IsSelfIssued { get; init; }

    /// <summary>Self-issued and the signature verifies with the certificate's own key.</summary>
    public bool IsSelfSigned { get; init; }

    /// <summary>
    /// notAfter − notBefore + 1 second: RFC 5280 §4.1.2.5 makes both ends inclusive, and the CA/Browser Forum
    /// Baseline Requirements §1.6.1 ("Validity Period") count the same way.
    /// </summary>
    public TimeSpan Lifetime { get; init; }

    public double LifetimeDays => Lifetime.TotalDays;

    /// <summary>The subject's common name (the last CN, the most specific), or null.</summary>
    public string? CommonName { get; init; }

    /// <summary>The issuer's common name, or null; names a missing issuer in reports.</summary>
    public string? IssuerCommonName { get; init; }

    /// <summary>The subject's organization (O), or null.</summary>
    public string? Organization { get; init; }

    // DER of subject, issuer and SubjectPublicKeyInfo, for exact comparisons during path building.
    internal byte[] SubjectDer { get; init; } = [];
    internal byte[] IssuerDer { get; init; } = [];
    internal byte[] PublicKeyInfoDer { get; init; } = [];

    /// <summary>Decodes <paramref name="der"/>; never throws.</summary>
    public static CertificateDetails FromDer(byte[] der) => CertificateParser.Parse(der);

    /// <summary>As <see cref="FromDer"/> for a trust store entry: a self-issued anchor counts as self-signed unchecked.</summary>
    internal static CertificateDetails FromAnchorDer(byte[] der) => CertificateParser.Parse(der, verifySelfSignature: false);

    /// <summary>Decodes <paramref name="certificate"/>'s DER; never throws.</summary>
    public static CertificateDetails FromCertificate(X509Certificate2 certificate) => CertificateParser.Parse(certificate.RawData);

    /// <summary>"CN=…" when there is a common name, the whole subject otherwise; for evidence text.</summary>
    public string DisplayName => CommonName is { Length: > 0 } cn ? "CN=" + cn : Subject.Length > 0 ? Subject : "(empty subject)";

    /// <summary>"CN=…" of the issuer when it has a common name, the whole issuer name otherwise.</summary>
    public string IssuerDisplayName => IssuerCommonName is { Length: > 0 } cn ? "CN=" + cn : Issuer.Length > 0 ? Issuer : "(empty issuer)";

    /// <summary>Whether <paramref name="time"/> lies within notBefore..notAfter.</summary>
    public bool IsValidAt(DateTimeOffset time) => Error is null && time >= NotBefore && time <= NotAfter;
}
