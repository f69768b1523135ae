using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// Finite-field DHE with the RFC 7919 groups. RFC 8446 §4.2.8.1: the share is Y left-padded to the size of p,
/// and so is the shared secret.
/// </summary>
internal sealed class FfdheKeyShare : KeyShare
{
    private readonly DHPrivateKeyParameters _private;
    private readonly int _size;

    private FfdheKeyShare(NamedGroup group, DHPrivateKeyParameters privateKey, byte[] publicKey, int size)
        : base(group, publicKey)
    {
        _private = privateKey;
        _size = size;
    }

    public static FfdheKeyShare Create(NamedGroup group, SecureRandom random)
    {
        var parameters = group switch
        {
            NamedGroup.Ffdhe2048 => DHStandardGroups.rfc7919_ffdhe2048,
            NamedGroup.Ffdhe3072 => DHStandardGroups.rfc7919_ffdhe3072,
            NamedGroup.Ffdhe4096 => DHStandardGroups.rfc7919_ffdhe4096,
            NamedGroup.Ffdhe6144 => DHStandardGroups.rfc7919_ffdhe6144,
            _ => DHStandardGroups.rfc7919_ffdhe8192,
        };
        var generator = new DHKeyPairGenerator();
        generator.Init(new DHKeyGenerationParameters(random, parameters));
        var pair = generator.GenerateKeyPair();
        var size = (parameters.P.BitLength + 7) / 8;
        var y = ((DHPublicKeyParameters)pair.Public).Y.ToByteArrayUnsigned().PadLeft(size);
        return new FfdheKeyShare(group, (DHPrivateKeyParameters)pair.Private, y, size);
    }

    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        if (serverShare.Length != _size)
        {
            return null;
        }

        try
        {
            var agreement = new DHBasicAgreement();
            agreement.Init(_private);
            var y = new Org.BouncyCastle.Math.BigInteger(1, serverShare.ToArray());
            return agreement.CalculateAgreement(new DHPublicKeyParameters(y, _private.Parameters)).ToByteArrayUnsigned().PadLeft(_size);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
