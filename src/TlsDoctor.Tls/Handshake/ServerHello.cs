using System.Buffers.Binary;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>A ServerHello (or HelloRetryRequest, which shares its shape) and what it negotiated.</summary>
public sealed record ServerHello(
    ushort LegacyVersion,
    byte[] Random,
    byte[] SessionId,
    ushort CipherSuite,
    byte CompressionMethod,
    IReadOnlyList<Extension> Extensions)
{
    // RFC 8446 §4.1.3 (RFC 5246 §7.4.1.3 is the same shape, extensions optional):
    //   struct {
    //       ProtocolVersion legacy_version = 0x0303;    2 bytes
    //       Random random;                               32 bytes
    //       opaque legacy_session_id_echo<0..32>;
    //       CipherSuite cipher_suite;                    2 bytes
    //       uint8 legacy_compression_method = 0;         1 byte
    //       Extension extensions<6..2^16-1>;
    //   } ServerHello;
    public const int RandomLength = 32;
    public const int MaxSessionIdLength = 32;

    /// <summary>RFC 8446 §4.1.3: a HelloRetryRequest's random is SHA-256("HelloRetryRequest").</summary>
    public static ReadOnlySpan<byte> HelloRetryRequestRandom =>
    [
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    ];

    /// <summary>RFC 8446 §4.1.3: "DOWNGRD" followed by 01 (TLS 1.2 negotiated) or 00 (TLS 1.1 or below).</summary>
    private static ReadOnlySpan<byte> DowngradePrefix => "DOWNGRD"u8;

    public bool IsHelloRetryRequest => Random.AsSpan().SequenceEqual(HelloRetryRequestRandom);

    /// <summary>The version agreed: supported_versions' selected_version when present (RFC 8446 §4.2.1), else legacy_version.</summary>
    public ushort NegotiatedVersion =>
        Find(ExtensionType.SupportedVersions) is { Data.Length: 2 } sv ? BinaryPrimitives.ReadUInt16BigEndian(sv.Data) : LegacyVersion;

    /// <summary>The group of the server's key_share (or, in a HelloRetryRequest, the group it asks for).</summary>
    public NamedGroup? KeyShareGroup =>
        Find(ExtensionType.KeyShare) is { Data.Length: >= 2 } ks ? (NamedGroup)BinaryPrimitives.ReadUInt16BigEndian(ks.Data) : null;

    /// <summary>KeyShareServerHello.server_share.key_exchange, when present and well formed.</summary>
    public byte[]? KeyShareData
    {
        get
        {
            if (Find(ExtensionType.KeyShare) is not { Data.Length: >= 4 } ks)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(ks.Data.AsSpan(2));
            return ks.Data.Length == 4 + length ? ks.Data[4..] : null;
        }
    }

    /// <summary>The ALPN protocol the server selected (RFC 7301 §3.1: exactly one name).</summary>
    public string? Alpn => Find(ExtensionType.ApplicationLayerProtocolNegotiation) is { } alpn ? SelectedProtocol(alpn.Data) : null;

    /// <summary>
    /// The one protocol name in a server's ALPN extension data (ServerHello or TLS 1.3 EncryptedExtensions):
    /// RFC 7301 §3.1, a ProtocolNameList of exactly one ProtocolName; null when the data is not that.
    /// </summary>
    public static string? SelectedProtocol(ReadOnlySpan<byte> data)
    {
        // list length (2 bytes), name length (1 byte), name
        if (data.Length < 3 || data.Length != 3 + data[2])
        {
            return null;
        }

        return System.Text.Encoding.ASCII.GetString(data[3..]);
    }

    /// <summary>The TLS 1.3 downgrade sentinel in the random: 0x01 (TLS 1.2), 0x00 (≤ 1.1), or null.</summary>
    public byte? DowngradeSentinel =>
        Random.AsSpan(RandomLength - 8, 7).SequenceEqual(DowngradePrefix) && Random[^1] <= 1 ? Random[^1] : null;

    public bool Has(ExtensionType type) => Find(type) is not null;

    public Extension? Find(ExtensionType type) => Extensions.FirstOrDefault(e => e.Type == (ushort)type);

    /// <summary>Parses a whole ServerHello handshake message (header included).</summary>
    public static ParseResult<ServerHello> TryParse(ReadOnlySpan<byte> message) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.ServerHello, ParseBody);

    /// <summary>Parses a ServerHello body whose length the handshake header already fixed: short reads are malformed.</summary>
    public static ParseResult<ServerHello> ParseBody(ReadOnlySpan<byte> body)
    {
        var r = new WireReader(body);
        if (!r.TryReadUInt16(out var version) || !r.TryReadBytes(RandomLength, out var random))
        {
            return ParseResult<ServerHello>.Malformed("ServerHello shorter than version and random");
        }

        if ((version >> 8) != 3)
        {
            return ParseResult<ServerHello>.Malformed($"ServerHello version 0x{version:x4} is not SSLv3/TLS");
        }

        if (!r.TryReadVector(1, out var sessionId) || sessionId.Length > MaxSessionIdLength)
        {
            return ParseResult<ServerHello>.Malformed("ServerHello session id longer than 32 bytes or overruns the message");
        }

        if (!r.TryReadUInt16(out var suite) || !r.TryReadUInt8(out var compression))
        {
            return ParseResult<ServerHello>.Malformed("ServerHello ends before cipher_suite and compression_method");
        }

        IReadOnlyList<Extension> extensions = [];
        if (!r.IsEmpty)
        {
            if (!r.TryReadVector(2, out var block) || !r.IsEmpty)
            {
                return ParseResult<ServerHello>.Malformed("ServerHello extensions length does not match the message");
            }

            var parsed = Extension.ParseBlock(block);
            if (!parsed.IsDone)
            {
                return parsed.Cast<ServerHello>();
            }

            extensions = parsed.Value!;
        }

        return ParseResult<ServerHello>.Ok(
            new ServerHello(version, random.ToArray(), sessionId.ToArray(), suite, compression, extensions), body.Length);
    }
}
