using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// ServerHello, RFC 8446 §4.1.3 (with RFC 5246 §7.4.1.3 for TLS 1.2 and earlier): supported_versions (§4.2.1),
/// key_share (§4.2.8), the HelloRetryRequest random (§4.1.3) and the downgrade sentinel (§4.1.3).
/// </summary>
public class ServerHelloTests
{
    /// <summary>A TLS 1.2 ServerHello with a session id and five extensions.</summary>
    internal static readonly byte[] Tls12WithExtensions =
    [
        0x02,                   // Handshake.msg_type = server_hello(2)
        0x00, 0x00, 0x64,       // Handshake.length = 100
        0x03, 0x03,             // ServerHello.legacy_version = TLS 1.2
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, // random[0..15]
        0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, // random[16..31]
        0x20,                   // legacy_session_id_echo length = 32
        0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, // session_id[0..15]
        0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF, // session_id[16..31]
        0xC0, 0x2F,             // cipher_suite = TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
        0x00,                   // compression_method = null
        0x00, 0x1C,             // extensions length = 28
        0xFF, 0x01, 0x00, 0x01, //   renegotiation_info, length 1
        0x00,                   //     renegotiated_connection: empty (RFC 5746 §3.6)
        0x00, 0x0B, 0x00, 0x02, //   ec_point_formats, length 2
        0x01, 0x00,             //     ec_point_format_list: [uncompressed] (RFC 8422 §5.2)
        0x00, 0x17, 0x00, 0x00, //   extended_master_secret, empty (RFC 7627 §5.2)
        0x00, 0x10, 0x00, 0x05, //   application_layer_protocol_negotiation, length 5
        0x00, 0x03,             //     protocol_name_list length = 3
        0x02, 0x68, 0x32,       //       "h2"
        0x00, 0x23, 0x00, 0x00, //   session_ticket, empty (RFC 5077 §3.2)
    ];

    /// <summary>RFC 8448 §3 (Simple 1-RTT Handshake): "{server} construct a ServerHello handshake message", 90 octets.</summary>
    internal static readonly byte[] Tls13Rfc8448 =
    [
        0x02,                   // Handshake.msg_type = server_hello(2)
        0x00, 0x00, 0x56,       // Handshake.length = 86
        0x03, 0x03,             // ServerHello.legacy_version = TLS 1.2 (RFC 8446 §4.1.3)
        0xA6, 0xAF, 0x06, 0xA4, 0x12, 0x18, 0x60, 0xDC, 0x5E, 0x6E, 0x60, 0x24, 0x9C, 0xD3, 0x4C, 0x95, // random[0..15]
        0x93, 0x0C, 0x8A, 0xC5, 0xCB, 0x14, 0x34, 0xDA, 0xC1, 0x55, 0x77, 0x2E, 0xD3, 0xE2, 0x69, 0x28, // random[16..31]
        0x00,                   // legacy_session_id_echo: empty
        0x13, 0x01,             // cipher_suite = TLS_AES_128_GCM_SHA256
        0x00,                   // legacy_compression_method = 0
        0x00, 0x2E,             // extensions length = 46
        0x00, 0x33, 0x00, 0x24, //   key_share, length 36
        0x00, 0x1D,             //     KeyShareEntry.group = x25519
        0x00, 0x20,             //     key_exchange length = 32
        0xC9, 0x82, 0x88, 0x76, 0x11, 0x20, 0x95, 0xFE, 0x66, 0x76, 0x2B, 0xDB, 0xF7, 0xC6, 0x72, 0xE1, // key_exchange[0..15]
        0x56, 0xD6, 0xCC, 0x25, 0x3B, 0x83, 0x3D, 0xF1, 0xDD, 0x69, 0xB1, 0xB0, 0x4E, 0x75, 0x1F, 0x0F, // key_exchange[16..31]
        0x00, 0x2B, 0x00, 0x02, //   supported_versions, length 2
        0x03, 0x04,             //     selected_version = TLS 1.3
    ];

    /// <summary>A HelloRetryRequest (RFC 8446 §4.1.4): the ServerHello shape with the SHA-256("HelloRetryRequest") random.</summary>
    internal static readonly byte[] HelloRetryRequest =
    [
        0x02,                   // Handshake.msg_type = server_hello(2); HRR has no type of its own on the wire
        0x00, 0x00, 0x34,       // Handshake.length = 52
        0x03, 0x03,             // legacy_version = TLS 1.2
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91, // random = SHA-256("HelloRetryRequest")
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C, //   (RFC 8446 §4.1.3)
        0x00,                   // legacy_session_id_echo: empty
        0x13, 0x02,             // cipher_suite = TLS_AES_256_GCM_SHA384
        0x00,                   // legacy_compression_method = 0
        0x00, 0x0C,             // extensions length = 12
        0x00, 0x2B, 0x00, 0x02, //   supported_versions, length 2
        0x03, 0x04,             //     selected_version = TLS 1.3
        0x00, 0x33, 0x00, 0x02, //   key_share, length 2
        0x00, 0x17,             //     KeyShareHelloRetryRequest.selected_group = secp256r1
    ];

