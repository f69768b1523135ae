using System.Buffers.Binary;

namespace TlsDoctor.Tls;

/// <summary>
/// Big-endian reader over a span (RFC 8446 §3: network byte order; vectors carry a 1-, 2- or 3-byte length).
/// Every read says whether the bytes were there; callers decide whether "not there" means truncated or malformed.
/// </summary>
internal ref struct WireReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly int Remaining => _data.Length - Position;

    public readonly bool IsEmpty => Position >= _data.Length;

    public bool TryReadUInt8(out byte value)
    {
        value = 0;
        if (Remaining < 1)
        {
            return false;
        }

        value = _data[Position++];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        value = 0;
        if (Remaining < 2)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt16BigEndian(_data[Position..]);
        Position += 2;
        return true;
    }

    public bool TryReadUInt24(out int value)
    {
        value = 0;
        if (Remaining < 3)
        {
            return false;
        }

        value = (_data[Position] << 16) | (_data[Position + 1] << 8) | _data[Position + 2];
        Position += 3;
        return true;
    }

    public bool TryReadBytes(int count, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (count < 0 || Remaining < count)
        {
            return false;
        }

        value = _data.Slice(Position, count);
        Position += count;
        return true;
    }

    /// <summary>Reads an opaque vector whose length prefix is <paramref name="lengthBytes"/> (1, 2 or 3) bytes.</summary>
    public bool TryReadVector(int lengthBytes, out ReadOnlySpan<byte> value)
    {
        value = default;
        int length;
        switch (lengthBytes)
        {
            case 1:
                if (!TryReadUInt8(out var l1))
                {
                    return false;
                }

                length = l1;
                break;
            case 2:
                if (!TryReadUInt16(out var l2))
                {
                    return false;
                }

                length = l2;
                break;
            default:
                if (!TryReadUInt24(out length))
                {
                    return false;
                }

                break;
        }

        return TryReadBytes(length, out value);
    }

    public readonly ReadOnlySpan<byte> Rest => _data[Position..];
}
