using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Tls.Tests.Tls12;

/// <summary>
/// Record protection round trips (what one side seals the other opens, record after record), the wire shape of
/// each kind, and rejection of anything altered. Interoperability with real servers is in the scanning tests.
/// </summary>
public class RecordProtectionTests
{
    public static TheoryData<string, TlsVersion> Suites => new()
    {
        { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", TlsVersion.Tls12 },
        { "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", TlsVersion.Tls12 },
        { "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", TlsVersion.Tls12 },
        { "TLS_RSA_WITH_AES_128_CBC_SHA", TlsVersion.Tls10 },
        { "TLS_RSA_WITH_AES_128_CBC_SHA", TlsVersion.Tls11 },
        { "TLS_RSA_WITH_AES_256_CBC_SHA256", TlsVersion.Tls12 },
        { "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", TlsVersion.Tls12 },
    };

    [Theory]
    [MemberData(nameof(Suites))]
    public void Seal_ThenOpen_RoundTripsEveryRecordInOrder(string name, TlsVersion version)
    {
        var (crypto, keys) = Keys(name, version);
        using var sender = RecordProtection.Client(version, crypto, keys);
        using var receiver = RecordProtection.Client(version, crypto, keys);

        foreach (var length in new[] { 0, 1, 15, 16, 100, 1000 })
        {
            var plaintext = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
            var record = Parse(sender.Seal(ContentType.ApplicationData, plaintext));

            Assert.Equal(ContentType.ApplicationData, record.Type);
            Assert.Equal((ushort)version, record.Version);
            Assert.Equal(plaintext, receiver.Open(record));
        }

        Assert.Equal(6ul, receiver.Sequence);
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Open_OneByteFlipped_IsRejected(string name, TlsVersion version)
    {
        var (crypto, keys) = Keys(name, version);
        using var sender = RecordProtection.Client(version, crypto, keys);
        using var receiver = RecordProtection.Client(version, crypto, keys);
        var record = Parse(sender.Seal(ContentType.Handshake, "finished"u8));
        record.Fragment[^1] ^= 1;

        Assert.Null(receiver.Open(record));
        Assert.Equal(0ul, receiver.Sequence);
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Open_OtherDirectionsKeys_IsRejected(string name, TlsVersion version)
    {
        var (crypto, keys) = Keys(name, version);
        using var sender = RecordProtection.Client(version, crypto, keys);
        using var receiver = RecordProtection.Server(version, crypto, keys);

        Assert.Null(receiver.Open(Parse(sender.Seal(ContentType.ApplicationData, "hello"u8))));
    }

    [Fact]
    public void Seal_Gcm_CarriesTheSequenceAsExplicitNonceThenCiphertextThenTag()
    {
        var (crypto, keys) = Keys("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", TlsVersion.Tls12);
        using var sender = RecordProtection.Client(TlsVersion.Tls12, crypto, keys);
        sender.Seal(ContentType.ApplicationData, "a"u8);

        var second = Parse(sender.Seal(ContentType.ApplicationData, "hello"u8));

        Assert.Equal(8 + 5 + 16, second.Fragment.Length);                  // nonce_explicit + content + tag
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 }, second.Fragment[..8]);
    }

    [Fact]
    public void Seal_ChaCha_HasNoExplicitNonce() => Assert.Equal(5 + 16,
        Parse(RecordProtection.Client(TlsVersion.Tls12, Keys("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", TlsVersion.Tls12).Crypto,
            Keys("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", TlsVersion.Tls12).Keys).Seal(ContentType.ApplicationData, "hello"u8)).Fragment.Length);

    [Theory]
    [InlineData(TlsVersion.Tls10, 32)]   // chained IV: content 5 + MAC 20 + padding to 32
    [InlineData(TlsVersion.Tls11, 48)]   // explicit IV 16 first
    public void Seal_Cbc_LengthFollowsTheVersionsIvRule(TlsVersion version, int expected)
    {
        var (crypto, keys) = Keys("TLS_RSA_WITH_AES_128_CBC_SHA", version);
        using var sender = RecordProtection.Client(version, crypto, keys);

        Assert.Equal(expected, Parse(sender.Seal(ContentType.ApplicationData, "hello"u8)).Fragment.Length);
    }

    [Fact]
    public void KeyBlock_Derive_CutsMacKeysKeysAndIvsInRfcOrder()
    {
        var crypto = SuiteCrypto.For(CipherSuites.FindByName("TLS_RSA_WITH_AES_128_CBC_SHA")!)!;
        var block = Prf.KeyBlock(TlsVersion.Tls12, crypto.PrfHash, new byte[48], new byte[32], new byte[32], crypto.KeyBlockLength);

        var keys = KeyBlock.Derive(TlsVersion.Tls12, crypto, new byte[48], new byte[32], new byte[32]);

        Assert.Equal(2 * (20 + 16 + 16), crypto.KeyBlockLength);
        Assert.Equal(block[..20], keys.ClientMacKey);
        Assert.Equal(block[20..40], keys.ServerMacKey);
        Assert.Equal(block[40..56], keys.ClientKey);
        Assert.Equal(block[56..72], keys.ServerKey);
        Assert.Equal(block[72..88], keys.ClientIv);
        Assert.Equal(block[88..104], keys.ServerIv);
    }

    [Theory]
    [InlineData("TLS_RSA_WITH_3DES_EDE_CBC_SHA")]
    [InlineData("TLS_ECDHE_ECDSA_WITH_AES_128_CCM")]
    [InlineData("TLS_AES_128_GCM_SHA256")]
    [InlineData("TLS_DH_anon_WITH_AES_128_CBC_SHA")]
    public void SuiteCrypto_For_SuitesWeCannotFinish_IsNull(string name) => Assert.Null(SuiteCrypto.For(CipherSuites.FindByName(name)!));

    private static (SuiteCrypto Crypto, KeyBlock Keys) Keys(string name, TlsVersion version)
    {
        var crypto = SuiteCrypto.For(CipherSuites.FindByName(name)!)!;
        var random = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        return (crypto, KeyBlock.Derive(version, crypto, new byte[48], random, random.Reverse().ToArray()));
    }

    private static TlsRecord Parse(byte[] bytes) => TlsRecord.TryParse(bytes).Value!;
}
