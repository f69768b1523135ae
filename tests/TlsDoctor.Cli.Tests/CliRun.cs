namespace TlsDoctor.Cli.Tests;

/// <summary>One in-process run of the CLI: exit code and everything it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>Runs with string writers, no terminal and an empty environment (no NO_COLOR, no TLSDOCTOR_DEBUG).</summary>
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(new StringWriter(), args);

    public static async Task<CliRun> RunAsync(TextWriter stdout, params string[] args)
    {
        var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr) { GetVariable = _ => null };
        var code = await CliApp.RunAsync(args, env);
        return new CliRun(code, stdout.ToString() ?? "", stderr.ToString());
    }
}
