using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TlsDoctor.Tls.Registry;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace TlsDoctor.Lab.Scripted.Crypto;

/// <summary>Signs ServerKeyExchange params with the leaf's private key, the way each protocol version asks.</summary>
public static class KeyExchangeSigner
{
    /// <summary>
    /// What is signed (RFC 5246 §7.4.3, RFC 4492 §5.4, RFC 2246 §7.4.3 alike):
    /// <c>digitally-signed struct { opaque client_random[32]; opaque server_random[32]; ServerDHParams params; } signed_params;</c>
    /// </summary>
    public static byte[] SignedData(ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom, ReadOnlySpan<byte> parameters) =>
        [.. clientRandom, .. serverRandom, .. parameters];

    /// <summary>True when the leaf can sign with <paramref name="scheme"/> (TLS 1.2).</summary>
    public static bool CanSign(SignatureScheme scheme, LeafKeyKind kind) => Describe(scheme) is { } d && d.Kind == kind;

    /// <summary>
    /// Signs <paramref name="data"/>. TLS 1.2 uses <paramref name="scheme"/>. Before TLS 1.2 (RFC 2246 §4.7): RSA signs
    /// the 36-byte MD5(data) || SHA-1(data) with PKCS #1 block type 1 and no DigestInfo; ECDSA signs SHA-1(data)
    /// (RFC 4492 §5.4), DER-encoded as Ecdsa-Sig-Value.
    /// </summary>
    public static byte[] Sign(X509Certificate2 leaf, TlsVersion version, SignatureScheme? scheme, ReadOnlySpan<byte> data)
    {
        if (version >= TlsVersion.Tls12)
        {
            var d = Describe(scheme ?? throw new ArgumentNullException(nameof(scheme), "TLS 1.2 signs with a named scheme"))
                ?? throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "the scripted server cannot sign with this scheme");
            return d.Kind == LeafKeyKind.Rsa ? SignRsa(leaf, data, d.Hash, d.Padding!) : SignEcdsa(leaf, data, d.Hash);
        }

        if (leaf.GetECDsaPublicKey() is not null)
        {
            return SignEcdsa(leaf, data, HashAlgorithmName.SHA1);
        }

        byte[] md5Sha1 = [.. MD5.HashData(data), .. SHA1.HashData(data)];
        using var rsa = leaf.GetRSAPrivateKey() ?? throw new InvalidOperationException("the leaf has no RSA private key");
        var engine = new Pkcs1Encoding(new RsaBlindedEngine());
        engine.Init(forEncryption: true, ToBouncyCastle(rsa.ExportParameters(includePrivateParameters: true)));
        return engine.ProcessBlock(md5Sha1, 0, md5Sha1.Length);
    }

    private sealed record Scheme(LeafKeyKind Kind, HashAlgorithmName Hash, RSASignaturePadding? Padding);

    private static Scheme? Describe(SignatureScheme scheme) => scheme switch
    {
        SignatureScheme.RsaPkcs1Sha1 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPkcs1Sha256 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPkcs1Sha384 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPkcs1Sha512 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
        // RFC 8446 §4.2.3: rsa_pss_rsae_* use a salt as long as the hash, which is .NET's RSASignaturePadding.Pss.
        SignatureScheme.RsaPssRsaeSha256 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        SignatureScheme.RsaPssRsaeSha384 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
        SignatureScheme.RsaPssRsaeSha512 => new(LeafKeyKind.Rsa, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
        // TLS 1.2 reads 0x0403 as {sha256, ecdsa} on any curve (RFC 5246 §7.4.1.4.1).
        SignatureScheme.EcdsaSha1 => new(LeafKeyKind.Ecdsa, HashAlgorithmName.SHA1, null),
        SignatureScheme.EcdsaSecp256r1Sha256 => new(LeafKeyKind.Ecdsa, HashAlgorithmName.SHA256, null),
        SignatureScheme.EcdsaSecp384r1Sha384 => new(LeafKeyKind.Ecdsa, HashAlgorithmName.SHA384, null),
        SignatureScheme.EcdsaSecp521r1Sha512 => new(LeafKeyKind.Ecdsa, HashAlgorithmName.SHA512, null),
        _ => null,
    };

    private static byte[] SignRsa(X509Certificate2 leaf, ReadOnlySpan<byte> data, HashAlgorithmName hash, RSASignaturePadding padding)
    {
        using var rsa = leaf.GetRSAPrivateKey() ?? throw new InvalidOperationException("the leaf has no RSA private key");
        return rsa.SignData(data.ToArray(), hash, padding);
    }

    private static byte[] SignEcdsa(X509Certificate2 leaf, ReadOnlySpan<byte> data, HashAlgorithmName hash)
    {
        using var ecdsa = leaf.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the leaf has no ECDSA private key");
        return ecdsa.SignData(data, hash, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static RsaPrivateCrtKeyParameters ToBouncyCastle(RSAParameters p) => new(
        Unsigned(p.Modulus), Unsigned(p.Exponent), Unsigned(p.D), Unsigned(p.P), Unsigned(p.Q),
        Unsigned(p.DP), Unsigned(p.DQ), Unsigned(p.InverseQ));

    private static BigInteger Unsigned(byte[]? bytes) => new(1, bytes ?? throw new InvalidOperationException("the RSA key is not exportable"));
}
