using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Extensions;

/// <summary>One hello extension: its type (kept even when unknown) and raw data.</summary>
public sealed record Extension(ushort Type, byte[] Data)
{
    // RFC 8446 §4.2:
    //   struct {
    //       ExtensionType extension_type;          2 bytes
    //       opaque extension_data<0..2^16-1>;      2-byte length + data
    //   } Extension;
    public const int TypeLength = 2;
    public const int LengthFieldLength = 2;

    public ExtensionType KnownType => (ExtensionType)Type;

    /// <summary>
    /// Parses an extensions block (the bytes inside its two-byte length). The block's length was already
    /// checked by the caller, so a short read here is malformed, not truncated.
    /// </summary>
    public static ParseResult<IReadOnlyList<Extension>> ParseBlock(ReadOnlySpan<byte> block)
    {
        var reader = new WireReader(block);
        var list = new List<Extension>();
        var seen = new HashSet<ushort>();
        while (!reader.IsEmpty)
        {
            if (!reader.TryReadUInt16(out var type) || !reader.TryReadVector(LengthFieldLength, out var data))
            {
                return ParseResult<IReadOnlyList<Extension>>.Malformed("extension overruns the extensions block");
            }

            // RFC 8446 §4.2: "There MUST NOT be more than one extension of the same type in a given extension block."
            if (!seen.Add(type))
            {
                return ParseResult<IReadOnlyList<Extension>>.Malformed($"extension 0x{type:x4} appears twice");
            }

            list.Add(new Extension(type, data.ToArray()));
        }

        return ParseResult<IReadOnlyList<Extension>>.Ok(list, block.Length);
    }
}
