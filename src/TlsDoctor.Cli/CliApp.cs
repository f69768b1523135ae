using System.CommandLine;
using System.CommandLine.Invocation;
using TlsDoctor.Cli.Commands;

namespace TlsDoctor.Cli;

/// <summary>
/// The tlsdoctor command line: builds the commands, parses, runs, and turns every ending — parse errors,
/// cancellation, bugs — into one line on stderr and an exit code (<see cref="ExitCodes"/>). Never a stack trace
/// unless TLSDOCTOR_DEBUG=1.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the CLI with the given output streams (tests); environment and clock are the process's.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliEnvironment(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        try
        {
            var parse = BuildRoot(env).Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors)
                {
                    env.Fail(ExitCodes.Usage, error.Message);
                }

                return ExitCodes.Usage;
            }

            var invocation = new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return env.Fail(ExitCodes.Cancelled, "cancelled");
        }
        catch (Exception e)
        {
            env.Fail(ExitCodes.InternalError, $"internal error: {e.Message.ReplaceLineEndings(" ")}");
            if (env.Debug)
            {
                env.Error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }

    private static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("TlsDoctor: scans a server's TLS configuration on the wire, checks certificates, and tells why handshakes fail.")
        {
            ScanCommand.Create(env),
            CertCommand.Create(env),
            ExplainCommand.Create(env),
            DiagnoseCommand.Create(env),
            DemoCommand.Create(env),
        };
        HelpSections.AddExitCodes(root);
        return root;
    }
}
