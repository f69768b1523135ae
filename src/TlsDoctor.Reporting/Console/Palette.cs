using Spectre.Console;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// The report's colours and what earns them. A first cut of judgement for display only; grading proper belongs in
/// Analysis. With colour off every style renders as plain text.
/// </summary>
internal static class Palette
{
    public static readonly Style Bad = new(Color.Red);
    public static readonly Style Warn = new(Color.Yellow);
    public static readonly Style Good = new(Color.Green);
    public static readonly Style Plain = Style.Plain;
    public static readonly Style Heading = new(decoration: Decoration.Bold);
    public static readonly Style Dim = new(decoration: Decoration.Dim);

    /// <summary>Offered SSLv2/SSLv3 red, TLS 1.0/1.1 yellow, TLS 1.2/1.3 green.</summary>
    public static Style Protocol(TlsVersion version) => version switch
    {
        TlsVersion.SSLv2 or TlsVersion.SSLv3 => Bad,
        TlsVersion.Tls10 or TlsVersion.Tls11 => Warn,
        TlsVersion.Tls12 or TlsVersion.Tls13 => Good,
        _ => Plain,
    };

    /// <summary>The suite's style and, when it is weak, the short reason shown beside it.</summary>
    public static (Style Style, string Note) Suite(CipherSuite suite)
    {
        if (suite.IsNullCipher)
        {
            return (Bad, "NULL cipher");
        }

        if (suite.Export || suite.KeyExchange == KeyExchange.RsaExport)
        {
            return (Bad, "export");
        }

        if (suite.IsAnonymous && !suite.IsSignalling)
        {
            return (Bad, "anonymous");
        }

        return suite.Cipher switch
        {
            BulkCipher.Rc4 => (Bad, "RC4"),
            BulkCipher.Rc2 => (Bad, "RC2"),
            BulkCipher.Des or BulkCipher.Des40 => (Bad, "DES"),
            BulkCipher.TripleDes => (Warn, "3DES"),
            _ when suite.Mode == CipherMode.Cbc && suite.Mac is MacAlgorithm.Sha1 or MacAlgorithm.Md5 =>
                (Warn, $"CBC-{suite.Mac.ToString().ToUpperInvariant()}"),
            _ => (Plain, ""),
        };
    }
}
