using System.Diagnostics;
using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab.Clients;

/// <summary>Runs a command-line client to completion: stdin at EOF at once, output captured, killed on timeout.</summary>
public static class ToolRun
{
    /// <summary>Exit code, stdout followed by stderr, and whether the timeout killed it.</summary>
    public sealed record Result(int ExitCode, string Output, bool TimedOut);

    public static async Task<Result> RunAsync(string executable, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}");
        process.StandardInput.Close(); // like </dev/null: the client sees EOF after the handshake and closes
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return new Result(process.ExitCode, await stdout + await stderr, timedOut);
    }

    /// <summary>Path of openssl; throws <see cref="LabToolMissingException"/> naming the package when absent.</summary>
    public static string OpenSsl() => ToolLocator.OpenSsl();

    /// <summary>Path of gnutls-cli; throws <see cref="LabToolMissingException"/> naming the package when absent.</summary>
    public static string GnuTlsCli() => ToolLocator.GnuTlsCli();
}
