using Spectre.Console;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Console;

/// <summary>The human-readable report: per target a header and tables, or one line saying why the scan failed.</summary>
public sealed class ConsoleReportWriter(ConsoleReportOptions? options = null) : IReportWriter
{
    private ConsoleReportOptions Options { get; } = options ?? new ConsoleReportOptions();

    public void Write(ScanReport report, TextWriter output)
    {
        var console = ConsoleFactory.Create(output, Options);
        var previousWasBlock = false;
        for (var i = 0; i < report.Targets.Count; i++)
        {
            var result = report.Targets[i];
            var isBlock = result.Outcome == ScanOutcome.Completed;
            if (isBlock || previousWasBlock)
            {
                console.WriteLine();
            }

            if (isBlock)
            {
                TargetSection.WriteCompleted(console, result, i < report.Assessments.Count ? report.Assessments[i] : null);
            }
            else
            {
                TargetSection.WriteFailed(console, result);
            }

            previousWasBlock = isBlock;
        }

        if (report.Targets.Count > 1)
        {
            WriteVerdicts(console, report);
            console.WriteLine();
            console.Write(new Text(Summary(report) + "\n", Palette.Heading));
        }

        output.Flush();
    }

    /// <summary>With several targets, one line each with its grade and policy verdicts, so a long report ends with the overview.</summary>
    private static void WriteVerdicts(IAnsiConsole console, ScanReport report)
    {
        var assessed = report.Targets.Zip(report.Assessments).Where(p => p.Second.Grade is not null || p.Second.Compliance.Count > 0).ToList();
        if (assessed.Count == 0)
        {
            return;
        }

        console.WriteLine();
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn().NoWrap());
        grid.AddColumn(new GridColumn());
        foreach (var (target, assessment) in assessed)
        {
            var grade = assessment.Grade is { } g ? new Text($"grade {g.Letter.Show()}", GradeSection.LetterStyle(g.Letter)) : new Text("");
            var policies = new Paragraph();
            foreach (var c in assessment.Compliance)
            {
                policies.Append(policies.Length == 0 ? "" : ", ").Append($"{Printable.Of(c.Profile.Title)} ").Append(
                    c.Passed ? PolicySection.Pass : PolicySection.Fail, c.Passed ? Palette.Good : Palette.Bad);
            }

            grid.AddRow(new Text(target.Target.Display), grade, policies);
        }

        console.Write(grid);
    }

    /// <summary>"3 targets in 1.20 s: 1 completed, 1 not TLS, 1 unreachable".</summary>
    internal static string Summary(ScanReport report)
    {
        var counts = report.Targets
            .GroupBy(t => t.Outcome)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {OutcomeText(g.Key)}");
        return $"{report.Targets.Count} targets in {TargetSection.Duration(report.Duration)}: {string.Join(", ", counts)}";
    }

    private static string OutcomeText(ScanOutcome outcome) => outcome switch
    {
        ScanOutcome.NotTls => "not TLS",
        ScanOutcome.NoProtocol => "no protocol",
        var o => SnakeCase.Of(o),
    };
}
