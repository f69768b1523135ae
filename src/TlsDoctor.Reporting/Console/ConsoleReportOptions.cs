namespace TlsDoctor.Reporting.Console;

/// <summary>How the console report renders. The caller decides colour (terminal, --no-color, NO_COLOR); the writer obeys.</summary>
public sealed record ConsoleReportOptions
{
    /// <summary>Width used when the output is not a terminal: wide enough that cipher tables do not wrap.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>ANSI colour and styles. Off: plain text with no escape sequences at all.</summary>
    public bool Color { get; init; }

    /// <summary>Columns to lay out in; null: the terminal's width, or <see cref="RedirectedWidth"/> when not a terminal.</summary>
    public int? Width { get; init; }
}
