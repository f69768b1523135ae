using System.Buffers.Binary;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Records;

/// <summary>One TLS record as read off the wire: type, record-layer version and the (still protected, if any) fragment.</summary>
public sealed record TlsRecord(ContentType Type, ushort Version, byte[] Fragment)
{
    // RFC 8446 §5.1:
    //   struct {
    //       ContentType type;                     1 byte
    //       ProtocolVersion legacy_record_version; 2 bytes
    //       uint16 length;                        2 bytes
    //       opaque fragment[TLSPlaintext.length];
    //   } TLSPlaintext;
    public const int TypeLength = 1;
    public const int VersionLength = 2;
    public const int LengthFieldLength = 2;
    public const int HeaderLength = TypeLength + VersionLength + LengthFieldLength;

    /// <summary>RFC 8446 §5.1: a plaintext fragment is at most 2^14 bytes.</summary>
    public const int MaxPlaintextLength = 1 << 14;

    /// <summary>RFC 8446 §5.2: a protected record may add 256 bytes; RFC 5246 §6.2.3 allowed 2048. We accept the larger.</summary>
    public const int MaxFragmentLength = MaxPlaintextLength + 2048;

    /// <summary>
    /// Reads one record from the start of <paramref name="data"/>. Invalid means "not a TLS record": an unknown
    /// content type, a version whose major byte is not 3, or a length beyond what any TLS peer may send.
    /// </summary>
    public static ParseResult<TlsRecord> TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length >= TypeLength && !IsKnownContentType(data[0]))
        {
            return ParseResult<TlsRecord>.Malformed($"content type {data[0]} is not a TLS record type");
        }

        // The major version byte is 3 for SSLv3 and every TLS version (RFC 8446 §5.1 legacy_record_version).
        if (data.Length >= TypeLength + 1 && data[TypeLength] != 3)
        {
            return ParseResult<TlsRecord>.Malformed($"record version major byte {data[TypeLength]} is not 3");
        }

        if (data.Length < HeaderLength)
        {
            return ParseResult<TlsRecord>.Truncated("record header");
        }

        var version = BinaryPrimitives.ReadUInt16BigEndian(data[TypeLength..]);
        var length = BinaryPrimitives.ReadUInt16BigEndian(data[(TypeLength + VersionLength)..]);
        if (length > MaxFragmentLength)
        {
            return ParseResult<TlsRecord>.Malformed($"record length {length} exceeds {MaxFragmentLength}");
        }

        if (data.Length < HeaderLength + length)
        {
            return ParseResult<TlsRecord>.Truncated("record fragment");
        }

        var fragment = data.Slice(HeaderLength, length).ToArray();
        return ParseResult<TlsRecord>.Ok(new TlsRecord((ContentType)data[0], version, fragment), HeaderLength + length);
    }

    /// <summary>Writes <paramref name="payload"/> as records of <paramref name="type"/>, splitting at 2^14 bytes.</summary>
    public static void Write(WireWriter writer, ContentType type, ushort version, ReadOnlySpan<byte> payload)
    {
        do
        {
            var chunk = payload[..Math.Min(payload.Length, MaxPlaintextLength)];
            writer.WriteUInt8((byte)type);   // ContentType type
            writer.WriteUInt16(version);     // legacy_record_version
            using (writer.Vector(LengthFieldLength))
            {
                writer.WriteBytes(chunk);    // fragment
            }

            payload = payload[chunk.Length..];
        }
        while (!payload.IsEmpty);
    }

    /// <summary>The record bytes for one payload.</summary>
    public static byte[] Encode(ContentType type, ushort version, ReadOnlySpan<byte> payload)
    {
        var writer = new WireWriter(payload.Length + HeaderLength);
        Write(writer, type, version, payload);
        return writer.ToArray();
    }

    public static bool IsKnownContentType(byte value) => value is >= (byte)ContentType.ChangeCipherSpec and <= (byte)ContentType.Heartbeat;
}
