using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Handshake;

public sealed class ClientHelloParserTests
{
    /// <summary>A minimal TLS 1.2 ClientHello: one suite, null compression, one extension (SNI "a.b").</summary>
    private static byte[] Minimal() =>
    [
        0x01,                               // Handshake.msg_type = client_hello
        0x00, 0x00, 0x37,                   // Handshake.length = 55
        0x03, 0x03,                         // ClientHello.legacy_version = TLS 1.2
        .. Enumerable.Repeat((byte)0xAA, 32), // ClientHello.random
        0x00,                               // legacy_session_id length = 0
        0x00, 0x02,                         // cipher_suites length = 2
        0xC0, 0x2F,                         //   TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
        0x01,                               // legacy_compression_methods length = 1
        0x00,                               //   null
        0x00, 0x0C,                         // extensions length = 12
        0x00, 0x00,                         //   extension_type = server_name
        0x00, 0x08,                         //   extension_data length = 8
        0x00, 0x06,                         //     server_name_list length = 6
        0x00,                               //     name_type = host_name
        0x00, 0x03,                         //     HostName length = 3
        (byte)'a', (byte)'.', (byte)'b',    //     HostName
    ];

    // Offsets into Minimal(), named after the field they point at.
    private const int HeaderLength = HandshakeMessage.HeaderLength;
    private const int SessionIdLengthAt = HeaderLength + ClientHello.VersionLength + ClientHello.RandomLength;
    private const int SuitesLengthAt = SessionIdLengthAt + 1;
    private const int CompressionLengthAt = SuitesLengthAt + 2 + 2;
    private const int ExtensionsLengthAt = CompressionLengthAt + 1 + 1;
    private const int FirstExtensionLengthAt = ExtensionsLengthAt + 2 + 2;

    [Fact]
    public void TryParse_MinimalHello_ReadsEveryField()
    {
        var result = ClientHello.TryParse(Minimal());

        Assert.Equal(ParseStatus.Done, result.Status);
        Assert.Equal(Minimal().Length, result.Consumed);
        var hello = result.Value!;
        Assert.Equal((ushort)TlsVersion.Tls12, hello.LegacyVersion);
        Assert.Equal(Enumerable.Repeat((byte)0xAA, 32), hello.Random);
        Assert.Empty(hello.SessionId);
        Assert.Equal([(ushort)0xC02F], hello.CipherSuites);
        Assert.Equal([(byte)0], hello.CompressionMethods);
        Assert.Equal("a.b", hello.ServerName);
        Assert.Null(hello.SupportedGroups);
    }

    [Fact]
    public void TryParse_BuilderHello_RoundTripsOffers()
    {
        var spec = new ClientHelloSpec
        {
            Version = TlsVersion.Tls13,
            SupportedVersions = [TlsVersion.Tls13, TlsVersion.Tls12],
            CipherSuites = [0x1301, 0xC02F, 0x0005],
            ServerName = "scripted.example",
            Groups = [NamedGroup.X25519, NamedGroup.Secp256r1],
            KeyShares = [NamedGroup.X25519],
            SignatureAlgorithms = [SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha1],
            Alpn = ["h2", "http/1.1"],
            FallbackScsv = true,
            CompressionMethods = [1, 0],
            Heartbeat = true,
        };
        var built = new ClientHelloBuilder().Build(spec);

        var hello = ClientHello.TryParse(built.Handshake).Value!;

        Assert.Equal((ushort)TlsVersion.Tls12, hello.LegacyVersion);
        Assert.Equal(built.Handshake.AsSpan(HeaderLength + ClientHello.VersionLength, ClientHello.RandomLength).ToArray(), hello.Random);
        Assert.Equal(ClientHello.MaxSessionIdLength, hello.SessionId.Length);
        Assert.Equal([(ushort)0x1301, 0xC02F, 0x0005, ClientHelloBuilder.FallbackScsv], hello.CipherSuites);
        Assert.True(hello.Offers(ClientHelloBuilder.FallbackScsv));
        Assert.Equal([(byte)1, 0], hello.CompressionMethods);
        Assert.Equal("scripted.example", hello.ServerName);
        Assert.Equal([NamedGroup.X25519, NamedGroup.Secp256r1], hello.SupportedGroups);
        Assert.Equal([SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha1], hello.SignatureAlgorithms);
        Assert.Equal([TlsVersion.Tls13, TlsVersion.Tls12], hello.SupportedVersions);
        Assert.Equal(["h2", "http/1.1"], hello.Alpn);
        Assert.Equal([(byte)0], hello.EcPointFormats);
        var share = Assert.Single(hello.KeyShares!);
        Assert.Equal(NamedGroup.X25519, share.Group);
        Assert.Equal(built.KeyShares[NamedGroup.X25519].PublicKey, share.KeyExchange);
        Assert.True(hello.Has(ExtensionType.Heartbeat));
        Assert.True(hello.Has(ExtensionType.RenegotiationInfo));
    }

