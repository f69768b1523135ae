using Spectre.Console;
using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Console;

/// <summary>"Policy Mozilla intermediate 6.0: PASS" (green) or FAIL (red) with every deviation, what was not checked, and notes.</summary>
internal static class PolicySection
{
    public const string Pass = "PASS";
    public const string Fail = "FAIL";

    public static void Write(IAnsiConsole console, ComplianceResult result)
    {
        console.WriteLine();
        var style = result.Passed ? Palette.Good : Palette.Bad;
        console.Write(new Paragraph()
            .Append($"Policy {Printable.Of(result.Profile.Title)}: ", Palette.Heading)
            .Append(result.Passed ? Pass : Fail, style.Combine(Palette.Heading))
            .Append("\n"));
        if (result.Deviations.Count > 0)
        {
            var grid = GradeSection.Marks();
            foreach (var deviation in result.Deviations)
            {
                grid.AddRow(new Text(AnalysisLines.ProblemMark, Palette.Bad), new Paragraph()
                    .Append(SnakeCase.Of(deviation.Kind), Palette.Bad)
                    .Append($": {Printable.Of(deviation.Text)}"));
            }

            console.Write(grid);
        }

        GradeSection.List(console, "Not checked", result.NotChecked, Palette.Dim);
        GradeSection.List(console, "Notes", result.Notes, Palette.Dim);
    }
}
