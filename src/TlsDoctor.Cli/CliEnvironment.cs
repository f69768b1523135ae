namespace TlsDoctor.Cli;

/// <summary>
/// Everything the CLI touches outside itself: its two output streams, whether they are terminals, environment
/// variables and the clock. Tests pass string writers and a fixed environment; Program passes the real console.
/// </summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error)
{
    public bool OutIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error)
    {
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    /// <summary>Colour on stdout: only to a terminal, and never when NO_COLOR is set (no-color.org) or TERM=dumb.</summary>
    public bool ColorAllowed => OutIsTerminal && ColorWanted;

    /// <summary>Live progress on stderr: only to a terminal that can move its cursor.</summary>
    public bool ProgressAllowed => ErrorIsTerminal && !DumbTerminal;

    /// <summary>Colour for the progress display on stderr.</summary>
    public bool ProgressColorAllowed => ProgressAllowed && ColorWanted;

    private bool ColorWanted => string.IsNullOrEmpty(GetVariable("NO_COLOR")) && !DumbTerminal;

    private bool DumbTerminal => GetVariable("TERM") == "dumb";

    /// <summary>TLSDOCTOR_DEBUG=1: internal errors show their stack trace.</summary>
    public bool Debug => GetVariable("TLSDOCTOR_DEBUG") == "1";

    /// <summary>Writes "tlsdoctor: message" to stderr and returns the exit code, so a failure is one line and one return.</summary>
    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"tlsdoctor: {message}");
        return exitCode;
    }
}
