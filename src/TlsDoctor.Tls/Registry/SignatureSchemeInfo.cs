namespace TlsDoctor.Tls.Registry;

/// <summary>One row of <see cref="SignatureSchemes"/>: what a signature scheme value means and where it may be used.</summary>
/// <param name="Value">The wire value (TLS 1.3 SignatureScheme, or TLS 1.2 HashAlgorithm/SignatureAlgorithm pair).</param>
/// <param name="Name">The IANA name ("rsa_pss_rsae_sha256"); for TLS 1.2 pairs outside that registry, a name built the same way ("rsa_pkcs1_sha224").</param>
/// <param name="Tls12">May appear in TLS 1.2 signature_algorithms.</param>
/// <param name="Tls13">May sign a TLS 1.3 handshake (CertificateVerify), RFC 8446 §4.2.3.</param>
/// <param name="InIanaRegistry">Listed by name in the IANA "TLS SignatureScheme" registry.</param>
/// <param name="Source">The document that defines it.</param>
public sealed record SignatureSchemeInfo(
    SignatureScheme Value,
    string Name,
    SignatureAlgorithm Algorithm,
    SignatureHash Hash,
    bool Tls12,
    bool Tls13,
    bool InIanaRegistry,
    string Source)
{
    /// <summary>Hashes with SHA-1 or MD5, whose collisions are practical (RFC 9155 deprecates them in TLS 1.2).</summary>
    public bool Legacy => Hash is SignatureHash.Md5 or SignatureHash.Sha1;

    /// <summary>The value as reports show it: "0x0804".</summary>
    public string ValueText => $"0x{(ushort)Value:x4}";
}

/// <summary>The signature algorithm family of a scheme.</summary>
public enum SignatureAlgorithm : byte
{
    /// <summary>RSASSA-PKCS1-v1_5.</summary>
    Rsa,
    /// <summary>RSASSA-PSS.</summary>
    RsaPss,
    Ecdsa,
    EdDsa,
    Dsa,
    /// <summary>GOST R 34.10-2001 / 34.10-2012.</summary>
    Gost,
    Sm2,
    MlDsa,
    /// <summary>ECCSI (RFC 6507) and ISO/IEC 14888-3 identity-based signatures.</summary>
    IdentityBased,
}

/// <summary>The hash a signature scheme uses.</summary>
public enum SignatureHash : byte
{
    /// <summary>The algorithm hashes internally (Ed25519, Ed448, ML-DSA, TLS 1.2 GOST "intrinsic").</summary>
    Intrinsic,
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sm3,
    /// <summary>GOST R 34.11-94.</summary>
    Gostr341194,
    /// <summary>GOST R 34.11-2012, 256-bit (Streebog).</summary>
    Streebog256,
    /// <summary>GOST R 34.11-2012, 512-bit (Streebog).</summary>
    Streebog512,
}
