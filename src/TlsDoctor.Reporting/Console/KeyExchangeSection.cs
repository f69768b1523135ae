using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Console;

/// <summary>Named groups and DH parameters per protocol, and the signature schemes the server signs with.</summary>
internal static class KeyExchangeSection
{
    private const int WeakDhBits = 1024;
    private const int LegacyDhBits = 2048;

    public static void Write(IAnsiConsole console, ServerScanResult result)
    {
        var keyExchange = result.KeyExchange;
        if (keyExchange is { Groups.Count: > 0 })
        {
            TargetSection.Heading(console, "Groups");
            var grid = TargetSection.Labels();
            grid.AddColumn(new GridColumn());
            foreach (var g in keyExchange.Groups.OrderBy(g => (ushort)g.Version))
            {
                var order = g.ServerOrder switch { true => "server order", false => "client order", null => "order unknown" };
                grid.AddRow(
                    new Text(g.Version.Name(), Palette.Dim),
                    new Text(g.Groups.Count == 0 ? "none" : string.Join(", ", g.Groups.Select(RegistryNames.Group))),
                    new Text($"({order})", Palette.Dim));
            }

            console.Write(grid);
        }

        if (keyExchange is { DhParameters.Count: > 0 })
        {
            TargetSection.Heading(console, "DH parameters");
            var grid = TargetSection.Labels();
            foreach (var dh in keyExchange.DhParameters)
            {
                var style = dh.PrimeBits < WeakDhBits ? Palette.Bad : dh.PrimeBits < LegacyDhBits ? Palette.Warn : Palette.Plain;
                var known = dh.KnownGroup is null ? "" : $" ({dh.KnownGroup})";
                TargetSection.AddRow(grid, dh.Version.Name(), $"{dh.PrimeBits}-bit prime{known}, generator {dh.GeneratorValue}", style);
            }

            console.Write(grid);
        }

        if (result.SignatureSchemes.Count > 0)
        {
            TargetSection.Heading(console, "Signature schemes");
            var grid = TargetSection.Labels();
            foreach (var s in result.SignatureSchemes)
            {
                var schemes = s.Schemes.Count == 0 ? "none" : string.Join(", ", s.Schemes.Select(RegistryNames.Scheme));
                TargetSection.AddRow(grid, $"{s.Version.Name()} {s.CertificateType}", schemes);
            }

            console.Write(grid);
        }
    }
}
