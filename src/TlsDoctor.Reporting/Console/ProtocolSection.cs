using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Console;

/// <summary>The protocols table and, per protocol, the accepted cipher suites with weak ones highlighted.</summary>
internal static class ProtocolSection
{
    public static void Write(IAnsiConsole console, ServerScanResult result)
    {
        if (result.Protocols.Count > 0)
        {
            TargetSection.Heading(console, "Protocols");
            var table = new Table().AddColumns("Protocol", "Status", "Evidence");
            foreach (var p in result.Protocols.OrderBy(p => (ushort)p.Version))
            {
                var (status, style) = p.Supported
                    ? ("offered", Palette.Protocol(p.Version))
                    : p.Conclusive ? ("not offered", Palette.Plain) : ("unknown", Palette.Warn);
                table.AddRow(new Text(p.Version.Name(), style), new Text(status, style), new Text(Printable.Of(p.Evidence), Palette.Dim));
            }

            console.Write(table);
        }

        foreach (var ciphers in result.CipherSuites.OrderBy(c => (ushort)c.Version))
        {
            WriteCiphers(console, ciphers);
        }
    }

    private static void WriteCiphers(IAnsiConsole console, CipherSuitesResult ciphers)
    {
        var order = ciphers.Order switch
        {
            CipherOrder.Server => "server order",
            CipherOrder.Client => "client order",
            _ => "order unknown",
        };
        TargetSection.Heading(console, $"{ciphers.Version.Name()} cipher suites ({order})");
        if (ciphers.Accepted.Count == 0)
        {
            console.Write(new Text("  none accepted\n", Palette.Dim));
        }
        else
        {
            var table = new Table().AddColumns("IANA name", "OpenSSL name", "Kx", "Bits", "FS", "AEAD", "Note");
            foreach (var suite in ciphers.Accepted)
            {
                var (style, note) = Palette.Suite(suite);
                table.AddRow(
                    new Text(suite.IanaName, style),
                    new Text(suite.OpenSslName ?? "-"),
                    new Text(SuiteText.KeyExchange(suite)),
                    new Text(suite.CipherBits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(TargetSection.YesNo(suite.ForwardSecrecy)),
                    new Text(TargetSection.YesNo(suite.IsAead)),
                    new Text(note, style));
            }

            console.Write(table);
        }

        if (ciphers.Undecided.Count > 0)
        {
            var names = string.Join(", ", ciphers.Undecided.Select(s => s.IanaName));
            console.Write(new Text($"  undecided (timeouts or resets): {names}\n", Palette.Warn));
        }
    }
}
