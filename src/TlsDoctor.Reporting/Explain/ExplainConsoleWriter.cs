using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain;

namespace TlsDoctor.Reporting.Explain;

/// <summary>Writes an <see cref="ExplainReport"/> for people: the family, the matches, each likely cause with its check, and the verdicts.</summary>
public sealed class ExplainConsoleWriter
{
    public void Write(ExplainReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var explanation = report.Explanation;
        if (!explanation.Known)
        {
            output.WriteLine(ExplainReport.UnknownText);
            output.WriteLine($"hint: {ExplainReport.UnknownHint}");
            return;
        }

        output.WriteLine($"Printed by: {string.Join(", ", explanation.Families.Select(f => f.DisplayName()))}");
        output.WriteLine("Recognised:");
        foreach (var match in explanation.Matches)
        {
            output.WriteLine($"  \"{match.MatchedText}\"  {match.Signature.Family.DisplayName()} {match.Signature.Name}  (source: {match.Signature.Source})");
        }

        output.WriteLine();
        output.WriteLine("Likely causes, most likely first:");
        for (var i = 0; i < explanation.Causes.Count; i++)
        {
            var cause = explanation.Causes[i];
            output.WriteLine($"  {i + 1}. {cause.Title} [{cause.Key}]");
            output.WriteLine($"     {cause.Explanation}");
            output.WriteLine($"     Check: {cause.Check}");
        }

        if (report.Verdict is { } verdict)
        {
            WriteVerdict(verdict, output);
        }
    }

    private static void WriteVerdict(TargetVerdict verdict, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Checked against {verdict.Target}:");
        foreach (var check in verdict.Checks)
        {
            output.WriteLine($"  {ExplainText.Verdict(check.Confirmation),-12} {CauseCatalog.Get(check.Cause).Key}: {check.Evidence}");
        }

        output.WriteLine();
        output.WriteLine(verdict.Conclusion);
    }
}
