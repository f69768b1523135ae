using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace TlsDoctor.Lab.Scripted.Crypto;

/// <summary>
/// Fresh ephemeral public keys for ServerKeyExchange. The private halves are dropped at once: the scripted server
/// stops after ServerHelloDone and never computes a premaster secret, but a client may check the public values.
/// </summary>
public static class EphemeralKeys
{
    /// <summary>Private DH exponents of this many bits (what OpenSSL uses for 2048-bit groups), so DHE stays cheap.</summary>
    public const int DhPrivateBits = 256;

    private static readonly SecureRandom Random = new();

    /// <summary>
    /// The ECPoint for ServerECDHParams.public: RFC 8422 §5.4.1 uncompressed (0x04 || X || Y, each left-padded to
    /// the field size) for the NIST curves; the 32-byte u-coordinate (RFC 7748 §5) for x25519.
    /// </summary>
    public static byte[] EcdhePublic(NamedGroup curve)
    {
        if (curve == NamedGroup.X25519)
        {
            X25519PrivateKeyParameters key;
            lock (Random)
            {
                key = new X25519PrivateKeyParameters(Random);
            }

            return key.GeneratePublicKey().GetEncoded();
        }

        var named = curve switch
        {
            NamedGroup.Secp256r1 => ECCurve.NamedCurves.nistP256,
            NamedGroup.Secp384r1 => ECCurve.NamedCurves.nistP384,
            NamedGroup.Secp521r1 => ECCurve.NamedCurves.nistP521,
            _ => throw new ArgumentOutOfRangeException(nameof(curve), curve, "no ephemeral keys for this curve"),
        };
        using var ecdh = ECDiffieHellman.Create(named);
        var q = ecdh.ExportParameters(includePrivateParameters: false).Q;
        return [UncompressedPoint, .. q.X!, .. q.Y!];
    }

    /// <summary>dh_Ys = g^X mod p (RFC 5246 §8.1.2) for a random private X, big-endian without leading zeros.</summary>
    public static byte[] DhePublic(DhGroup group)
    {
        var p = new BigInteger(1, group.Prime);
        var g = new BigInteger(1, group.Generator);
        BigInteger x;
        lock (Random)
        {
            x = new BigInteger(Math.Min(DhPrivateBits, p.BitLength - 2), Random).SetBit(0);
        }

        return g.ModPow(x, p).ToByteArrayUnsigned();
    }

    /// <summary>RFC 8422 §5.4.1: the leading byte of an uncompressed point.</summary>
    private const byte UncompressedPoint = 0x04;
}
