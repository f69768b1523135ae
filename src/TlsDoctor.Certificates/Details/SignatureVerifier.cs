using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace TlsDoctor.Certificates.Details;

/// <summary>
/// Checks that a certificate's signature verifies with a given public key (.NET has no public "verify this
/// certificate with that key" call). RSA PKCS#1 v1.5 and ECDSA — nearly every certificate — go through the
/// platform's primitives, which also verify MD5 and SHA-1 signatures that chain builders refuse; the rest (EdDSA, DSA,
/// RSASSA-PSS, MD2, SHA-224) through BouncyCastle, whose RSA keys are slow to build (it tests each modulus for
/// primality), hence not the first choice.
/// </summary>
internal static class SignatureVerifier
{
    // RFC 8017 Appendix C / RFC 3279 §2.2.1 and §2.2.3 / RFC 5758 §3.2
    private static readonly Dictionary<string, (bool Rsa, HashAlgorithmName Hash)> PlatformAlgorithms = new(StringComparer.Ordinal)
    {
        ["1.2.840.113549.1.1.4"] = (true, HashAlgorithmName.MD5),
        ["1.2.840.113549.1.1.5"] = (true, HashAlgorithmName.SHA1),
        ["1.2.840.113549.1.1.11"] = (true, HashAlgorithmName.SHA256),
        ["1.2.840.113549.1.1.12"] = (true, HashAlgorithmName.SHA384),
        ["1.2.840.113549.1.1.13"] = (true, HashAlgorithmName.SHA512),
        ["1.2.840.10045.4.1"] = (false, HashAlgorithmName.SHA1),
        ["1.2.840.10045.4.3.2"] = (false, HashAlgorithmName.SHA256),
        ["1.2.840.10045.4.3.3"] = (false, HashAlgorithmName.SHA384),
        ["1.2.840.10045.4.3.4"] = (false, HashAlgorithmName.SHA512),
    };

    /// <summary>
    /// True when the signature of <paramref name="certificateDer"/> verifies with the key in
    /// <paramref name="issuerPublicKeyInfoDer"/> (a SubjectPublicKeyInfo). Any failure — malformed input,
    /// unsupported algorithm, wrong key — is false.
    /// </summary>
    public static bool Verifies(byte[] certificateDer, byte[] issuerPublicKeyInfoDer)
    {
        try
        {
            var (tbs, algorithm, signature) = Split(certificateDer);
            return PlatformAlgorithms.TryGetValue(algorithm, out var platform)
                ? VerifyWithPlatform(tbs, signature, platform.Rsa, platform.Hash, issuerPublicKeyInfoDer)
                : VerifyWithBouncyCastle(certificateDer, issuerPublicKeyInfoDer);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>RFC 5280 §4.1: Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }.</summary>
    private static (ReadOnlyMemory<byte> Tbs, string Algorithm, byte[] Signature) Split(byte[] der)
    {
        var certificate = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        var tbs = certificate.ReadEncodedValue();
        var algorithm = certificate.ReadSequence().ReadObjectIdentifier();
        var signature = certificate.ReadBitString(out _);
        return (tbs, algorithm, signature);
    }

    private static bool VerifyWithPlatform(ReadOnlyMemory<byte> tbs, byte[] signature, bool rsa, HashAlgorithmName hash, byte[] spki)
    {
        if (rsa)
        {
            using var key = RSA.Create();
            key.ImportSubjectPublicKeyInfo(spki, out _);
            return key.VerifyData(tbs.Span, signature, hash, RSASignaturePadding.Pkcs1);
        }

        // RFC 3279 §2.2.3: the ECDSA signature value is DER SEQUENCE { r INTEGER, s INTEGER }.
        using var ec = ECDsa.Create();
        ec.ImportSubjectPublicKeyInfo(spki, out _);
        return ec.VerifyData(tbs.Span, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static bool VerifyWithBouncyCastle(byte[] certificateDer, byte[] spki)
    {
        try
        {
            var certificate = new X509CertificateParser().ReadCertificate(certificateDer);
            if (certificate is null)
            {
                return false;
            }

            certificate.Verify(PublicKeyFactory.CreateKey(spki));
            return true;
        }
        catch (Exception)
        {
            // BouncyCastle signals a bad signature, an unknown algorithm and a malformed key with different
            // exception types; for path building they all mean "this key did not sign this certificate".
            return false;
        }
    }
}
