namespace TlsDoctor.Cli;

/// <summary>Process entry: the real console and environment, handed to <see cref="CliApp"/>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliEnvironment.FromConsole());
}
