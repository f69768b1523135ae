namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>
/// A GnuTLS priority string that offers exactly one suite, built from its IANA name
/// ("TLS_{kx}_WITH_{cipher}_{mac}"): GnuTLS 3.7 cannot name suites in a priority string, only their parts.
/// </summary>
public static class GnuTlsSuite
{
    private static readonly Dictionary<string, string> KeyExchanges = new()
    {
        ["RSA"] = "RSA",
        ["ECDHE_RSA"] = "ECDHE-RSA",
        ["ECDHE_ECDSA"] = "ECDHE-ECDSA",
        ["DHE_RSA"] = "DHE-RSA",
    };

    // (IANA bulk cipher, GnuTLS cipher, AEAD?) — longest IANA names first so prefixes do not shadow them.
    private static readonly (string Iana, string GnuTls, bool Aead)[] Ciphers =
    [
        ("CHACHA20_POLY1305", "CHACHA20-POLY1305", true),
        ("AES_128_GCM", "AES-128-GCM", true),
        ("AES_256_GCM", "AES-256-GCM", true),
        ("AES_128_CCM", "AES-128-CCM", true),
        ("AES_256_CCM", "AES-256-CCM", true),
        ("AES_128_CBC", "AES-128-CBC", false),
        ("AES_256_CBC", "AES-256-CBC", false),
        ("3DES_EDE_CBC", "3DES-CBC", false),
        ("RC4_128", "ARCFOUR-128", false),
    ];

    private static readonly Dictionary<string, string> Macs = new()
    {
        ["SHA"] = "SHA1",
        ["SHA256"] = "SHA256",
        ["SHA384"] = "SHA384",
        ["MD5"] = "MD5",
    };

    /// <summary>The GnuTLS cipher name ("3DES-CBC") inside a suite's IANA name, as gnutls-cli prints it.</summary>
    public static string CipherName(string ianaSuite) => Parse(ianaSuite).Cipher;

    /// <summary>A priority string allowing only <paramref name="protocol"/> (TLSv1.0–1.2) and <paramref name="ianaSuite"/>.</summary>
    public static string Priority(string protocol, string ianaSuite)
    {
        var (kx, cipher, mac) = Parse(ianaSuite);
        var version = protocol switch
        {
            LabProtocols.Tls10 => "VERS-TLS1.0",
            LabProtocols.Tls11 => "VERS-TLS1.1",
            LabProtocols.Tls12 => "VERS-TLS1.2",
            _ => throw new ArgumentException($"GnuTlsSuite covers TLS 1.0–1.2, not {protocol}", nameof(protocol)),
        };
        return $"NORMAL:-VERS-ALL:+{version}:-CIPHER-ALL:+{cipher}:-MAC-ALL:+{mac}:-KX-ALL:+{kx}";
    }

    private static (string Kx, string Cipher, string Mac) Parse(string ianaSuite)
    {
        const string prefix = "TLS_";
        const string with = "_WITH_";
        var split = ianaSuite.IndexOf(with, StringComparison.Ordinal);
        if (!ianaSuite.StartsWith(prefix, StringComparison.Ordinal) || split < 0)
        {
            throw new ArgumentException($"not a TLS 1.0–1.2 IANA suite name: {ianaSuite}", nameof(ianaSuite));
        }

        var kx = ianaSuite[prefix.Length..split];
        var rest = ianaSuite[(split + with.Length)..];
        foreach (var (iana, gnuTls, aead) in Ciphers)
        {
            if (rest == iana || rest.StartsWith(iana + "_", StringComparison.Ordinal))
            {
                var mac = aead ? "AEAD" : Macs.GetValueOrDefault(rest[(iana.Length + 1)..]);
                if (KeyExchanges.TryGetValue(kx, out var gnuKx) && mac is not null)
                {
                    return (gnuKx, gnuTls, mac);
                }
            }
        }

        throw new ArgumentException($"no GnuTLS priority mapping for {ianaSuite}", nameof(ianaSuite));
    }
}
