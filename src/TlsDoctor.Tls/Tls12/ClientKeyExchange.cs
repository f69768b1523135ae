using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.KeyShares;
using TlsDoctor.Tls.Registry;
using BigInteger = System.Numerics.BigInteger;

namespace TlsDoctor.Tls.Tls12;

/// <summary>The client's half of a key exchange: the premaster secret and the ClientKeyExchange message (header included).</summary>
public sealed record ClientKeyExchange(byte[] PreMasterSecret, byte[] Message)
{
    /// <summary>RFC 5246 §7.4.7.1: PreMasterSecret is client_version (2 bytes) and 46 random bytes.</summary>
    public const int RsaPreMasterSecretLength = 48;

    /// <summary>
    /// ECDHE (RFC 8422 §5.7, §5.10): a fresh key on the server's curve; ClientECDiffieHellmanPublic is
    /// opaque point &lt;1..2^8-1&gt;, and the premaster secret the shared X coordinate (x25519: the shared secret).
    /// Null when we have no key for the curve or the server's point is not on it.
    /// </summary>
    public static ClientKeyExchange? Ecdhe(ServerKeyExchange serverParams)
    {
        if (serverParams.Group is not { } group || new KeyShareFactory().Get(group) is not { } share
            || share.DeriveSharedSecret(serverParams.EcPoint) is not { } shared)
        {
            return null;
        }

        var body = new WireWriter(share.PublicKey.Length + 1);
        using (body.Vector(1))
        {
            body.WriteBytes(share.PublicKey);   // ecdh_Yc
        }

        return new ClientKeyExchange(shared, Wrap(body));
    }

    /// <summary>
    /// Static RSA (RFC 5246 §7.4.7.1): PKCS #1 v1.5 encryption of client_version + 46 random bytes under the
    /// certificate's key; EncryptedPreMasterSecret is opaque &lt;0..2^16-1&gt; (TLS 1.0 and later carry the length).
    /// Null when the leaf holds no RSA key.
    /// </summary>
    public static ClientKeyExchange? Rsa(byte[] leafCertificate, ushort clientVersion)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(leafCertificate);
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null)
        {
            return null;
        }

        var secret = RandomNumberGenerator.GetBytes(RsaPreMasterSecretLength);
        secret[0] = (byte)(clientVersion >> 8);     // client_version: the version offered in the ClientHello
        secret[1] = (byte)clientVersion;
        var encrypted = rsa.Encrypt(secret, RSAEncryptionPadding.Pkcs1);
        var body = new WireWriter(encrypted.Length + 2);
        using (body.Vector(2))
        {
            body.WriteBytes(encrypted);             // EncryptedPreMasterSecret
        }

        return new ClientKeyExchange(secret, Wrap(body));
    }

    /// <summary>
    /// DHE (RFC 5246 §7.4.7.2, §8.1.2): Yc = g^x mod p; ClientDiffieHellmanPublic is opaque dh_Yc&lt;1..2^16-1&gt;;
    /// the premaster secret Z = Ys^x mod p with leading zero bytes stripped. Null for degenerate parameters.
    /// </summary>
    public static ClientKeyExchange? Dhe(ServerKeyExchange serverParams)
    {
        var p = Unsigned(serverParams.DhPrime);
        var g = Unsigned(serverParams.DhGenerator);
        var ys = Unsigned(serverParams.DhPublic);
        if (p < 5 || ys <= 1 || ys >= p - 1)
        {
            return null;
        }

        var x = Unsigned(RandomNumberGenerator.GetBytes(Math.Min(32, serverParams.DhPrime.Length - 1))) + 2;
        var yc = BigInteger.ModPow(g, x, p).ToByteArray(isUnsigned: true, isBigEndian: true);
        var z = BigInteger.ModPow(ys, x, p).ToByteArray(isUnsigned: true, isBigEndian: true);
        var body = new WireWriter(yc.Length + 2);
        using (body.Vector(2))
        {
            body.WriteBytes(yc);                    // dh_Yc
        }

        return new ClientKeyExchange(z, Wrap(body));
    }

    private static BigInteger Unsigned(byte[] bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    private static byte[] Wrap(WireWriter body) => new HandshakeMessage(HandshakeType.ClientKeyExchange, body.ToArray()).Encode();
}
