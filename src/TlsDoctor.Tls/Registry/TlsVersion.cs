namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Protocol versions as they appear on the wire (RFC 8446 §4.1.2 legacy_version / supported_versions;
/// SSLv2 has no such field and uses 0x0002, the value its CLIENT-HELLO carries).
/// </summary>
public enum TlsVersion : ushort
{
    SSLv2 = 0x0002,
    SSLv3 = 0x0300,
    Tls10 = 0x0301,
    Tls11 = 0x0302,
    Tls12 = 0x0303,
    Tls13 = 0x0304,
}

/// <summary>Display names and ordering for <see cref="TlsVersion"/>.</summary>
public static class TlsVersions
{
    /// <summary>Every version the scanner probes, oldest first.</summary>
    public static IReadOnlyList<TlsVersion> All { get; } =
        [TlsVersion.SSLv2, TlsVersion.SSLv3, TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12, TlsVersion.Tls13];

    /// <summary>The name used in reports and JSON: "SSLv2", "SSLv3", "TLSv1.0" … "TLSv1.3".</summary>
    public static string Name(this TlsVersion version) => version switch
    {
        TlsVersion.SSLv2 => "SSLv2",
        TlsVersion.SSLv3 => "SSLv3",
        TlsVersion.Tls10 => "TLSv1.0",
        TlsVersion.Tls11 => "TLSv1.1",
        TlsVersion.Tls12 => "TLSv1.2",
        TlsVersion.Tls13 => "TLSv1.3",
        _ => $"0x{(ushort)version:x4} (unknown)",
    };

    /// <summary>Parses a report name ("TLSv1.2", also "tls1.2", "1.2", "ssl3").</summary>
    public static bool TryParse(string text, out TlsVersion version)
    {
        var t = text.Trim().ToUpperInvariant().Replace("_", ".", StringComparison.Ordinal);
        version = t switch
        {
            "SSLV2" or "SSL2" or "SSL2.0" => TlsVersion.SSLv2,
            "SSLV3" or "SSL3" or "SSL3.0" => TlsVersion.SSLv3,
            "TLSV1.0" or "TLSV1" or "TLS1.0" or "TLS1" or "1.0" => TlsVersion.Tls10,
            "TLSV1.1" or "TLS1.1" or "1.1" => TlsVersion.Tls11,
            "TLSV1.2" or "TLS1.2" or "1.2" => TlsVersion.Tls12,
            "TLSV1.3" or "TLS1.3" or "1.3" => TlsVersion.Tls13,
            _ => 0,
        };
        return version != 0;
    }

    public static bool IsKnown(ushort wire) => Enum.IsDefined((TlsVersion)wire);
}
