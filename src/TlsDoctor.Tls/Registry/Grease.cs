namespace TlsDoctor.Tls.Registry;

/// <summary>
/// GREASE values (RFC 8701 §2): {0x0A,0x0A}, {0x1A,0x1A} … {0xFA,0xFA}, reserved in the cipher suite, group,
/// signature scheme, extension and version registries so that peers learn to ignore unknown values.
/// </summary>
public static class Grease
{
    /// <summary>True for the sixteen two-byte GREASE values.</summary>
    public static bool IsGrease(ushort value) => (value & 0x0F0F) == 0x0A0A && value >> 8 == (value & 0xFF);

    /// <summary>"0x1a2b (GREASE)" or "0x1a2b (unknown)", for values no table names.</summary>
    public static string UnknownName(ushort value) =>
        IsGrease(value) ? $"0x{value:x4} (GREASE)" : $"0x{value:x4} (unknown)";
}
