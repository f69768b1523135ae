using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// ECDHE on a Weierstrass curve. RFC 8446 §4.2.8.2: the share is the uncompressed point (0x04 || X || Y) and the
/// shared secret is the X coordinate, left-padded to the field size.
/// </summary>
internal sealed class EcKeyShare : KeyShare
{
    private const byte UncompressedForm = 0x04;

    private readonly ECPrivateKeyParameters _private;

    private EcKeyShare(NamedGroup group, ECPrivateKeyParameters privateKey, byte[] publicKey)
        : base(group, publicKey) => _private = privateKey;

    public static string? CurveName(NamedGroup group) => group switch
    {
        NamedGroup.Secp256r1 => "secp256r1",
        NamedGroup.Secp384r1 => "secp384r1",
        NamedGroup.Secp521r1 => "secp521r1",
        NamedGroup.Secp256k1 => "secp256k1",
        NamedGroup.Secp224r1 => "secp224r1",
        NamedGroup.Secp224k1 => "secp224k1",
        NamedGroup.Secp192r1 => "secp192r1",
        NamedGroup.Secp192k1 => "secp192k1",
        NamedGroup.Secp160r1 => "secp160r1",
        NamedGroup.Secp160r2 => "secp160r2",
        NamedGroup.Secp160k1 => "secp160k1",
        NamedGroup.BrainpoolP256r1 or NamedGroup.BrainpoolP256r1Tls13 => "brainpoolP256r1",
        NamedGroup.BrainpoolP384r1 or NamedGroup.BrainpoolP384r1Tls13 => "brainpoolP384r1",
        NamedGroup.BrainpoolP512r1 or NamedGroup.BrainpoolP512r1Tls13 => "brainpoolP512r1",
        NamedGroup.Sect163k1 => "sect163k1", NamedGroup.Sect163r1 => "sect163r1", NamedGroup.Sect163r2 => "sect163r2",
        NamedGroup.Sect193r1 => "sect193r1", NamedGroup.Sect193r2 => "sect193r2", NamedGroup.Sect233k1 => "sect233k1",
        NamedGroup.Sect233r1 => "sect233r1", NamedGroup.Sect239k1 => "sect239k1", NamedGroup.Sect283k1 => "sect283k1",
        NamedGroup.Sect283r1 => "sect283r1", NamedGroup.Sect409k1 => "sect409k1", NamedGroup.Sect409r1 => "sect409r1",
        NamedGroup.Sect571k1 => "sect571k1", NamedGroup.Sect571r1 => "sect571r1",
        _ => null,
    };

    public static EcKeyShare? Create(NamedGroup group, SecureRandom random)
    {
        var name = CurveName(group);
        var curve = name is null ? null : ECNamedCurveTable.GetByName(name);
        if (curve is null)
        {
            return null;
        }

        var domain = new ECDomainParameters(curve);
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(domain, random));
        var pair = generator.GenerateKeyPair();
        var publicKey = ((ECPublicKeyParameters)pair.Public).Q.GetEncoded(false);
        return new EcKeyShare(group, (ECPrivateKeyParameters)pair.Private, publicKey);
    }

    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        // RFC 8446 §4.2.8.2: only the uncompressed form (legacy_form = 4, then X and Y of the field size) is allowed.
        // Checked here because BouncyCastle throws IndexOutOfRange on an empty span and FormatException on other forms.
        var domain = _private.Parameters;
        if (serverShare.Length != 1 + (2 * ((domain.Curve.FieldSize + 7) / 8)) || serverShare[0] != UncompressedForm)
        {
            return null;
        }

        try
        {
            var point = domain.Curve.DecodePoint(serverShare.ToArray());
            var agreement = new ECDHBasicAgreement();
            agreement.Init(_private);
            var secret = agreement.CalculateAgreement(new ECPublicKeyParameters(point, domain));
            return secret.ToByteArrayUnsigned().PadLeft(agreement.GetFieldSize());
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

internal static class ByteArrayExtensions
{
    /// <summary>Left-pads with zeros to <paramref name="length"/> bytes (big-endian integers of a fixed size).</summary>
    public static byte[] PadLeft(this byte[] value, int length)
    {
        if (value.Length >= length)
        {
            return value;
        }

        var padded = new byte[length];
        value.CopyTo(padded, length - value.Length);
        return padded;
    }
}