    /// <summary>A TLS 1.2 ServerHello from a TLS 1.3 server, without extensions, whose random ends in the downgrade sentinel.</summary>
    internal static byte[] WithDowngradeSentinel(byte last) =>
    [
        0x02,                   // Handshake.msg_type = server_hello(2)
        0x00, 0x00, 0x26,       // Handshake.length = 38
        0x03, 0x03,             // legacy_version = TLS 1.2
        0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, // random[0..15]
        0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A,                                                 // random[16..23]
        0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44,                                                       // random[24..30] = "DOWNGRD"
        last,                   // random[31]: 01 = TLS 1.2 negotiated, 00 = TLS 1.1 or below
        0x00,                   // session_id: empty
        0x00, 0x9C,             // cipher_suite = TLS_RSA_WITH_AES_128_GCM_SHA256
        0x00,                   // compression_method = null
                                // no extensions block (RFC 5246 §7.4.1.3: it may be absent)
    ];

    [Fact]
    public void TryParse_Tls12WithExtensions_ReadsEveryField()
    {
        var hello = ParseAssert.Done(ServerHello.TryParse(Tls12WithExtensions), Tls12WithExtensions.Length);

        Assert.Equal(0x0303, hello.LegacyVersion);
        Assert.Equal(Tls12WithExtensions[6..38], hello.Random);
        Assert.Equal(Tls12WithExtensions[39..71], hello.SessionId);
        Assert.Equal(0xC02F, hello.CipherSuite);
        Assert.Equal(0, hello.CompressionMethod);
        Assert.Equal(
            [ExtensionType.RenegotiationInfo, ExtensionType.EcPointFormats, ExtensionType.ExtendedMasterSecret,
             ExtensionType.ApplicationLayerProtocolNegotiation, ExtensionType.SessionTicket],
            hello.Extensions.Select(e => e.KnownType));
        Assert.Equal(new byte[] { 0x00 }, hello.Find(ExtensionType.RenegotiationInfo)!.Data);
        Assert.Equal(new byte[] { 0x01, 0x00 }, hello.Find(ExtensionType.EcPointFormats)!.Data);
        Assert.Equal("h2", hello.Alpn);
        Assert.Equal(0x0303, hello.NegotiatedVersion);
        Assert.True(hello.Has(ExtensionType.ExtendedMasterSecret));
        Assert.False(hello.Has(ExtensionType.SupportedVersions));
        Assert.Null(hello.KeyShareGroup);
        Assert.Null(hello.KeyShareData);
        Assert.False(hello.IsHelloRetryRequest);
        Assert.Null(hello.DowngradeSentinel);
    }

    [Fact]
    public void TryParse_Tls13Rfc8448_ReadsSupportedVersionsAndKeyShare()
    {
        var hello = ParseAssert.Done(ServerHello.TryParse(Tls13Rfc8448), Tls13Rfc8448.Length);

        Assert.Equal(0x0303, hello.LegacyVersion);
        Assert.Equal(0x0304, hello.NegotiatedVersion);
        Assert.Equal(Tls13Rfc8448[6..38], hello.Random);
        Assert.Empty(hello.SessionId);
        Assert.Equal(0x1301, hello.CipherSuite);
        Assert.Equal(NamedGroup.X25519, hello.KeyShareGroup);
        Assert.Equal(Hex.Bytes("c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"), hello.KeyShareData);
        Assert.Equal([ExtensionType.KeyShare, ExtensionType.SupportedVersions], hello.Extensions.Select(e => e.KnownType));
        Assert.False(hello.IsHelloRetryRequest);
        Assert.Null(hello.Alpn);
    }

    [Fact]
    public void TryParse_HelloRetryRequest_DetectedByItsRandom()
    {
        var hello = ParseAssert.Done(ServerHello.TryParse(HelloRetryRequest), HelloRetryRequest.Length);

        Assert.True(hello.IsHelloRetryRequest);
        Assert.Equal(0x0304, hello.NegotiatedVersion);
        Assert.Equal(0x1302, hello.CipherSuite);
        Assert.Equal(NamedGroup.Secp256r1, hello.KeyShareGroup);   // the group the server asks for
        Assert.Null(hello.KeyShareData);                          // an HRR carries no key_exchange
        Assert.Null(hello.DowngradeSentinel);
    }

    [Theory]
    [InlineData(0x01, (byte)0x01)]
    [InlineData(0x00, (byte)0x00)]
    public void TryParse_DowngradeSentinel_ReportsItsLastByte(byte last, byte expected)
    {
        var message = WithDowngradeSentinel(last);

        var hello = ParseAssert.Done(ServerHello.TryParse(message), message.Length);

        Assert.Equal(expected, hello.DowngradeSentinel);
        Assert.Empty(hello.Extensions);
        Assert.Equal(0x009C, hello.CipherSuite);
        Assert.Equal(0x0303, hello.NegotiatedVersion);
    }

