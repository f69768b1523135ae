using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>A client's first message: a ClientHello (with the record version it came in) or an SSLv2 CLIENT-HELLO.</summary>
public sealed record ReceivedHello(ClientHello? Tls, SslV2ClientHelloFields? SslV2, ushort RecordVersion);

/// <summary>
/// Reads the client's first message from the bytes received so far. Pure: the connection calls it again as more
/// bytes arrive, until it is Done (a hello), or Invalid (not a hello; the connection is closed).
/// </summary>
public static class ClientHelloReader
{
    /// <summary>draft-hickman-netscape-ssl-00: a two-byte record header (high bit set), then MSG-CLIENT-HELLO.</summary>
    private const int SslV2MessageTypeOffset = SslV2Record.ShortHeaderLength;

    public static ParseResult<ReceivedHello> TryRead(ReadOnlySpan<byte> received)
    {
        if (received.IsEmpty)
        {
            return ParseResult<ReceivedHello>.Truncated("nothing received");
        }

        if ((received[0] & 0x80) != 0)
        {
            if (received.Length > SslV2MessageTypeOffset && received[SslV2MessageTypeOffset] != (byte)SslV2MessageType.ClientHello)
            {
                return ParseResult<ReceivedHello>.Malformed("an SSLv2 record that is not CLIENT-HELLO");
            }

            var v2 = SslV2ClientHello.TryParse(received);
            return v2.IsDone
                ? ParseResult<ReceivedHello>.Ok(new ReceivedHello(null, v2.Value, 0), v2.Consumed)
                : v2.Cast<ReceivedHello>();
        }

        // RFC 8446 §5.1: the ClientHello may span several handshake records.
        var handshake = new List<byte>();
        ushort recordVersion = 0;
        var offset = 0;
        while (true)
        {
            var record = TlsRecord.TryParse(received[offset..]);
            if (!record.IsDone)
            {
                return record.Cast<ReceivedHello>();
            }

            if (record.Value!.Type != ContentType.Handshake)
            {
                return ParseResult<ReceivedHello>.Malformed($"a {record.Value.Type} record before the ClientHello");
            }

            recordVersion = offset == 0 ? record.Value.Version : recordVersion;
            handshake.AddRange(record.Value.Fragment);
            offset += record.Consumed;
            var hello = ClientHello.TryParse(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(handshake));
            if (hello.Status != ParseStatus.NeedMoreData)
            {
                return hello.IsDone
                    ? ParseResult<ReceivedHello>.Ok(new ReceivedHello(hello.Value, null, recordVersion), offset)
                    : hello.Cast<ReceivedHello>();
            }
        }
    }
}
