namespace TlsDoctor.Cli.Tests;

// The unreachable line is coloured, so escape codes on stdout tell whether colour was on.
public sealed class ColorTests
{
    private static async Task<string> StdoutAsync(bool terminal, string? noColor, params string[] extra)
    {
        var stdout = new StringWriter();
        var env = new CliEnvironment(stdout, new StringWriter())
        {
            OutIsTerminal = terminal,
            GetVariable = name => name == "NO_COLOR" ? noColor : null,
        };
        await CliApp.RunAsync(["scan", "127.0.0.1:1", .. extra], env);
        return stdout.ToString();
    }

    [Fact]
    public async Task Scan_StdoutTerminal_Coloured() =>
        Assert.Contains('\u001b', await StdoutAsync(terminal: true, noColor: null));

    [Fact]
    public async Task Scan_StdoutRedirected_NoEscapeCodes() =>
        Assert.DoesNotContain('\u001b', await StdoutAsync(terminal: false, noColor: null));

    [Fact]
    public async Task Scan_NoColorVariable_NoEscapeCodes() =>
        Assert.DoesNotContain('\u001b', await StdoutAsync(terminal: true, noColor: "1"));

    [Fact]
    public async Task Scan_NoColorOption_NoEscapeCodes() =>
        Assert.DoesNotContain('\u001b', await StdoutAsync(terminal: true, noColor: null, "--no-color"));
}
