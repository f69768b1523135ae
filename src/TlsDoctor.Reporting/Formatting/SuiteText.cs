using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>Short names for the parts of a cipher suite, as the IANA names spell them ("ECDHE", "AES_GCM", "SHA256").</summary>
internal static class SuiteText
{
    public static string KeyExchange(CipherSuite suite) => suite.KeyExchange switch
    {
        Tls.Registry.KeyExchange.RsaExport => "RSA_EXPORT",
        Tls.Registry.KeyExchange.DhePsk => "DHE_PSK",
        Tls.Registry.KeyExchange.EcdhePsk => "ECDHE_PSK",
        Tls.Registry.KeyExchange.RsaPsk => "RSA_PSK",
        Tls.Registry.KeyExchange.Any => "any",
        var k => k.ToString().ToUpperInvariant(),
    };

    public static string Authentication(CipherSuite suite) => suite.Authentication switch
    {
        Tls.Registry.Authentication.Anonymous => "anon",
        Tls.Registry.Authentication.Dss => "DSS",
        Tls.Registry.Authentication.Any => "any",
        var a => a.ToString().ToUpperInvariant(),
    };

    /// <summary>Bulk cipher with its mode when the mode matters: "AES_GCM", "3DES_CBC", "CHACHA20_POLY1305", "RC4".</summary>
    public static string Cipher(CipherSuite suite)
    {
        var cipher = suite.Cipher switch
        {
            BulkCipher.TripleDes => "3DES",
            BulkCipher.Gost28147 => "GOST28147",
            var c => c.ToString().ToUpperInvariant(),
        };
        return suite.Mode is CipherMode.None or CipherMode.Stream
            ? cipher
            : $"{cipher}_{suite.Mode.ToString().ToUpperInvariant()}";
    }

    public static string Mac(CipherSuite suite) => suite.Mac.ToString().ToUpperInvariant();
}
