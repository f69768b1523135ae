using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>X25519 / X448 (RFC 7748; RFC 8446 §4.2.8.2: the share is the raw 32- or 56-byte public key).</summary>
internal sealed class XdhKeyShare : KeyShare
{
    private readonly Func<byte[], byte[]?> _agree;

    private XdhKeyShare(NamedGroup group, byte[] publicKey, Func<byte[], byte[]?> agree)
        : base(group, publicKey) => _agree = agree;

    public static XdhKeyShare X25519(SecureRandom random)
    {
        var key = new X25519PrivateKeyParameters(random);
        return new XdhKeyShare(NamedGroup.X25519, key.GeneratePublicKey().GetEncoded(), peer =>
        {
            if (peer.Length != X25519PublicKeyParameters.KeySize)
            {
                return null;
            }

            var secret = new byte[X25519PrivateKeyParameters.SecretSize];
            key.GenerateSecret(new X25519PublicKeyParameters(peer), secret, 0);
            return secret;
        });
    }

    public static XdhKeyShare X448(SecureRandom random)
    {
        var key = new X448PrivateKeyParameters(random);
        return new XdhKeyShare(NamedGroup.X448, key.GeneratePublicKey().GetEncoded(), peer =>
        {
            if (peer.Length != X448PublicKeyParameters.KeySize)
            {
                return null;
            }

            var secret = new byte[X448PrivateKeyParameters.SecretSize];
            key.GenerateSecret(new X448PublicKeyParameters(peer), secret, 0);
            return secret;
        });
    }

    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        try
        {
            return _agree(serverShare.ToArray());
        }
        catch (InvalidOperationException)
        {
            return null; // an all-zero result (small-order point), RFC 7748 §6.1
        }
    }
}
