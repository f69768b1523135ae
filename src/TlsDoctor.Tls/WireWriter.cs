using System.Buffers.Binary;

namespace TlsDoctor.Tls;

/// <summary>
/// Big-endian writer with length-prefixed scopes: <c>using (w.Vector(2)) { ... }</c> writes a two-byte length
/// placeholder and fills it in when the scope ends, so no writer computes a length by hand.
/// </summary>
public sealed class WireWriter
{
    private byte[] _buffer;

    public WireWriter(int capacity = 512) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void WriteUInt8(byte value) => Reserve(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), value);

    public void WriteUInt24(int value)
    {
        var span = Reserve(3);
        span[0] = (byte)(value >> 16);
        span[1] = (byte)(value >> 8);
        span[2] = (byte)value;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    /// <summary>Starts an opaque vector with a <paramref name="lengthBytes"/>-byte length filled in on dispose.</summary>
    public VectorScope Vector(int lengthBytes)
    {
        var at = Length;
        Reserve(lengthBytes);
        return new VectorScope(this, at, lengthBytes);
    }

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void Patch(int at, int lengthBytes)
    {
        var length = Length - at - lengthBytes;
        var max = lengthBytes switch { 1 => 0xFF, 2 => 0xFFFF, _ => 0xFFFFFF };
        if (length > max)
        {
            throw new InvalidOperationException($"vector of {length} bytes does not fit a {lengthBytes}-byte length");
        }

        for (var i = 0; i < lengthBytes; i++)
        {
            _buffer[at + i] = (byte)(length >> (8 * (lengthBytes - 1 - i)));
        }
    }

    /// <summary>Fills in a vector's length when disposed.</summary>
    public readonly struct VectorScope(WireWriter writer, int at, int lengthBytes) : IDisposable
    {
        public void Dispose() => writer.Patch(at, lengthBytes);
    }
}
