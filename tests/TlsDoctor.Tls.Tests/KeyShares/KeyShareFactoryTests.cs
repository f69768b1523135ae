using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Kems;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.KeyShares;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.KeyShares;

/// <summary>
/// Key shares: sizes from RFC 8446 §4.2.8.1–4.2.8.2 (FFDHE Y padded to p; uncompressed EC points; raw X25519/X448),
/// FIPS 203 encapsulation keys, and the hybrids of draft-ietf-tls-ecdhe-mlkem §3; agreement checked against an
/// independent implementation (.NET ECDH, BouncyCastle X25519 and ML-KEM).
/// </summary>
public class KeyShareFactoryTests
{
    private static KeyShareFactory Seeded(int seed) => SeededKeyShares.Factory(seed);

    private static readonly KeyShareFactory Alice = Seeded(1);
    private static readonly KeyShareFactory Bob = Seeded(2);

    public static TheoryData<NamedGroup, int> ShareLengths => new()
    {
        { NamedGroup.X25519, 32 },
        { NamedGroup.X448, 56 },
        { NamedGroup.Secp256r1, 65 },
        { NamedGroup.Secp384r1, 97 },
        { NamedGroup.Secp521r1, 133 },
        { NamedGroup.Secp256k1, 65 },
        { NamedGroup.BrainpoolP256r1, 65 },
        { NamedGroup.BrainpoolP384r1Tls13, 97 },
        { NamedGroup.BrainpoolP512r1, 129 },
        { NamedGroup.Sect283k1, 73 },
        { NamedGroup.Ffdhe2048, 256 },
        { NamedGroup.Ffdhe3072, 384 },
        { NamedGroup.Ffdhe4096, 512 },
        { NamedGroup.MlKem512, 800 },
        { NamedGroup.MlKem768, 1184 },
        { NamedGroup.MlKem1024, 1568 },
        { NamedGroup.X25519MlKem768, 1184 + 32 },
        { NamedGroup.SecP256r1MlKem768, 65 + 1184 },
        { NamedGroup.SecP384r1MlKem1024, 97 + 1568 },
    };

    [Theory]
    [MemberData(nameof(ShareLengths))]
    public void Get_GeneratableGroup_ShareHasTheWireLength(NamedGroup group, int length)
    {
        Assert.True(KeyShareFactory.CanGenerate(group));

        var share = Alice.Get(group);

        Assert.NotNull(share);
        Assert.Equal(group, share.Group);
        Assert.Equal(length, share.PublicKey.Length);
    }

    [Theory]
    [InlineData(NamedGroup.Secp256r1)]
    [InlineData(NamedGroup.Secp384r1)]
    [InlineData(NamedGroup.SecP256r1MlKem768)]
    public void Get_WeierstrassGroup_ShareIsAnUncompressedPoint(NamedGroup group) =>
        Assert.Equal(0x04, Alice.Get(group)!.PublicKey[0]);

    [Fact]
    public void Get_FfdheShare_IsLeftPaddedAndBelowP()
    {
        var share = Alice.Get(NamedGroup.Ffdhe2048)!;
        var p = Org.BouncyCastle.Crypto.Agreement.DHStandardGroups.rfc7919_ffdhe2048.P;

        var y = new Org.BouncyCastle.Math.BigInteger(1, share.PublicKey);

        Assert.True(y.CompareTo(Org.BouncyCastle.Math.BigInteger.One) > 0);
        Assert.True(y.CompareTo(p.Subtract(Org.BouncyCastle.Math.BigInteger.One)) < 0);
    }

    [Theory]
    [InlineData(NamedGroup.GC256A)]
    [InlineData(NamedGroup.CurveSM2)]
    [InlineData(NamedGroup.X25519Kyber768Draft00)]
    [InlineData(NamedGroup.ArbitraryExplicitPrimeCurves)]
    [InlineData((NamedGroup)0x0A0A)]
    public void Get_GroupWeCannotMake_Null(NamedGroup group)
    {
        Assert.False(KeyShareFactory.CanGenerate(group));
        Assert.Null(Alice.Get(group));
    }

    [Fact]
    public void Get_SameGroupTwice_ReusesTheShare() =>
        Assert.Same(Alice.Get(NamedGroup.X25519), Alice.Get(NamedGroup.X25519));

    [Fact]
    public void Get_SameSeed_SameShare() =>
        Assert.Equal(Seeded(7).Get(NamedGroup.Secp256r1)!.PublicKey, Seeded(7).Get(NamedGroup.Secp256r1)!.PublicKey);

    [Theory]
    [InlineData(NamedGroup.X25519)]
    [InlineData(NamedGroup.X448)]
    [InlineData(NamedGroup.Secp256r1)]
    [InlineData(NamedGroup.Secp384r1)]
    [InlineData(NamedGroup.Secp521r1)]
    [InlineData(NamedGroup.BrainpoolP256r1)]
    [InlineData(NamedGroup.Ffdhe2048)]
    public void DeriveSharedSecret_TwoFactories_AgreeBothWays(NamedGroup group)
    {
        var a = Alice.Get(group)!;
        var b = Bob.Get(group)!;

        var ab = a.DeriveSharedSecret(b.PublicKey);
        var ba = b.DeriveSharedSecret(a.PublicKey);

        Assert.NotNull(ab);
        Assert.Equal(ab, ba);
        Assert.NotEqual(a.PublicKey, b.PublicKey);
    }

