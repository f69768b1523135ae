using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>
/// A ClientHello as received: what the client offers. Servers built on our codec (the scripted lab server) read
/// hellos with this; the extension accessors are in ClientHello.Extensions.cs.
/// </summary>
public sealed partial record ClientHello(
    ushort LegacyVersion,
    byte[] Random,
    byte[] SessionId,
    IReadOnlyList<ushort> CipherSuites,
    byte[] CompressionMethods,
    IReadOnlyList<Extension> Extensions)
{
    // RFC 8446 §4.1.2 (RFC 5246 §7.4.1.2 is the same shape; there the extensions block is optional):
    //   struct {
    //       ProtocolVersion legacy_version = 0x0303;    /* TLS v1.2 */        2 bytes
    //       Random random;                                                    32 bytes
    //       opaque legacy_session_id<0..32>;                                  1-byte length
    //       CipherSuite cipher_suites<2..2^16-2>;                             2-byte length
    //       opaque legacy_compression_methods<1..2^8-1>;                      1-byte length
    //       Extension extensions<8..2^16-1>;                                  2-byte length
    //   } ClientHello;
    public const int VersionLength = 2;
    public const int RandomLength = 32;
    public const int MaxSessionIdLength = 32;
    public const int CipherSuiteLength = 2;

    /// <summary>True when <paramref name="suite"/> is in cipher_suites (also for signalling values such as TLS_FALLBACK_SCSV).</summary>
    public bool Offers(ushort suite) => CipherSuites.Contains(suite);

    public bool Has(ExtensionType type) => Find(type) is not null;

    public Extension? Find(ExtensionType type) => Extensions.FirstOrDefault(e => e.Type == (ushort)type);

    /// <summary>Parses a whole ClientHello handshake message (header included): a prefix is truncated, a bad body malformed.</summary>
    public static ParseResult<ClientHello> TryParse(ReadOnlySpan<byte> message) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.ClientHello, ParseBody);

    /// <summary>Parses a ClientHello body whose length the handshake header already fixed: short reads are malformed.</summary>
    public static ParseResult<ClientHello> ParseBody(ReadOnlySpan<byte> body)
    {
        var r = new WireReader(body);
        if (!r.TryReadUInt16(out var version) || !r.TryReadBytes(RandomLength, out var random))
        {
            return Bad("ClientHello shorter than legacy_version and random");
        }

        // The length is judged before the bytes: a 33-byte session id is wrong however many bytes follow.
        if (!r.TryReadUInt8(out var sessionIdLength))
        {
            return Bad("ClientHello ends before legacy_session_id");
        }

        if (sessionIdLength > MaxSessionIdLength)
        {
            return Bad($"legacy_session_id of {sessionIdLength} bytes; at most {MaxSessionIdLength} are allowed");
        }

        if (!r.TryReadBytes(sessionIdLength, out var sessionId))
        {
            return Bad("legacy_session_id overruns the message");
        }

        if (!r.TryReadVector(2, out var suites))
        {
            return Bad("cipher_suites overruns the message");
        }

        // cipher_suites<2..2^16-2>: at least one suite, and whole two-byte values.
        if (suites.Length < CipherSuiteLength || suites.Length % CipherSuiteLength != 0)
        {
            return Bad($"cipher_suites length {suites.Length} is not a positive multiple of {CipherSuiteLength}");
        }

        if (!r.TryReadVector(1, out var compression))
        {
            return Bad("legacy_compression_methods overruns the message");
        }

        if (compression.IsEmpty)
        {
            return Bad("legacy_compression_methods is empty; it must hold at least null (0)");
        }

        IReadOnlyList<Extension> extensions = [];
        if (!r.IsEmpty)
        {
            // RFC 5246 §7.4.1.2: "the presence of extensions can be detected by determining whether there are bytes
            // following the compression_methods"; what follows must be exactly one extensions block.
            if (!r.TryReadVector(2, out var block) || !r.IsEmpty)
            {
                return Bad("extensions length does not match the rest of the message");
            }

            var parsed = Extension.ParseBlock(block);
            if (!parsed.IsDone)
            {
                return parsed.Cast<ClientHello>();
            }

            extensions = parsed.Value!;
        }

        return ParseResult<ClientHello>.Ok(
            new ClientHello(version, random.ToArray(), sessionId.ToArray(), ReadSuites(suites), compression.ToArray(), extensions),
            body.Length);
    }

    private static List<ushort> ReadSuites(ReadOnlySpan<byte> suites)
    {
        var list = new List<ushort>(suites.Length / CipherSuiteLength);
        var r = new WireReader(suites);
        while (r.TryReadUInt16(out var suite))
        {
            list.Add(suite);
        }

        return list;
    }

    private static ParseResult<ClientHello> Bad(string error) => ParseResult<ClientHello>.Malformed(error);
}
