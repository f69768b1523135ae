using Spectre.Console;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// The grade: the letter first and in colour, the score parts behind it, then every cap that held it down (rule,
/// what triggered it, the fix, the rule's source), what would lift it, and what the grade could not take into account.
/// </summary>
internal static class GradeSection
{
    public static void Write(IAnsiConsole console, GradeResult grade)
    {
        console.WriteLine();
        console.Write(new Paragraph()
            .Append("Grade ", Palette.Heading)
            .Append(grade.Letter.Show(), LetterStyle(grade.Letter).Combine(Palette.Heading))
            .Append("\n"));
        var s = grade.Score;
        var scoreAlone = grade.Letter == grade.ScoreLetter ? "" : $"; the score alone gives {grade.ScoreLetter.Show()}";
        console.Write(new Text($"  score {s.Total}: protocol {s.Protocol}, key exchange {s.KeyExchange}, cipher {s.Cipher}{scoreAlone}\n", Palette.Dim));

        if (grade.Caps.Count > 0)
        {
            var grid = Marks();
            foreach (var cap in grade.Caps)
            {
                var style = LetterStyle(cap.Cap);
                grid.AddRow(new Text(AnalysisLines.ProblemMark, style), new Paragraph()
                    .Append($"{cap.Rule} → {cap.Cap.Show()}", style)
                    .Append($": {Printable.Of(cap.Evidence)}"));
                grid.AddRow(new Text(""), new Text($"fix: {Printable.Of(cap.Fix)}"));
                grid.AddRow(new Text(""), new Text($"source: {Printable.Of(cap.Source)}", Palette.Dim));
            }

            console.Write(grid);
        }

        List(console, "What would lift it", grade.WhatWouldLiftIt, Palette.Plain);
        List(console, "Not checked", grade.NotChecked, Palette.Dim);
    }

    /// <summary>A+ to A- green, B and C yellow, D to F and T and M red.</summary>
    public static Style LetterStyle(Grade letter) => letter switch
    {
        <= Grade.AMinus => Palette.Good,
        <= Grade.C => Palette.Warn,
        _ => Palette.Bad,
    };

    /// <summary>"  Title:" then one "· item" line each; nothing when there are no items.</summary>
    internal static void List(IAnsiConsole console, string title, IReadOnlyList<string> items, Style style)
    {
        if (items.Count == 0)
        {
            return;
        }

        console.Write(new Text($"  {title}:\n", Palette.Dim));
        var grid = Marks(indent: 4);
        foreach (var item in items)
        {
            grid.AddRow(new Text(AnalysisLines.AdviceMark, Palette.Dim), new Text(Printable.Of(item), style));
        }

        console.Write(grid);
    }

    /// <summary>A mark column and a wrapping text column, so continuation lines stay under the text.</summary>
    internal static Grid Marks(int indent = 2)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().Padding(indent, 0, 1, 0).NoWrap());
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        return grid;
    }
}
