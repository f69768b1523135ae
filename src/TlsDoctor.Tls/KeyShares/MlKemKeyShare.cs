using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Kems;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// ML-KEM (FIPS 203). The client share is the encapsulation key; the server answers with a ciphertext, and the
/// shared secret is its decapsulation (draft-ietf-tls-mlkem, draft-ietf-tls-ecdhe-mlkem).
/// </summary>
internal sealed class MlKemKeyShare : KeyShare
{
    private readonly MLKemPrivateKeyParameters _private;

    private MlKemKeyShare(NamedGroup group, MLKemPrivateKeyParameters privateKey, byte[] publicKey)
        : base(group, publicKey) => _private = privateKey;

    public static MlKemKeyShare Create(NamedGroup group, SecureRandom random)
    {
        var parameters = group switch
        {
            NamedGroup.MlKem512 => MLKemParameters.ml_kem_512,
            NamedGroup.MlKem1024 => MLKemParameters.ml_kem_1024,
            _ => MLKemParameters.ml_kem_768,
        };
        var generator = new MLKemKeyPairGenerator();
        generator.Init(new MLKemKeyGenerationParameters(random, parameters));
        var pair = generator.GenerateKeyPair();
        return new MlKemKeyShare(group, (MLKemPrivateKeyParameters)pair.Private, ((MLKemPublicKeyParameters)pair.Public).GetEncoded());
    }

    public int CiphertextLength => _private.Parameters == MLKemParameters.ml_kem_512 ? 768
        : _private.Parameters == MLKemParameters.ml_kem_1024 ? 1568 : 1088;

    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        if (serverShare.Length != CiphertextLength)
        {
            return null;
        }

        var decapsulator = new MLKemDecapsulator(_private.Parameters);
        decapsulator.Init(_private);
        var secret = new byte[decapsulator.SecretLength];
        decapsulator.Decapsulate(serverShare.ToArray(), 0, serverShare.Length, secret, 0, secret.Length);
        return secret;
    }
}

/// <summary>
/// A hybrid share (draft-ietf-tls-ecdhe-mlkem §3): two shares concatenated. For X25519MLKEM768 the ML-KEM part
/// comes first; for the SecP*MLKEM* groups the ECDH part comes first. The shared secret concatenates in the same order.
/// </summary>
internal sealed class HybridKeyShare(NamedGroup group, MlKemKeyShare pq, KeyShare classical, bool pqFirst)
    : KeyShare(group, pqFirst ? [.. pq.PublicKey, .. classical.PublicKey] : [.. classical.PublicKey, .. pq.PublicKey])
{
    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        var classicalLength = serverShare.Length - pq.CiphertextLength;
        if (classicalLength <= 0)
        {
            return null;
        }

        var pqPart = pqFirst ? serverShare[..pq.CiphertextLength] : serverShare[classicalLength..];
        var classicalPart = pqFirst ? serverShare[pq.CiphertextLength..] : serverShare[..classicalLength];
        var a = pq.DeriveSharedSecret(pqPart);
        var b = classical.DeriveSharedSecret(classicalPart);
        return a is null || b is null ? null : pqFirst ? [.. a, .. b] : [.. b, .. a];
    }
}
