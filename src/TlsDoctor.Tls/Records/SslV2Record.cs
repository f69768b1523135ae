namespace TlsDoctor.Tls.Records;

/// <summary>
/// SSLv2 record framing (draft-hickman-netscape-ssl-00, "SSL Record Header"): a two-byte header with the high bit
/// set (no padding) or a three-byte header (with padding), then the message.
/// </summary>
public sealed record SslV2Record(byte[] Message, int Padding)
{
    /// <summary>Two-byte header: high bit set, 15-bit length.</summary>
    public const int ShortHeaderLength = 2;

    /// <summary>Three-byte header: high bit clear, 14-bit length, then a padding byte count.</summary>
    public const int LongHeaderLength = 3;

    public const int MaxShortLength = 0x7FFF;

    /// <summary>
    /// Reads one SSLv2 record. The caller must already believe the peer speaks SSLv2 (a TLS record can
    /// look like a long SSLv2 header); this only checks the framing.
    /// </summary>
    public static ParseResult<SslV2Record> TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length < ShortHeaderLength)
        {
            return ParseResult<SslV2Record>.Truncated("SSLv2 record header");
        }

        int headerLength, length, padding = 0;
        if ((data[0] & 0x80) != 0)
        {
            headerLength = ShortHeaderLength;
            length = ((data[0] & 0x7F) << 8) | data[1];
        }
        else
        {
            if (data.Length < LongHeaderLength)
            {
                return ParseResult<SslV2Record>.Truncated("SSLv2 record header");
            }

            headerLength = LongHeaderLength;
            length = ((data[0] & 0x3F) << 8) | data[1];
            padding = data[2];
        }

        if (length == 0 || padding > length)
        {
            return ParseResult<SslV2Record>.Malformed($"SSLv2 record length {length} with padding {padding}");
        }

        if (data.Length < headerLength + length)
        {
            return ParseResult<SslV2Record>.Truncated("SSLv2 record body");
        }

        var message = data.Slice(headerLength, length - padding).ToArray();
        return ParseResult<SslV2Record>.Ok(new SslV2Record(message, padding), headerLength + length);
    }

    /// <summary>Frames a message with the two-byte header (no padding).</summary>
    public static byte[] Encode(ReadOnlySpan<byte> message)
    {
        if (message.Length > MaxShortLength)
        {
            throw new ArgumentException("SSLv2 message too long for a two-byte header", nameof(message));
        }

        var bytes = new byte[ShortHeaderLength + message.Length];
        bytes[0] = (byte)(0x80 | (message.Length >> 8));
        bytes[1] = (byte)message.Length;
        message.CopyTo(bytes.AsSpan(ShortHeaderLength));
        return bytes;
    }
}
