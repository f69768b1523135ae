using System.Buffers.Binary;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;
using ProtocolExtension = TlsDoctor.Tls.Extensions.Extension;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// The ClientHello we send, decoded here by hand rather than with our own parsers: RFC 8446 §4.1.2 (ClientHello),
/// §4.2 extensions (server_name RFC 6066 §3, supported_groups §4.2.7, signature_algorithms §4.2.3, ALPN RFC 7301 §3.1,
/// key_share §4.2.8, supported_versions §4.2.1), padding (RFC 7685) and GREASE (RFC 8701).
/// </summary>
public class ClientHelloBuilderTests
{
    private static ClientHelloBuilder Builder(int seed = 1) => new(SeededKeyShares.Factory(seed), new Random(seed));

    private static readonly ClientHelloSpec Tls13Offer = new()
    {
        Version = TlsVersion.Tls13,
        SupportedVersions = [TlsVersion.Tls13, TlsVersion.Tls12],
        CipherSuites = [0x1301, 0x1302, 0xC02F],
        ServerName = "example.com",
        Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X25519MlKem768],
        KeyShares = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X25519MlKem768],
        SignatureAlgorithms = [SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha256],
        Alpn = ["h2", "http/1.1"],
    };

    [Fact]
    public void Build_SameSeed_SameBytes()
    {
        var spec = Tls13Offer with { Grease = true };

        var first = Builder(1).Build(spec);
        var second = Builder(1).Build(spec);

        Assert.Equal(first.Record, second.Record);
        Assert.Equal(first.Handshake, second.Handshake);
        Assert.NotEqual(first.Record, Builder(2).Build(spec).Record);
    }

    [Fact]
    public void Build_Tls13Offer_RecordAndHelloHeaders()
    {
        var built = Builder().Build(Tls13Offer);

        var hello = Decode(built.Record);

        Assert.Equal(0x16, hello.RecordType);                           // ContentType.handshake
        Assert.Equal(0x0301, hello.RecordVersion);                      // legacy_record_version: TLS 1.0, as clients send
        Assert.Equal(built.Record.Length - 5, hello.RecordLength);
        Assert.Equal(0x01, hello.HandshakeType);                        // client_hello
        Assert.Equal(built.Record.Length - 9, hello.HandshakeLength);
        Assert.Equal(built.Record[5..], built.Handshake);               // the transcript gets the message without the record header
        Assert.Equal(0x0303, hello.LegacyVersion);                      // RFC 8446 §4.1.2: TLS 1.3 is offered with legacy_version 1.2
    }

    [Fact]
    public void Build_Tls13Offer_RandomAndSessionIdComeFromTheInjectedRandom()
    {
        var rng = new Random(1);
        var random = new byte[32];
        var sessionId = new byte[32];
        rng.NextBytes(random);
        rng.NextBytes(sessionId);

        var hello = Decode(Builder().Build(Tls13Offer).Record);

        Assert.Equal(random, hello.Random);
        Assert.Equal(sessionId, hello.SessionId);                       // 32 bytes: middlebox compatibility (RFC 8446 §D.4)
    }

    [Fact]
    public void Build_Tls13Offer_SuitesCompressionAndExtensionOrder()
    {
        var hello = Decode(Builder().Build(Tls13Offer).Record);

        Assert.Equal(new ushort[] { 0x1301, 0x1302, 0xC02F }, hello.Suites);
        Assert.Equal(new byte[] { 0x00 }, hello.Compression);
        Assert.Equal(
            [
                ExtensionType.ServerName, ExtensionType.EcPointFormats, ExtensionType.SupportedGroups, ExtensionType.SessionTicket,
                ExtensionType.ApplicationLayerProtocolNegotiation, ExtensionType.StatusRequest, ExtensionType.ExtendedMasterSecret,
                ExtensionType.SignatureAlgorithms, ExtensionType.RenegotiationInfo, ExtensionType.KeyShare,
                ExtensionType.PskKeyExchangeModes, ExtensionType.SupportedVersions,
            ],
            hello.Extensions!.Select(e => (ExtensionType)e.Type));
    }

    [Fact]
    public void Build_Tls13Offer_ExtensionBytes()
    {
        var hello = Decode(Builder().Build(Tls13Offer).Record);

        byte[] serverName =
        [
            0x00, 0x0E,             // server_name_list length = 14
            0x00,                   //   name_type = host_name(0)
            0x00, 0x0B,             //   HostName length = 11
            0x65, 0x78, 0x61, 0x6D, 0x70, 0x6C, 0x65, 0x2E, 0x63, 0x6F, 0x6D, // "example.com"
        ];
        byte[] supportedGroups =
        [
            0x00, 0x06,             // named_group_list length = 6
            0x00, 0x1D,             //   x25519
            0x00, 0x17,             //   secp256r1
            0x11, 0xEC,             //   X25519MLKEM768
        ];
        byte[] signatureAlgorithms =
        [
            0x00, 0x06,             // supported_signature_algorithms length = 6
            0x04, 0x03,             //   ecdsa_secp256r1_sha256
            0x08, 0x04,             //   rsa_pss_rsae_sha256
            0x04, 0x01,             //   rsa_pkcs1_sha256
        ];
        byte[] alpn =
        [
            0x00, 0x0C,             // protocol_name_list length = 12
            0x02, 0x68, 0x32,       //   "h2"
            0x08, 0x68, 0x74, 0x74, 0x70, 0x2F, 0x31, 0x2E, 0x31, // "http/1.1"
        ];
        byte[] supportedVersions =
        [
            0x04,                   // versions length = 4
            0x03, 0x04,             //   TLS 1.3
            0x03, 0x03,             //   TLS 1.2
        ];
        byte[] statusRequest =
        [
            0x01,                   // status_type = ocsp(1)
            0x00, 0x00,             // responder_id_list: empty
            0x00, 0x00,             // request_extensions: empty
        ];

        Assert.Equal(serverName, hello.Find(ExtensionType.ServerName));
        Assert.Equal(new byte[] { 0x01, 0x00 }, hello.Find(ExtensionType.EcPointFormats));   // [uncompressed]
        Assert.Equal(supportedGroups, hello.Find(ExtensionType.SupportedGroups));
        Assert.Equal(signatureAlgorithms, hello.Find(ExtensionType.SignatureAlgorithms));
        Assert.Equal(alpn, hello.Find(ExtensionType.ApplicationLayerProtocolNegotiation));
        Assert.Equal(supportedVersions, hello.Find(ExtensionType.SupportedVersions));
        Assert.Equal(statusRequest, hello.Find(ExtensionType.StatusRequest));
        Assert.Equal(new byte[] { 0x01, 0x01 }, hello.Find(ExtensionType.PskKeyExchangeModes)); // [psk_dhe_ke]
        Assert.Equal(new byte[] { 0x00 }, hello.Find(ExtensionType.RenegotiationInfo));
        Assert.Empty(hello.Find(ExtensionType.SessionTicket)!);
        Assert.Empty(hello.Find(ExtensionType.ExtendedMasterSecret)!);
    }

    [Fact]
    public void Build_Tls13Offer_KeyShareEntriesHaveTheGroupsLengths()
    {
        var built = Builder().Build(Tls13Offer);

        var entries = KeyShareEntries(Decode(built.Record).Find(ExtensionType.KeyShare)!);

        Assert.Equal([NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X25519MlKem768], entries.Select(e => e.Group));
        Assert.Equal(32, entries[0].KeyExchange.Length);                 // X25519: the raw u-coordinate (RFC 8446 §4.2.8.2)
        Assert.Equal(65, entries[1].KeyExchange.Length);                 // secp256r1: 0x04 || X || Y
        Assert.Equal(0x04, entries[1].KeyExchange[0]);
        Assert.Equal(1184 + 32, entries[2].KeyExchange.Length);          // ML-KEM-768 encapsulation key || X25519
        foreach (var (group, keyExchange) in entries)
        {
            Assert.Equal(built.KeyShares[group].PublicKey, keyExchange);  // the shares returned are the shares sent
        }
    }

    [Fact]
    public void Build_EmptyKeyShareList_SendsEmptyClientShares()
    {
        var hello = Decode(Builder().Build(Tls13Offer with { KeyShares = [] }).Record);

        Assert.Equal(new byte[] { 0x00, 0x00 }, hello.Find(ExtensionType.KeyShare));   // asks for a HelloRetryRequest
    }

    [Fact]
    public void Build_Tls12Only_NoTls13ExtensionsAndEmptySessionId()
    {
        var spec = new ClientHelloSpec { Version = TlsVersion.Tls12, CipherSuites = [0xC02F], Groups = [NamedGroup.Secp256r1] };

        var hello = Decode(Builder().Build(spec).Record);

        Assert.Equal(0x0303, hello.LegacyVersion);
        Assert.Equal(0x0301, hello.RecordVersion);
        Assert.Empty(hello.SessionId);
        Assert.Null(hello.Find(ExtensionType.SupportedVersions));
        Assert.Null(hello.Find(ExtensionType.PskKeyExchangeModes));
        Assert.Null(hello.Find(ExtensionType.KeyShare));
    }

    [Fact]
    public void Build_FallbackScsv_AppendedAfterTheSuites()
    {
        var spec = new ClientHelloSpec { Version = TlsVersion.Tls11, CipherSuites = [0x002F], FallbackScsv = true };

        var hello = Decode(Builder().Build(spec).Record);

        Assert.Equal(new ushort[] { 0x002F, ClientHelloBuilder.FallbackScsv }, hello.Suites);
        Assert.Equal(0x0302, hello.LegacyVersion);
    }

    [Fact]
    public void Build_Sslv3WithoutExtensions_AnnotatedBytes()
    {
        var spec = new ClientHelloSpec
        {
            Version = TlsVersion.SSLv3,
            CipherSuites = [0x000A, 0x0005],
            NoExtensions = true,
            RenegotiationScsv = true,
        };
        var random = new byte[32];
        new Random(1).NextBytes(random);
        byte[] expected =
        [
            0x16,                   // TLSPlaintext.type = handshake(22)
            0x03, 0x00,             // legacy_record_version = SSL 3.0
            0x00, 0x31,             // length = 49
            0x01,                   // Handshake.msg_type = client_hello(1)
            0x00, 0x00, 0x2D,       // Handshake.length = 45
            0x03, 0x00,             // client_version = SSL 3.0
            .. random,              // random (32 bytes from the injected Random)
            0x00,                   // session_id: empty
            0x00, 0x06,             // cipher_suites length = 6
            0x00, 0x0A,             //   TLS_RSA_WITH_3DES_EDE_CBC_SHA
            0x00, 0x05,             //   TLS_RSA_WITH_RC4_128_SHA
            0x00, 0xFF,             //   TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 §3.3)
            0x01,                   // compression_methods length = 1
            0x00,                   //   null
                                    // no extensions block: SSLv3 servers may choke on one
        ];

        var built = Builder().Build(spec);

        Assert.Equal(expected, built.Record);
        Assert.Null(Decode(built.Record).Extensions);
        Assert.Empty(built.KeyShares);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(300)]
    [InlineData(400)]
    [InlineData(507)]
    public void Build_HelloOf256To507Bytes_PaddedToExactly512(int unpaddedLength)
    {
        var spec = SpecOfLength(unpaddedLength);

        var built = Builder().Build(spec);

        var hello = Decode(built.Record);
        Assert.Equal(ClientHelloBuilder.PaddingTarget, built.Handshake.Length);
        var padding = hello.Extensions![^1];
        Assert.Equal((ushort)ExtensionType.Padding, padding.Type);
        Assert.All(padding.Data, b => Assert.Equal(0, b));               // RFC 7685 §3: zero bytes
    }

    [Theory]
    [InlineData(508)]
    [InlineData(511)]
    public void Build_HelloTooCloseTo512ForAPaddingHeader_PaddedPast512(int unpaddedLength)
    {
        var built = Builder().Build(SpecOfLength(unpaddedLength));

        // The padding extension's own four-byte header already reaches 512: one zero byte carries it past (as BoringSSL does).
        Assert.Equal(unpaddedLength + 4 + 1, built.Handshake.Length);
        Assert.Equal((ushort)ExtensionType.Padding, Decode(built.Record).Extensions![^1].Type);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(255)]
    [InlineData(512)]
    [InlineData(600)]
    public void Build_HelloOutside256To511Bytes_NotPadded(int unpaddedLength)
    {
        var built = Builder().Build(SpecOfLength(unpaddedLength));

        Assert.Equal(unpaddedLength, built.Handshake.Length);
        Assert.Null(Decode(built.Record).Find(ExtensionType.Padding));
    }

    [Fact]
    public void Build_Tls13OfferWithMlKemShare_OverTheRangeAndNotPadded()
    {
        var built = Builder().Build(Tls13Offer);

        Assert.True(built.Handshake.Length > ClientHelloBuilder.PaddingTarget);
        Assert.Null(Decode(built.Record).Find(ExtensionType.Padding));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(99)]
    public void Build_Grease_ValuesOfTheForm0xXAXA(int seed)
    {
        var hello = Decode(Builder(seed).Build(Tls13Offer with { Grease = true }).Record);

        var groups = U16List(hello.Find(ExtensionType.SupportedGroups)!, lengthBytes: 2);
        var versions = U16List(hello.Find(ExtensionType.SupportedVersions)!, lengthBytes: 1);
        var shares = KeyShareEntries(hello.Find(ExtensionType.KeyShare)!);
        var first = hello.Extensions![0];
        var last = hello.Extensions![^1].Type == (ushort)ExtensionType.Padding ? hello.Extensions[^2] : hello.Extensions[^1];

        AssertGrease(hello.Suites[0]);
        Assert.Equal(new ushort[] { 0x1301, 0x1302, 0xC02F }, hello.Suites[1..]);
        AssertGrease(first.Type);
        Assert.Empty(first.Data);
        AssertGrease(last.Type);
        Assert.Equal(new byte[] { 0x00 }, last.Data);
        Assert.NotEqual(first.Type, last.Type);                           // RFC 8701 §3.1: two GREASE extensions differ
        AssertGrease(groups[0]);
        AssertGrease(versions[0]);
        AssertGrease((ushort)shares[0].Group);
        Assert.Equal(new byte[] { 0x00 }, shares[0].KeyExchange);         // a one-byte GREASE share
        Assert.Equal(groups[0], (ushort)shares[0].Group);
    }

    [Fact]
    public void Build_GreaseOverManySeeds_TwoGreaseExtensionsAlwaysDiffer()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var hello = Decode(new ClientHelloBuilder(SeededKeyShares.Factory(1), new Random(seed)).Build(
                new ClientHelloSpec { CipherSuites = [0x002F], Grease = true, Padding = false }).Record);

            var greaseTypes = hello.Extensions!.Select(e => e.Type).Where(Grease.IsGrease).ToList();
            Assert.Equal(2, greaseTypes.Count);
            Assert.NotEqual(greaseTypes[0], greaseTypes[1]);
        }
    }

    private static void AssertGrease(ushort value)
    {
        // RFC 8701 §2: {0x0A,0x0A}, {0x1A,0x1A}, … {0xFA,0xFA}.
        Assert.True((value & 0x0F0F) == 0x0A0A && (value >> 12) == ((value >> 4) & 0xF), $"0x{value:x4} is not a GREASE value");
        Assert.True(Grease.IsGrease(value));
    }

    /// <summary>A TLS 1.2 hello whose unpadded handshake message is exactly <paramref name="length"/> bytes, tuned by one extra extension.</summary>
    private static ClientHelloSpec SpecOfLength(int length)
    {
        var spec = new ClientHelloSpec { Version = TlsVersion.Tls12, CipherSuites = [0xC02F, 0xC030], ServerName = "example.com" };
        var baseLength = Builder().Build(spec with { Padding = false }).Handshake.Length;
        var extraData = length - baseLength - ProtocolExtension.TypeLength - ProtocolExtension.LengthFieldLength;
        Assert.True(extraData >= 0, $"base hello is {baseLength} bytes; cannot reach {length}");
        var tuned = spec with { ExtraExtensions = [new ProtocolExtension(0x1234, new byte[extraData])] };
        Assert.Equal(length, Builder().Build(tuned with { Padding = false }).Handshake.Length);
        return tuned;
    }

    private sealed record DecodedExtension(ushort Type, byte[] Data);

    private sealed record DecodedHello(
        byte RecordType, ushort RecordVersion, int RecordLength, byte HandshakeType, int HandshakeLength,
        ushort LegacyVersion, byte[] Random, byte[] SessionId, ushort[] Suites, byte[] Compression,
        IReadOnlyList<DecodedExtension>? Extensions)
    {
        public byte[]? Find(ExtensionType type) => Extensions?.SingleOrDefault(e => e.Type == (ushort)type)?.Data;
    }

    /// <summary>Reads a ClientHello record field by field with nothing but BinaryPrimitives, so the builder is not checked by itself.</summary>
    private static DecodedHello Decode(byte[] record)
    {
        var at = 0;
        byte U8() => record[at++];
        ushort U16() { var v = BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at)); at += 2; return v; }
        int U24() { var v = (record[at] << 16) | (record[at + 1] << 8) | record[at + 2]; at += 3; return v; }
        byte[] Bytes(int n) { var v = record[at..(at + n)]; at += n; return v; }

        var recordType = U8();
        var recordVersion = U16();
        var recordLength = U16();
        var handshakeType = U8();
        var handshakeLength = U24();
        var legacyVersion = U16();
        var random = Bytes(32);
        var sessionId = Bytes(U8());
        var suites = new ushort[U16() / 2];
        for (var i = 0; i < suites.Length; i++)
        {
            suites[i] = U16();
        }

        var compression = Bytes(U8());
        List<DecodedExtension>? extensions = null;
        if (at < record.Length)
        {
            extensions = [];
            var end = U16() + at;
            while (at < end)
            {
                var type = U16();
                extensions.Add(new DecodedExtension(type, Bytes(U16())));
            }
        }

        Assert.Equal(record.Length, at);                                  // nothing after the hello
        return new DecodedHello(recordType, recordVersion, recordLength, handshakeType, handshakeLength,
            legacyVersion, random, sessionId, suites, compression, extensions);
    }

    private static List<(NamedGroup Group, byte[] KeyExchange)> KeyShareEntries(byte[] data)
    {
        var list = new List<(NamedGroup, byte[])>();
        var end = 2 + BinaryPrimitives.ReadUInt16BigEndian(data);           // client_shares length
        Assert.Equal(data.Length, end);
        for (var at = 2; at < end;)
        {
            var group = (NamedGroup)BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at + 2));
            list.Add((group, data[(at + 4)..(at + 4 + length)]));
            at += 4 + length;
        }

        return list;
    }

    private static ushort[] U16List(byte[] data, int lengthBytes)
    {
        var length = lengthBytes == 1 ? data[0] : BinaryPrimitives.ReadUInt16BigEndian(data);
        Assert.Equal(data.Length, lengthBytes + length);
        return [.. Enumerable.Range(0, length / 2).Select(i => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(lengthBytes + (2 * i))))];
    }
}
