using System.Buffers.Binary;

namespace TlsDoctor.Tls.Heartbeat;

/// <summary>HeartbeatMessageType (RFC 6520 §3): unknown values are kept as read (§4 says to drop such messages).</summary>
public enum HeartbeatMessageType : byte
{
    Request = 1,
    Response = 2,
}

/// <summary>
/// The header of one heartbeat record's fragment and how its claimed payload compares with what the record
/// carries. The payload itself is not kept: a scanner that sees a Heartbleed answer must not hold the leaked bytes.
/// </summary>
/// <param name="PayloadLength">payload_length as claimed.</param>
/// <param name="Carried">Bytes after the header the record really carries (payload and padding together).</param>
public sealed record HeartbeatMessage(HeartbeatMessageType Type, int PayloadLength, int Carried)
{
    // RFC 6520 §4:
    //   struct {
    //      HeartbeatMessageType type;              1 byte
    //      uint16 payload_length;                  2 bytes
    //      opaque payload[HeartbeatMessage.payload_length];
    //      opaque padding[padding_length];         at least 16 bytes
    //   } HeartbeatMessage;
    public const int TypeLength = 1;
    public const int PayloadLengthLength = 2;
    public const int HeaderLength = TypeLength + PayloadLengthLength;

    /// <summary>RFC 6520 §4: "The padding_length MUST be at least 16."</summary>
    public const int MinPaddingLength = 16;

    /// <summary>RFC 6520 §4: "The total length of a HeartbeatMessage MUST NOT exceed 2^14."</summary>
    public const int MaxLength = 1 << 14;

    /// <summary>Largest payload a well-formed message can carry: the 2^14 limit less the header and the minimum padding.</summary>
    public const int MaxPayloadLength = MaxLength - HeaderLength - MinPaddingLength;

    /// <summary>
    /// True when the claimed payload and the minimum padding fit in what the record carries. RFC 6520 §4: a
    /// message whose payload_length is too large "MUST be discarded silently" — the check Heartbleed lacked.
    /// </summary>
    public bool IsWellFormed => PayloadLength + MinPaddingLength <= Carried;

    /// <summary>Bytes a peer that trusts payload_length must copy from beyond this record to answer it.</summary>
    public int OverClaim => Math.Max(0, PayloadLength - Carried);

    /// <summary>
    /// Reads the header of a heartbeat record's fragment (the whole fragment: its length is what the record carries).
    /// Fewer than three bytes is truncated; any claim is accepted here, <see cref="IsWellFormed"/> judges it.
    /// </summary>
    public static ParseResult<HeartbeatMessage> TryParse(ReadOnlySpan<byte> fragment)
    {
        if (fragment.Length < HeaderLength)
        {
            return ParseResult<HeartbeatMessage>.Truncated("heartbeat message header");
        }

        var type = (HeartbeatMessageType)fragment[0];
        var payloadLength = BinaryPrimitives.ReadUInt16BigEndian(fragment[TypeLength..]);
        return ParseResult<HeartbeatMessage>.Ok(new HeartbeatMessage(type, payloadLength, fragment.Length - HeaderLength), fragment.Length);
    }

    /// <summary>A well-formed message: <paramref name="payload"/> with its true length, then <paramref name="padding"/> (at least 16 bytes).</summary>
    public static byte[] Encode(HeartbeatMessageType type, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> padding)
    {
        if (padding.Length < MinPaddingLength)
        {
            throw new ArgumentException($"RFC 6520 §4: padding must be at least {MinPaddingLength} bytes", nameof(padding));
        }

        if (HeaderLength + payload.Length + padding.Length > MaxLength)
        {
            throw new ArgumentException($"RFC 6520 §4: a heartbeat message is at most {MaxLength} bytes", nameof(payload));
        }

        return EncodeAsClaimed(type, (ushort)payload.Length, [.. payload, .. padding]);
    }

    /// <summary>
    /// Writes exactly what it is told: <paramref name="payloadLength"/> as the claim, then <paramref name="carried"/>,
    /// whatever their relation. This is how a probe builds a request that over-claims (Heartbleed, CVE-2014-0160).
    /// </summary>
    public static byte[] EncodeAsClaimed(HeartbeatMessageType type, ushort payloadLength, ReadOnlySpan<byte> carried)
    {
        var writer = new WireWriter(HeaderLength + carried.Length);
        writer.WriteUInt8((byte)type);     // HeartbeatMessage.type
        writer.WriteUInt16(payloadLength); // HeartbeatMessage.payload_length
        writer.WriteBytes(carried);        // payload and padding, as many bytes as given
        return writer.ToArray();
    }
}
