using System.Formats.Asn1;
using System.Numerics;

namespace TlsDoctor.Certificates.Details;

/// <summary>The facts about a subject public key that a diagnosis needs: family, size in bits, curve.</summary>
internal sealed record PublicKeyFacts(KeyAlgorithm Algorithm, string Oid, int SizeBits, string? Curve);

/// <summary>
/// Reads SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) by hand rather than through the platform's key objects, which
/// refuse keys they cannot use (explicit curves, odd sizes) — exactly the keys a diagnosis must still describe.
/// </summary>
internal static class PublicKeyReader
{
    // RFC 8017 Appendix C, RFC 4055 §1.2, RFC 5480 §2.1.1, RFC 8410 §3, RFC 3279 §2.3.2
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string RsaPss = "1.2.840.113549.1.1.10";
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string Ed25519 = "1.3.101.112";
    private const string Ed448 = "1.3.101.113";
    private const string Dsa = "1.2.840.10040.4.1";

    // RFC 8032 §5.1.5 and §5.2.5: 32- and 57-octet public keys; sizes are quoted by their curve's security names.
    private const int Ed25519Bits = 256;
    private const int Ed448Bits = 448;

    /// <summary>Named curves by OID (RFC 5480 §2.1.1.1, SEC 2, RFC 5639), with their field size in bits.</summary>
    private static readonly Dictionary<string, (string Name, int Bits)> Curves = new(StringComparer.Ordinal)
    {
        ["1.2.840.10045.3.1.7"] = ("P-256", 256),
        ["1.3.132.0.34"] = ("P-384", 384),
        ["1.3.132.0.35"] = ("P-521", 521),
        ["1.2.840.10045.3.1.1"] = ("P-192", 192),
        ["1.3.132.0.33"] = ("P-224", 224),
        ["1.3.132.0.10"] = ("secp256k1", 256),
        ["1.3.36.3.3.2.8.1.1.7"] = ("brainpoolP256r1", 256),
        ["1.3.36.3.3.2.8.1.1.11"] = ("brainpoolP384r1", 384),
        ["1.3.36.3.3.2.8.1.1.13"] = ("brainpoolP512r1", 512),
    };

    /// <param name="oid">AlgorithmIdentifier.algorithm of the SubjectPublicKeyInfo.</param>
    /// <param name="parameters">DER of AlgorithmIdentifier.parameters (empty when absent).</param>
    /// <param name="key">The contents of the subjectPublicKey BIT STRING.</param>
    public static PublicKeyFacts Read(string oid, ReadOnlyMemory<byte> parameters, ReadOnlyMemory<byte> key)
    {
        try
        {
            return oid switch
            {
                RsaEncryption or RsaPss => new(KeyAlgorithm.Rsa, oid, RsaModulusBits(key), null),
                EcPublicKey => EcFacts(oid, parameters, key),
                Ed25519 => new(KeyAlgorithm.EdDsa, oid, Ed25519Bits, "Ed25519"),
                Ed448 => new(KeyAlgorithm.EdDsa, oid, Ed448Bits, "Ed448"),
                Dsa => new(KeyAlgorithm.Dsa, oid, DsaPrimeBits(parameters), null),
                _ => new(KeyAlgorithm.Unknown, oid, 0, null),
            };
        }
        catch (AsnContentException)
        {
            return new(AlgorithmOf(oid), oid, 0, null);
        }
    }

    private static KeyAlgorithm AlgorithmOf(string oid) => oid switch
    {
        RsaEncryption or RsaPss => KeyAlgorithm.Rsa,
        EcPublicKey => KeyAlgorithm.Ecdsa,
        Ed25519 or Ed448 => KeyAlgorithm.EdDsa,
        Dsa => KeyAlgorithm.Dsa,
        _ => KeyAlgorithm.Unknown,
    };

    // RFC 8017 Appendix A.1.1: RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
    private static int RsaModulusBits(ReadOnlyMemory<byte> key)
    {
        var sequence = new AsnReader(key, AsnEncodingRules.DER).ReadSequence();
        return BitLength(sequence.ReadIntegerBytes().Span);
    }

    // RFC 5480 §2.1.1: ECParameters ::= CHOICE { namedCurve OID, implicitCurve NULL, specifiedCurve SpecifiedECDomain }
    private static PublicKeyFacts EcFacts(string oid, ReadOnlyMemory<byte> parameters, ReadOnlyMemory<byte> key)
    {
        // SEC 1 §2.3.3: an uncompressed point is 0x04 || X || Y, so the field size is half the rest.
        var pointBits = key.Length > 1 ? (key.Length - 1) / 2 * 8 : 0;
        if (parameters.Length == 0)
        {
            return new(KeyAlgorithm.Ecdsa, oid, pointBits, null);
        }

        var reader = new AsnReader(parameters, AsnEncodingRules.DER);
        if (!reader.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            return new(KeyAlgorithm.Ecdsa, oid, pointBits, "explicit parameters");
        }

        var curveOid = reader.ReadObjectIdentifier();
        return Curves.TryGetValue(curveOid, out var curve)
            ? new(KeyAlgorithm.Ecdsa, oid, curve.Bits, curve.Name)
            : new(KeyAlgorithm.Ecdsa, oid, pointBits, curveOid);
    }

    // RFC 3279 §2.3.2: Dss-Parms ::= SEQUENCE { p INTEGER, q INTEGER, g INTEGER }
    private static int DsaPrimeBits(ReadOnlyMemory<byte> parameters)
    {
        if (parameters.Length == 0)
        {
            return 0;
        }

        var sequence = new AsnReader(parameters, AsnEncodingRules.DER).ReadSequence();
        return BitLength(sequence.ReadIntegerBytes().Span);
    }

    private static int BitLength(ReadOnlySpan<byte> bigEndianUnsigned) =>
        (int)new BigInteger(bigEndianUnsigned, isUnsigned: true, isBigEndian: true).GetBitLength();
}
