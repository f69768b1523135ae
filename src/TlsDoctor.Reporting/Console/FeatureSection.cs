using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Console;

/// <summary>ALPN, protocol features and the probes that could not finish.</summary>
internal static class FeatureSection
{
    public static void Write(IAnsiConsole console, ServerScanResult result)
    {
        if (result.Alpn is { } alpn)
        {
            TargetSection.Heading(console, "ALPN");
            var text = alpn.Protocols.Count == 0 ? "none (the server ignores ALPN)" : Printable.Of(string.Join(", ", alpn.Protocols));
            console.Write(new Text($"  {text}\n"));
        }

        if (result.Features is not { } f)
        {
            return;
        }

        TargetSection.Heading(console, "Features");
        var table = new Table().AddColumns("Feature", "Result");
        // Each row: the answer, and which answer is the good one (null: neither is good or bad in itself).
        Row(table, "TLS compression (CRIME)", f.Compression, good: false);
        Row(table, "Secure renegotiation (RFC 5746)", f.SecureRenegotiation, good: true);
        Row(table, "Extended master secret (RFC 7627)", f.ExtendedMasterSecret, good: true);
        Row(table, "Encrypt-then-MAC (RFC 7366)", f.EncryptThenMac, good: null);
        Row(table, "Session tickets (RFC 5077)", f.SessionTicket, good: null);
        Row(table, "Session ID resumption", f.SessionId, good: null);
        Row(table, "OCSP stapling", f.OcspStapling, good: null);
        Row(table, "Heartbeat (RFC 6520)", f.Heartbeat, good: false);
        Row(table, "TLS_FALLBACK_SCSV (RFC 7507)", f.FallbackScsv, good: true);
        console.Write(table);
    }

    public static void WriteProbeFailures(IAnsiConsole console, ServerScanResult result)
    {
        if (result.ProbeFailures.Count == 0)
        {
            return;
        }

        TargetSection.Heading(console, "Probe failures");
        var grid = TargetSection.Labels();
        foreach (var failure in result.ProbeFailures)
        {
            TargetSection.AddRow(grid, Printable.Of(failure.Probe), FailureText.Error(failure.Error), Palette.Warn);
        }

        console.Write(grid);
    }

    private static void Row(Table table, string feature, bool? value, bool? good)
    {
        var (text, style) = value switch
        {
            null => ("not testable", Palette.Dim),
            { } v when good is null => (TargetSection.YesNo(v), Palette.Plain),
            { } v => (TargetSection.YesNo(v), v == good ? Palette.Good : Palette.Bad),
        };
        table.AddRow(new Text(feature), new Text(text, style));
    }
}