    [Theory]
    [InlineData(NamedGroup.Secp256r1, 32)]
    [InlineData(NamedGroup.Secp384r1, 48)]
    [InlineData(NamedGroup.Secp521r1, 66)]
    public void DeriveSharedSecret_NistCurve_MatchesDotNetEcdhXCoordinate(NamedGroup group, int fieldBytes)
    {
        var curve = group switch
        {
            NamedGroup.Secp256r1 => ECCurve.NamedCurves.nistP256,
            NamedGroup.Secp384r1 => ECCurve.NamedCurves.nistP384,
            _ => ECCurve.NamedCurves.nistP521,
        };
        using var server = ECDiffieHellman.Create(curve);
        var q = server.ExportParameters(false).Q;
        byte[] serverShare = [0x04, .. q.X!, .. q.Y!];
        var share = Alice.Get(group)!;
        using var clientPublic = ECDiffieHellman.Create(new ECParameters
        {
            Curve = curve,
            Q = new ECPoint { X = share.PublicKey[1..(1 + fieldBytes)], Y = share.PublicKey[(1 + fieldBytes)..] },
        });

        var ours = share.DeriveSharedSecret(serverShare);
        var theirs = server.DeriveRawSecretAgreement(clientPublic.PublicKey);

        Assert.Equal(fieldBytes, ours!.Length);   // RFC 8446 §7.4.2: the X coordinate, padded to the field size
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void DeriveSharedSecret_X25519_MatchesBouncyCastleAgreement()
    {
        var server = new X25519PrivateKeyParameters(new SecureRandom());
        var share = Alice.Get(NamedGroup.X25519)!;
        var expected = new byte[32];
        server.GenerateSecret(new X25519PublicKeyParameters(share.PublicKey), expected, 0);

        var secret = share.DeriveSharedSecret(server.GeneratePublicKey().GetEncoded());

        Assert.Equal(expected, secret);
    }

    [Theory]
    [InlineData(NamedGroup.MlKem512)]
    [InlineData(NamedGroup.MlKem768)]
    [InlineData(NamedGroup.MlKem1024)]
    public void DeriveSharedSecret_MlKemCiphertext_DecapsulatesTheServersSecret(NamedGroup group)
    {
        var share = Alice.Get(group)!;
        var (ciphertext, expected) = Encapsulate(group, share.PublicKey);

        Assert.Equal(expected, share.DeriveSharedSecret(ciphertext));
    }

    [Fact]
    public void DeriveSharedSecret_X25519MlKem768_MlKemPartFirstInShareCiphertextAndSecret()
    {
        var share = Alice.Get(NamedGroup.X25519MlKem768)!;
        var (ciphertext, mlkemSecret) = Encapsulate(NamedGroup.MlKem768, share.PublicKey[..1184]);
        var server = new X25519PrivateKeyParameters(new SecureRandom());
        var x25519Secret = new byte[32];
        server.GenerateSecret(new X25519PublicKeyParameters(share.PublicKey[1184..]), x25519Secret, 0);

        var secret = share.DeriveSharedSecret([.. ciphertext, .. server.GeneratePublicKey().GetEncoded()]);

        byte[] expected = [.. mlkemSecret, .. x25519Secret];
        Assert.Equal(expected, secret);
    }

    [Fact]
    public void DeriveSharedSecret_SecP256r1MlKem768_EcdhPartFirstInShareCiphertextAndSecret()
    {
        var share = Alice.Get(NamedGroup.SecP256r1MlKem768)!;
        var (ciphertext, mlkemSecret) = Encapsulate(NamedGroup.MlKem768, share.PublicKey[65..]);
        using var server = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = server.ExportParameters(false).Q;
        using var clientPublic = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = share.PublicKey[1..33], Y = share.PublicKey[33..65] },
        });
        var ecdhSecret = server.DeriveRawSecretAgreement(clientPublic.PublicKey);

        var secret = share.DeriveSharedSecret([0x04, .. q.X!, .. q.Y!, .. ciphertext]);

        byte[] expected = [.. ecdhSecret, .. mlkemSecret];
        Assert.Equal(expected, secret);
    }

    public static TheoryData<NamedGroup, byte[]> InvalidPeerShares()
    {
        var p256 = Alice.Get(NamedGroup.Secp256r1)!.PublicKey;
        var offCurve = (byte[])p256.Clone();
        offCurve[^1] ^= 0x01;                                         // Y + 1: no longer on the curve
        var p2048 = Org.BouncyCastle.Crypto.Agreement.DHStandardGroups.rfc7919_ffdhe2048.P.ToByteArrayUnsigned();
        var pMinus1 = (byte[])p2048.Clone();
        pMinus1[^1] -= 1;
        return new()
        {
            { NamedGroup.X25519, new byte[31] },                      // wrong length
            { NamedGroup.X25519, new byte[33] },
            { NamedGroup.X25519, new byte[32] },                      // the zero point: all-zero secret (RFC 7748 §6.1)
            { NamedGroup.X448, new byte[32] },
            { NamedGroup.X448, new byte[56] },                        // the zero point
            { NamedGroup.Secp256r1, offCurve },
            { NamedGroup.Secp256r1, p256[..64] },                     // wrong length
            { NamedGroup.Secp256r1, [0x05, .. p256[1..]] },           // no such point format
            { NamedGroup.Secp256r1, [(byte)(0x02 | (p256[^1] & 1)), .. p256[1..33]] }, // compressed: not allowed in TLS 1.3
            { NamedGroup.Secp256r1, [0x00] },                         // the point at infinity
            { NamedGroup.Secp256r1, [] },                             // nothing at all
            { NamedGroup.Secp384r1, p256 },                           // a point of another curve
            { NamedGroup.Ffdhe2048, new byte[255] },                  // wrong length
            { NamedGroup.Ffdhe2048, new byte[256] },                  // Y = 0
            { NamedGroup.Ffdhe2048, [.. new byte[255], 0x01] },       // Y = 1
            { NamedGroup.Ffdhe2048, pMinus1 },                        // Y = p - 1
            { NamedGroup.Ffdhe2048, p2048 },                          // Y = p
            { NamedGroup.MlKem768, new byte[1087] },                  // ciphertext of the wrong length
            { NamedGroup.MlKem768, [] },
            { NamedGroup.X25519MlKem768, new byte[1088] },            // ML-KEM part only
            { NamedGroup.X25519MlKem768, new byte[100] },             // shorter than the ciphertext
            { NamedGroup.SecP256r1MlKem768, [.. offCurve, .. new byte[1088]] },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidPeerShares))]
    public void DeriveSharedSecret_InvalidPeerShare_NullNotException(NamedGroup group, byte[] peerShare) =>
        Assert.Null(Alice.Get(group)!.DeriveSharedSecret(peerShare));

    [Theory]
    [InlineData(NamedGroup.X25519, 200)]
    [InlineData(NamedGroup.X448, 200)]
    [InlineData(NamedGroup.Secp256r1, 200)]
    [InlineData(NamedGroup.Secp521r1, 100)]
    [InlineData(NamedGroup.Sect283k1, 50)]
    [InlineData(NamedGroup.Ffdhe2048, 20)]
    [InlineData(NamedGroup.MlKem768, 50)]
    [InlineData(NamedGroup.X25519MlKem768, 50)]
    [InlineData(NamedGroup.SecP256r1MlKem768, 50)]
    public void DeriveSharedSecret_RandomPeerShares_NeverThrows(NamedGroup group, int iterations)
    {
        var share = Alice.Get(group)!;
        var rng = new Random((int)group);
        for (var i = 0; i < iterations; i++)
        {
            // Half of the inputs have the length of a real answer (the share's own length, or the ML-KEM ciphertext's),
            // so the checks past the length test are reached; the rest have any length.
            var length = rng.Next(4) switch
            {
                0 => share.PublicKey.Length,
                1 => ServerShareLength(group) ?? share.PublicKey.Length,
                _ => rng.Next(2 * share.PublicKey.Length),
            };
            var peer = new byte[length];
            rng.NextBytes(peer);
            if (peer.Length > 0 && rng.Next(2) == 0)
            {
                peer[0] = 0x04;
            }

            var exception = Record.Exception(() => share.DeriveSharedSecret(peer));

            Assert.True(exception is null, $"group {group}, seed {(int)group}, iteration {i}, peer {Hex.Of(peer)}: {exception}");
        }
    }

    /// <summary>The length of the server's key_exchange where it differs from the client's (a KEM answers with a ciphertext).</summary>
    private static int? ServerShareLength(NamedGroup group) => group switch
    {
        NamedGroup.MlKem768 => 1088,
        NamedGroup.X25519MlKem768 => 1088 + 32,
        NamedGroup.SecP256r1MlKem768 => 65 + 1088,
        _ => null,
    };

    private static (byte[] Ciphertext, byte[] Secret) Encapsulate(NamedGroup group, byte[] encapsulationKey)
    {
        var parameters = group switch
        {
            NamedGroup.MlKem512 => MLKemParameters.ml_kem_512,
            NamedGroup.MlKem1024 => MLKemParameters.ml_kem_1024,
            _ => MLKemParameters.ml_kem_768,
        };
        var encapsulator = new MLKemEncapsulator(parameters);
        encapsulator.Init(new ParametersWithRandom(MLKemPublicKeyParameters.FromEncoding(parameters, encapsulationKey), new SecureRandom()));
        var ciphertext = new byte[encapsulator.EncapsulationLength];
        var secret = new byte[encapsulator.SecretLength];
        encapsulator.Encapsulate(ciphertext, 0, ciphertext.Length, secret, 0, secret.Length);
        return (ciphertext, secret);
    }
}
