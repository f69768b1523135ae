namespace TlsDoctor.Tls.Tests.Support;

/// <summary>Hex as RFC test vectors print it (spaces and line breaks allowed), and big-endian length fields.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) =>
        Convert.FromHexString(string.Concat(hex.Where(c => !char.IsWhiteSpace(c))));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>A two-byte big-endian length, for length fields around variable-size data (DER certificates).</summary>
    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    /// <summary>A three-byte big-endian length (RFC 8446 §3 uint24).</summary>
    public static byte[] U24(int value) => [(byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
