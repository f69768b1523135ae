using System.Globalization;
using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Console;

/// <summary>One target: its header and every section, or the single line that says why its scan failed.</summary>
internal static class TargetSection
{
    /// <summary>"127.0.0.1:14448 — not TLS: the service answered with plain HTTP ('HTTP/1.1 400 Bad Request')".</summary>
    public static string FailureLine(ServerScanResult result) => $"{result.Target.Display} — {FailureText.Cause(result)}";

    public static void WriteFailed(IAnsiConsole console, ServerScanResult result)
    {
        var style = result.Outcome == ScanOutcome.Unreachable ? Palette.Warn : Palette.Bad;
        var line = FailureLine(result);

        // The cause is one line, for people and for grep: widen the layout rather than let it wrap.
        var width = console.Profile.Width;
        console.Profile.Width = Math.Max(width, line.Length + 1);
        console.Write(new Text(line + "\n", style));
        console.Profile.Width = width;
    }

    /// <param name="assessment">The target's grade and policy results; null when the report carries none.</param>
    public static void WriteCompleted(IAnsiConsole console, ServerScanResult result, TargetAssessment? assessment = null)
    {
        WriteHeader(console, result);
        ProtocolSection.Write(console, result);
        KeyExchangeSection.Write(console, result);
        FeatureSection.Write(console, result);
        CertificateSection.Write(console, result);
        VulnerabilitySection.Write(console, result);
        HttpSection.Write(console, result);
        if (assessment?.Grade is { } grade)
        {
            GradeSection.Write(console, grade);
        }

        foreach (var compliance in assessment?.Compliance ?? [])
        {
            PolicySection.Write(console, compliance);
        }

        FeatureSection.WriteProbeFailures(console, result);
    }

    private static void WriteHeader(IAnsiConsole console, ServerScanResult result)
    {
        console.Write(new Text(result.Target.Display + "\n", Palette.Heading));
        var grid = Labels();
        AddRow(grid, "Address", result.Address ?? "(not resolved)");
        AddRow(grid, "SNI", result.Target.ServerName ?? "(none)");
        AddRow(grid, "Started", result.StartedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        AddRow(grid, "Duration", $"{Duration(result.Duration)}, {result.Connections} connection{(result.Connections == 1 ? "" : "s")}");
        console.Write(grid);
    }

    /// <summary>A two-column label/value grid, indented under a heading.</summary>
    public static Grid Labels()
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().Padding(2, 0, 2, 0).NoWrap());
        grid.AddColumn(new GridColumn());
        return grid;
    }

    public static void AddRow(Grid grid, string label, string value, Style? style = null) =>
        grid.AddRow(new Text(label, Palette.Dim), new Text(value, style ?? Palette.Plain));

    /// <summary>A heading line with a blank line above it.</summary>
    public static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.Write(new Text(text + "\n", Palette.Heading));
    }

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 1
        ? $"{duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";

    public static string YesNo(bool value) => value ? "yes" : "no";
}
