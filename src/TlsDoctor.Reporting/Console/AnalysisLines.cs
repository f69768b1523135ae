using Spectre.Console;
using Spectre.Console.Rendering;
using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// A chain's diagnosis on the console, for scan and cert reports alike: the verdict in colour (green OK, yellow
/// warnings, red broken), the store it was judged against, then each problem — "✗ expired: …" with "fix: …"
/// under it; advice (Info) in dim text.
/// </summary>
internal static class AnalysisLines
{
    public const string ProblemMark = "✗";
    public const string AdviceMark = "·";

    public static void Write(IAnsiConsole console, ChainAnalysis analysis)
    {
        console.Write(new Text($"  {Printable.Of(analysis.Verdict)}\n", VerdictStyle(analysis)));
        console.Write(new Text($"  checked against {Printable.Of(analysis.TrustStoreDescription)}\n", Palette.Dim));
        if (analysis.Problems.Count == 0)
        {
            return;
        }

        var grid = new Grid();
        grid.AddColumn(new GridColumn().Padding(2, 0, 1, 0).NoWrap());
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        foreach (var problem in analysis.Problems)
        {
            AddProblem(grid, problem);
        }

        console.Write(grid);
    }

    /// <summary>Green when nothing needs doing, yellow for warnings only, red when anything is an error.</summary>
    public static Style VerdictStyle(ChainAnalysis analysis) =>
        analysis.Problems.Any(p => p.Severity == Severity.Error) ? Palette.Bad
        : analysis.Problems.Any(p => p.Severity == Severity.Warning) ? Palette.Warn
        : Palette.Good;

    private static void AddProblem(Grid grid, CertificateProblem problem)
    {
        var (mark, style) = problem.Severity switch
        {
            Severity.Error => (ProblemMark, Palette.Bad),
            Severity.Warning => (ProblemMark, Palette.Warn),
            _ => (AdviceMark, Palette.Dim),
        };
        var textStyle = problem.Severity == Severity.Info ? Palette.Dim : Palette.Plain;
        IRenderable line = new Paragraph()
            .Append(problem.Code, style)
            .Append($": {Printable.Of(problem.Summary)}", textStyle);
        grid.AddRow(new Text(mark, style), line);
        if (problem.Fix.Length > 0)
        {
            grid.AddRow(new Text(""), new Text($"fix: {Printable.Of(problem.Fix)}", textStyle));
        }
    }
}
