using System.Security.Cryptography;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>Certificate fingerprints as reports show them: lower-case hex in JSON, "AB:CD:…" on the console.</summary>
internal static class Fingerprint
{
    /// <summary>SHA-256 of <paramref name="der"/>, lower-case hex.</summary>
    public static string Hex(byte[] der) => Convert.ToHexStringLower(SHA256.HashData(der));

    /// <summary>SHA-1 of <paramref name="der"/>, lower-case hex.</summary>
#pragma warning disable CA5350 // SHA-1 fingerprints are what CA portals and older tools still show; not a security use.
    public static string Sha1Hex(byte[] der) => Convert.ToHexStringLower(SHA1.HashData(der));
#pragma warning restore CA5350

    /// <summary>"ab12cd" → "AB:12:CD", the way openssl x509 -fingerprint prints it.</summary>
    public static string WithColons(string hex) =>
        string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2).ToUpperInvariant()));
}
