using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;

namespace TlsDoctor.Reporting.Diagnosis;

/// <summary>
/// Writes a <see cref="DiagnoseReport"/> for people: the compatibility table and what-if changes when asked for, then
/// the diagnosis — root cause in one sentence first, the evidence, the fixes, and the layers as a ✓/✗/· checklist.
/// </summary>
public sealed class DiagnoseConsoleWriter
{
    public void Write(DiagnoseReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.Matrix is { } matrix)
        {
            WriteMatrix(matrix, output);
        }

        if (report.WhatIf is { } impact)
        {
            WriteWhatIf(impact, output);
        }

        WriteDiagnosis(report, output);
    }

    private static void WriteMatrix(IReadOnlyList<CompatibilityResult> matrix, TextWriter output)
    {
        var connecting = matrix.Count(r => r.Connects);
        output.WriteLine($"Compatibility: {connecting} of {matrix.Count} clients connect");
        var width = matrix.Max(r => r.Client.Id.Length);
        foreach (var r in matrix)
        {
            output.WriteLine(r.Connects
                ? $"  ✓ {r.Client.Id.PadRight(width)}  {DiagnoseText.Handshake(r)}"
                : $"  ✗ {r.Client.Id.PadRight(width)}  {DiagnoseText.FailureKey(r.Cause!.Value)}: {r.Explanation}");
        }

        output.WriteLine();
    }

    private static void WriteWhatIf(WhatIfImpact impact, TextWriter output)
    {
        output.WriteLine($"What if: {impact.Change}");
        if (impact.Lost.Count == 0 && impact.Gained.Count == 0)
        {
            output.WriteLine("  no client loses or gains access");
        }

        foreach (var r in impact.Lost)
        {
            output.WriteLine($"  loses access: {r.Client.Id} ({r.Client.Name}): {DiagnoseText.FailureKey(r.Cause!.Value)}: {r.Explanation}");
        }

        foreach (var r in impact.Gained)
        {
            output.WriteLine($"  gains access: {r.Client.Id} ({r.Client.Name}): {DiagnoseText.Handshake(r)}");
        }

        output.WriteLine();
    }

    private static void WriteDiagnosis(DiagnoseReport report, TextWriter output)
    {
        var d = report.Diagnosis;
        var which = report.ClientChosen ? "" : " (default client)";
        output.WriteLine($"Diagnosis of {d.Target} for {d.Client.Name} ({d.Client.Id}){which}");
        output.WriteLine(d.RootCause is { } cause
            ? $"Root cause [{DiagnoseText.CauseKey(cause.Cause)}]: {cause.Sentence}"
            : $"No problem for this client: {d.Client.Name} would negotiate {d.Negotiated}");
        if (d.RootCause is null && report.Matrix?.Where(r => !r.Connects && r.Cause is not null).ToList() is { Count: > 0 } failing)
        {
            // The default client gets through, but the server still has a problem: say which clients it breaks, and why.
            output.WriteLine($"But {failing.Count} other known clients cannot connect:");
            foreach (var group in failing.GroupBy(r => r.Cause!.Value))
            {
                output.WriteLine($"  {DiagnoseText.FailureKey(group.Key)}: {string.Join(", ", group.Select(r => r.Client.Id))}");
            }
        }

        output.WriteLine();
        output.WriteLine("Evidence:");
        foreach (var e in d.Evidence)
        {
            output.WriteLine($"  - {e}");
        }

        WriteFixes(d, output);
        output.WriteLine();
        output.WriteLine("Layers:");
        var width = d.Layers.Max(l => l.Name.Length);
        foreach (var layer in d.Layers)
        {
            output.WriteLine($"  {DiagnoseText.Mark(layer.Status)} {layer.Name.PadRight(width)}  {layer.Evidence}");
        }
    }

    private static void WriteFixes(ClientDiagnosis d, TextWriter output)
    {
        if (d.Fixes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Fixes:");
        var server = d.Fixes.Where(f => f.Side == FixSide.Server).ToList();
        if (server.Count > 0)
        {
            var variants = server.Count > 1 || server[0].For != "server";
            output.WriteLine(d.Software is { } sw ? $"  Server ({ServerSoftwareDetector.Name(sw)}):"
                : variants ? $"  Server ({DiagnoseText.SoftwareNotDetected}):" : "  Server:");
            foreach (var f in server)
            {
                output.WriteLine($"    {f.For}: {f.Text}");
            }
        }

        var client = d.Fixes.Where(f => f.Side == FixSide.Client).ToList();
        if (client.Count > 0)
        {
            output.WriteLine("  Client:");
            foreach (var f in client)
            {
                output.WriteLine($"    {f.For}: {f.Text}");
            }
        }
    }
}
