using System.Numerics;
using System.Security.Cryptography;
using TlsDoctor.Scanning.Vulnerabilities.Robot;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>The byte layout of each ROBOT premaster secret, and textbook RSA against the platform's RSA.</summary>
public sealed class RobotPremasterSecretsTests
{
    private const int K = 256; // bytes of a 2048-bit modulus
    private const ushort Tls12 = 0x0303;
    private const int PaddingEnd = K - RobotPremasterSecrets.PremasterSecretLength - 1; // index of the separator

    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    [Fact]
    public void Plaintext_Correct_IsPkcs1BlockWithClientVersionAndNoOtherZero()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.Correct, K, Tls12, new Random(1));

        Assert.Equal(K, m.Length);
        Assert.Equal([0x00, 0x02], m[..2]);                                  // block type 2
        Assert.DoesNotContain((byte)0, m[2..PaddingEnd]);                    // PS: nonzero, K - 51 bytes
        Assert.Equal(0x00, m[PaddingEnd]);                                   // separator
        Assert.Equal([0x03, 0x03], m[(PaddingEnd + 1)..(PaddingEnd + 3)]);   // client_version
        Assert.DoesNotContain((byte)0, m[(PaddingEnd + 3)..]);               // random[46]
        Assert.Equal(RobotPremasterSecrets.RandomLength, m.Length - PaddingEnd - 3);
    }

    [Fact]
    public void Plaintext_WrongFirstBytes_Starts4117AndIsOtherwiseCorrect()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.WrongFirstBytes, K, Tls12, new Random(1));

        Assert.Equal([0x41, 0x17], m[..2]);
        Assert.Equal(0x00, m[PaddingEnd]);
        Assert.Equal([0x03, 0x03], m[(PaddingEnd + 1)..(PaddingEnd + 3)]);
        Assert.Equal(PaddingEnd, Array.IndexOf(m, (byte)0, 1));
    }

    [Fact]
    public void Plaintext_ZeroInWrongPlace_OnlyZeroAfterBlockTypeIsSecondToLast()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.ZeroInWrongPlace, K, Tls12, new Random(1));

        Assert.Equal([0x00, 0x02], m[..2]);
        Assert.Equal(K - 2, Array.IndexOf(m, (byte)0, 1));
        Assert.NotEqual(0, m[K - 1]);
    }

    [Fact]
    public void Plaintext_NoZeroSeparator_HasNoZeroAfterBlockType()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.NoZeroSeparator, K, Tls12, new Random(1));

        Assert.Equal([0x00, 0x02], m[..2]);
        Assert.DoesNotContain((byte)0, m[1..]);
        Assert.Equal(K, m.Length);
    }

    [Fact]
    public void Plaintext_WrongVersion_Carries0202WhereClientVersionGoes()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.WrongVersion, K, Tls12, new Random(1));

        Assert.Equal([0x00, 0x02], m[..2]);
        Assert.Equal(0x00, m[PaddingEnd]);
        Assert.Equal([0x02, 0x02], m[(PaddingEnd + 1)..(PaddingEnd + 3)]);
    }

    [Fact]
    public void Plaintext_ModulusTooShortForPadding_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RobotPremasterSecrets.Plaintext(RobotVector.Correct, RobotPremasterSecrets.MinModulusLength - 1, Tls12, new Random(1)));

    [Fact]
    public void Encrypt_CorrectVector_PlatformRsaDecryptsToTheSecret()
    {
        var m = RobotPremasterSecrets.Plaintext(RobotVector.Correct, K, Tls12, new Random(2));

        var c = RobotPremasterSecrets.Encrypt(m, Key.Value.ExportParameters(false));

        Assert.Equal(K, c.Length);
        Assert.Equal(m[^RobotPremasterSecrets.PremasterSecretLength..], Key.Value.Decrypt(c, RSAEncryptionPadding.Pkcs1));
    }

    [Theory]
    [InlineData(RobotVector.WrongFirstBytes)]
    [InlineData(RobotVector.ZeroInWrongPlace)]
    [InlineData(RobotVector.NoZeroSeparator)]
    [InlineData(RobotVector.WrongVersion)]
    public void Encrypt_MalformedVector_PrivateExponentRecoversItExactly(RobotVector vector)
    {
        var key = Key.Value.ExportParameters(true);
        var m = RobotPremasterSecrets.Plaintext(vector, K, Tls12, new Random(3));

        var c = RobotPremasterSecrets.Encrypt(m, key);

        var n = new BigInteger(key.Modulus, isUnsigned: true, isBigEndian: true);
        var d = new BigInteger(key.D, isUnsigned: true, isBigEndian: true);
        var recovered = BigInteger.ModPow(new BigInteger(c, isUnsigned: true, isBigEndian: true), d, n);
        Assert.Equal(m, RobotPremasterSecrets.ToOctets(recovered, K));
    }

    [Fact]
    public void ToOctets_SmallValue_LeftPadsToModulusLength()
    {
        var octets = RobotPremasterSecrets.ToOctets(BigInteger.One, K);

        Assert.Equal(K, octets.Length);
        Assert.Equal(1, octets[^1]);
        Assert.All(octets[..^1], b => Assert.Equal(0, b));
    }

    [Fact]
    public void ClientKeyExchange_Tls12_FramesTheSecretWithTwoLengthBytes()
    {
        byte[] secret = [0xAA, 0xBB, 0xCC];

        var record = RobotMessages.ClientKeyExchange(secret, TlsVersion.Tls12);

        Assert.Equal(
            [
                0x16, 0x03, 0x03, 0x00, 0x09, // record: handshake, TLS 1.2, 9 bytes
                0x10, 0x00, 0x00, 0x05,       // ClientKeyExchange, 5 bytes
                0x00, 0x03,                   // EncryptedPreMasterSecret length
                0xAA, 0xBB, 0xCC,             // encrypted premaster secret
            ],
            record);
    }

    [Fact]
    public void ClientKeyExchange_Ssl3_SendsTheSecretBare()
    {
        byte[] secret = [0xAA, 0xBB, 0xCC];

        var record = RobotMessages.ClientKeyExchange(secret, TlsVersion.SSLv3);

        Assert.Equal(
            [
                0x16, 0x03, 0x00, 0x00, 0x07, // record: handshake, SSL 3.0, 7 bytes
                0x10, 0x00, 0x00, 0x03,       // ClientKeyExchange, 3 bytes
                0xAA, 0xBB, 0xCC,             // encrypted premaster secret, no length
            ],
            record);
    }

    [Fact]
    public void ChangeCipherSpecAndFakeFinished_Tls12_AreOneRecordEach()
    {
        Assert.Equal([0x14, 0x03, 0x03, 0x00, 0x01, 0x01], RobotMessages.ChangeCipherSpec(TlsVersion.Tls12));

        var finished = RobotMessages.FakeFinished(TlsVersion.Tls12, new Random(4));

        Assert.Equal([0x16, 0x03, 0x03, 0x00, RobotMessages.FakeFinishedLength], finished[..5]);
        Assert.Equal(5 + RobotMessages.FakeFinishedLength, finished.Length);
    }
}