    [Fact]
    public void TryParse_HelloWithoutExtensions_HasNoExtensions()
    {
        var built = new ClientHelloBuilder().Build(new ClientHelloSpec
        {
            Version = TlsVersion.SSLv3, CipherSuites = [0x000A], NoExtensions = true,
        });

        var hello = ClientHello.TryParse(built.Handshake).Value!;

        Assert.Equal((ushort)TlsVersion.SSLv3, hello.LegacyVersion);
        Assert.Empty(hello.Extensions);
        Assert.Null(hello.ServerName);
        Assert.Null(hello.KeyShares);
    }

    [Fact]
    public void TryParse_EveryPrefixOfValidHello_IsNeedMoreData()
    {
        var built = new ClientHelloBuilder().Build(new ClientHelloSpec
        {
            CipherSuites = [0xC02F, 0x009C], ServerName = "localhost", Groups = [NamedGroup.X25519],
            SignatureAlgorithms = [SignatureScheme.RsaPkcs1Sha256],
        }).Handshake;

        for (var length = 0; length < built.Length; length++)
        {
            Assert.Equal(ParseStatus.NeedMoreData, ClientHello.TryParse(built.AsSpan(0, length)).Status);
        }

        Assert.Equal(ParseStatus.Done, ClientHello.TryParse(built).Status);
    }

    [Theory]
    [InlineData(SessionIdLengthAt, 33, "legacy_session_id of 33 bytes")]          // session id longer than 32
    [InlineData(SessionIdLengthAt, 30, "legacy_session_id overruns")]             // session id past the end
    [InlineData(SuitesLengthAt + 1, 3, "not a positive multiple of 2")]           // odd cipher_suites length
    [InlineData(SuitesLengthAt + 1, 0, "not a positive multiple of 2")]           // no cipher suites
    [InlineData(SuitesLengthAt, 0x7F, "cipher_suites overruns")]                  // cipher_suites past the end
    [InlineData(CompressionLengthAt, 0, "legacy_compression_methods is empty")]   // no compression method
    [InlineData(ExtensionsLengthAt + 1, 0x0B, "extensions length does not match")] // block shorter than its contents
    [InlineData(ExtensionsLengthAt + 1, 0x0D, "extensions length does not match")] // block longer than the message
    [InlineData(FirstExtensionLengthAt + 1, 0x09, "overruns the extensions block")] // extension past its block
    public void TryParse_MalformedInnerLength_IsInvalid(int offset, byte value, string expected)
    {
        var message = Minimal();
        message[offset] = value;

        var result = ClientHello.TryParse(message);

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_DuplicateExtension_IsInvalid()
    {
        byte[] message =
        [
            0x01, 0x00, 0x00, 0x33,             // client_hello, length 51
            0x03, 0x03,                         // legacy_version
            .. new byte[32],                    // random
            0x00,                               // legacy_session_id: empty
            0x00, 0x02, 0x00, 0x2F,             // cipher_suites: TLS_RSA_WITH_AES_128_CBC_SHA
            0x01, 0x00,                         // legacy_compression_methods: null
            0x00, 0x08,                         // extensions length = 8
            0x00, 0x17, 0x00, 0x00,             //   extended_master_secret, empty
            0x00, 0x17, 0x00, 0x00,             //   extended_master_secret again
        ];

        var result = ClientHello.TryParse(message);

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Contains("appears twice", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ServerHelloMessage_IsInvalid()
    {
        var message = Minimal();
        message[0] = (byte)HandshakeType.ServerHello;

        Assert.Equal(ParseStatus.Invalid, ClientHello.TryParse(message).Status);
    }

    [Fact]
    public void ServerName_MalformedServerNameList_IsNull()
    {
        var message = Minimal();
        message[FirstExtensionLengthAt + 3] = 0x05; // server_name_list length 5 in 8 bytes of extension_data

        var hello = ClientHello.TryParse(message);

        Assert.Equal(ParseStatus.Done, hello.Status);
        Assert.Null(hello.Value!.ServerName);
    }

    [Fact]
    public void SslV2TryParse_BuiltClientHello_RoundTripsSpecsAndChallenge()
    {
        byte[] challenge = [.. Enumerable.Range(1, SslV2ClientHello.ChallengeLength).Select(i => (byte)i)];
        uint[] specs = [0x010080, 0x0700C0];

        var parsed = SslV2ClientHello.TryParse(SslV2ClientHello.Build(specs, challenge));

        Assert.Equal(ParseStatus.Done, parsed.Status);
        Assert.Equal((ushort)TlsVersion.SSLv2, parsed.Value!.Version);
        Assert.Equal(specs, parsed.Value.CipherSpecs);
        Assert.Empty(parsed.Value.SessionId);
        Assert.Equal(challenge, parsed.Value.Challenge);
    }

    [Fact]
    public void SslV2TryParse_EveryPrefix_IsNeedMoreData()
    {
        var record = SslV2ClientHello.Build([0x010080], new byte[SslV2ClientHello.ChallengeLength]);

        for (var length = 0; length < record.Length; length++)
        {
            Assert.Equal(ParseStatus.NeedMoreData, SslV2ClientHello.TryParse(record.AsSpan(0, length)).Status);
        }
    }

    [Fact]
    public void SslV2TryParse_ChallengeTooShort_IsInvalid()
    {
        var record = SslV2ClientHello.Build([0x010080], new byte[8]);

        Assert.Equal(ParseStatus.Invalid, SslV2ClientHello.TryParse(record).Status);
    }
}