    [Fact]
    public void TryParse_DowngradeLookalikeEndingIn02_NoSentinel()
    {
        var message = WithDowngradeSentinel(0x02);

        Assert.Null(ParseAssert.Done(ServerHello.TryParse(message), message.Length).DowngradeSentinel);
    }

    public static TheoryData<string> ValidMessages => ["tls12", "tls13", "hrr", "downgrade"];

    private static byte[] Sample(string name) => name switch
    {
        "tls12" => Tls12WithExtensions,
        "tls13" => Tls13Rfc8448,
        "hrr" => HelloRetryRequest,
        _ => WithDowngradeSentinel(0x01),
    };

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public void TryParse_EveryProperPrefix_NeedsMoreData(string sample) =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Sample(sample), bytes => ServerHello.TryParse(bytes));

    [Fact]
    public void TryParse_SessionIdOf33Bytes_Invalid()
    {
        byte[] message =
        [
            0x02, 0x00, 0x00, 0x47, // server_hello, length 71
            0x03, 0x03,             // legacy_version
            .. new byte[32],        // random
            0x21,                   // legacy_session_id_echo length = 33 (RFC 8446: <0..32>)
            .. new byte[33],        //   session id
            0x13, 0x01,             // cipher_suite
            0x00,                   // compression
        ];

        ParseAssert.Invalid(ServerHello.TryParse(message), "session id");
    }

    [Fact]
    public void TryParse_ExtensionsLengthOverrunsMessage_Invalid()
    {
        byte[] message =
        [
            0x02, 0x00, 0x00, 0x2C, // server_hello, length 44
            0x03, 0x03,             // legacy_version
            .. new byte[32],        // random
            0x00,                   // session id: empty
            0x13, 0x01,             // cipher_suite
            0x00,                   // compression
            0x00, 0x10,             // extensions length = 16, but 4 bytes follow
            0x00, 0x17, 0x00, 0x00,
        ];

        ParseAssert.Invalid(ServerHello.TryParse(message), "extensions length");
    }

    [Fact]
    public void TryParse_ExtensionDataOverrunsBlock_Invalid()
    {
        byte[] message =
        [
            0x02, 0x00, 0x00, 0x2C, // server_hello, length 44
            0x03, 0x03,             // legacy_version
            .. new byte[32],        // random
            0x00,                   // session id: empty
            0x13, 0x01,             // cipher_suite
            0x00,                   // compression
            0x00, 0x04,             // extensions length = 4
            0x00, 0x2B, 0x00, 0x02, //   supported_versions claims 2 bytes, the block ends
        ];

        ParseAssert.Invalid(ServerHello.TryParse(message), "overruns");
    }

    [Fact]
    public void TryParse_DuplicateExtensions_Invalid()
    {
        byte[] message =
        [
            0x02, 0x00, 0x00, 0x34, // server_hello, length 52
            0x03, 0x03,             // legacy_version
            .. new byte[32],        // random
            0x00,                   // session id: empty
            0x13, 0x01,             // cipher_suite
            0x00,                   // compression
            0x00, 0x0C,             // extensions length = 12
            0x00, 0x2B, 0x00, 0x02, 0x03, 0x04, // supported_versions = TLS 1.3
            0x00, 0x2B, 0x00, 0x02, 0x03, 0x03, // supported_versions again (RFC 8446 §4.2: MUST NOT)
        ];

        ParseAssert.Invalid(ServerHello.TryParse(message), "appears twice");
    }

    [Fact]
    public void TryParse_BytesAfterExtensions_Invalid()
    {
        byte[] message = [.. Tls13Rfc8448, 0x00];
        message[3]++; // Handshake.length covers the stray byte

        ParseAssert.Invalid(ServerHello.TryParse(message), "extensions length");
    }

    [Fact]
    public void TryParse_VersionMajorNot3_Invalid()
    {
        var message = (byte[])Tls13Rfc8448.Clone();
        message[4] = 0x02; // legacy_version = 0x0203

        ParseAssert.Invalid(ServerHello.TryParse(message), "0x0203");
    }

    [Fact]
    public void TryParse_BodyShorterThanVersionAndRandom_Invalid() =>
        ParseAssert.Invalid(ServerHello.TryParse([0x02, 0x00, 0x00, 0x03, 0x03, 0x03, 0x00]), "shorter than version and random");

    [Fact]
    public void TryParse_BodyEndsBeforeCipherSuite_Invalid()
    {
        byte[] message = [0x02, 0x00, 0x00, 0x24, 0x03, 0x03, .. new byte[32], 0x00, 0x13];

        ParseAssert.Invalid(ServerHello.TryParse(message), "cipher_suite");
    }

    [Fact]
    public void TryParse_ClientHelloType_Invalid()
    {
        var message = (byte[])Tls13Rfc8448.Clone();
        message[0] = 0x01; // client_hello

        ParseAssert.Invalid(ServerHello.TryParse(message), "is not ServerHello");
    }
}
