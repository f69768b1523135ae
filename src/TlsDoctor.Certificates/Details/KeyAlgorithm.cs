namespace TlsDoctor.Certificates.Details;

/// <summary>The family of a certificate's subject public key.</summary>
public enum KeyAlgorithm : byte
{
    /// <summary>An algorithm this library does not know; <see cref="CertificateDetails.KeyAlgorithmOid"/> names it.</summary>
    Unknown,

    /// <summary>rsaEncryption (RFC 8017) or id-RSASSA-PSS (RFC 4055).</summary>
    Rsa,

    /// <summary>id-ecPublicKey (RFC 5480).</summary>
    Ecdsa,

    /// <summary>Ed25519 or Ed448 (RFC 8410).</summary>
    EdDsa,

    /// <summary>id-dsa (RFC 3279 §2.3.2).</summary>
    Dsa,
}
