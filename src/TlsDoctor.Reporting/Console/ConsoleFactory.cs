using Spectre.Console;

namespace TlsDoctor.Reporting.Console;

/// <summary>The Spectre console every report writer renders through, set up exactly as the caller asked.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter output, ConsoleReportOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = options.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            // CI enrichers would change the profile behind our back; the caller already decided what it wants.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        if (options.Width is { } width)
        {
            console.Profile.Width = width;
        }
        else if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = ConsoleReportOptions.RedirectedWidth;
        }

        return console;
    }
}
