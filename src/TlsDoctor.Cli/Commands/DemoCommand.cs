using System.CommandLine;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor demo`: starts the built-in demo servers. The action is handed in, so the servers plug in here.</summary>
internal static class DemoCommand
{
    public static Command Create(Func<CancellationToken, Task<int>> run)
    {
        var command = new Command("demo", "Start the built-in demo TLS servers on 127.0.0.1 to try the scanner on.");
        command.SetAction((_, cancellationToken) => run(cancellationToken));
        return command;
    }
}

/// <summary>Stands in for the demo servers until they are built.</summary>
internal sealed class DemoPlaceholder(CliEnvironment env)
{
    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        env.Error.WriteLine("demo: not yet built");
        return Task.FromResult(ExitCodes.InternalError);
    }
}
