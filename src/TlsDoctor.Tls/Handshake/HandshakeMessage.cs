using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>One handshake message: its type and body (without the four-byte header).</summary>
public sealed record HandshakeMessage(HandshakeType Type, byte[] Body)
{
    // RFC 8446 §4:
    //   struct {
    //       HandshakeType msg_type;    1 byte
    //       uint24 length;             3 bytes
    //       select (msg_type) { ... } body;
    //   } Handshake;
    public const int TypeLength = 1;
    public const int LengthFieldLength = 3;
    public const int HeaderLength = TypeLength + LengthFieldLength;

    /// <summary>Largest message we accept (a certificate chain of many large certificates fits well within this).</summary>
    public const int MaxBodyLength = 1 << 20;

    /// <summary>Reads one handshake message from the start of the (reassembled) handshake stream.</summary>
    public static ParseResult<HandshakeMessage> TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderLength)
        {
            return ParseResult<HandshakeMessage>.Truncated("handshake header");
        }

        var length = (data[1] << 16) | (data[2] << 8) | data[3];
        if (length > MaxBodyLength)
        {
            return ParseResult<HandshakeMessage>.Malformed($"handshake message of {length} bytes exceeds {MaxBodyLength}");
        }

        if (data.Length < HeaderLength + length)
        {
            return ParseResult<HandshakeMessage>.Truncated("handshake body");
        }

        return ParseResult<HandshakeMessage>.Ok(
            new HandshakeMessage((HandshakeType)data[0], data.Slice(HeaderLength, length).ToArray()), HeaderLength + length);
    }

    /// <summary>
    /// Frames a whole message of the expected type and hands its body to <paramref name="parseBody"/>; a prefix of
    /// the message is truncated, a body that does not parse is malformed.
    /// </summary>
    internal static ParseResult<T> TryParseAs<T>(ReadOnlySpan<byte> message, HandshakeType expected, BodyParser<T> parseBody)
    {
        var framed = TryParse(message);
        if (!framed.IsDone)
        {
            return framed.Cast<T>();
        }

        if (framed.Value!.Type != expected)
        {
            return ParseResult<T>.Malformed($"handshake type {(byte)framed.Value.Type} is not {expected}");
        }

        var body = parseBody(framed.Value.Body);
        return body.IsDone ? ParseResult<T>.Ok(body.Value!, framed.Consumed) : body;
    }

    internal delegate ParseResult<T> BodyParser<T>(ReadOnlySpan<byte> body);

    /// <summary>The message with its header, as it goes into records and into the transcript hash.</summary>
    public byte[] Encode()
    {
        var writer = new WireWriter(HeaderLength + Body.Length);
        writer.WriteUInt8((byte)Type);        // msg_type
        using (writer.Vector(LengthFieldLength))
        {
            writer.WriteBytes(Body);          // body
        }

        return writer.ToArray();
    }
}

/// <summary>
/// Joins handshake fragments from consecutive records into whole messages (RFC 8446 §5.1: a message may span
/// records, and a record may hold several messages).
/// </summary>
public sealed class HandshakeReassembler
{
    private byte[] _pending = [];

    /// <summary>Bytes received that do not yet form a whole message.</summary>
    public int PendingBytes => _pending.Length;

    /// <summary>Adds one handshake record's fragment and returns the messages it completes.</summary>
    public ParseResult<IReadOnlyList<HandshakeMessage>> Add(ReadOnlySpan<byte> fragment)
    {
        _pending = [.. _pending, .. fragment];
        var messages = new List<HandshakeMessage>();
        var offset = 0;
        while (true)
        {
            var result = HandshakeMessage.TryParse(_pending.AsSpan(offset));
            if (result.Status == ParseStatus.Invalid)
            {
                return result.Cast<IReadOnlyList<HandshakeMessage>>();
            }

            if (result.Status == ParseStatus.NeedMoreData)
            {
                break;
            }

            messages.Add(result.Value!);
            offset += result.Consumed;
        }

        _pending = _pending[offset..];
        return ParseResult<IReadOnlyList<HandshakeMessage>>.Ok(messages, fragment.Length);
    }
}
