using System.Diagnostics;

namespace TlsDoctor.Testing.Lab.Processes;

/// <summary>
/// One external server process: stdin from /dev/null, stdout and stderr to a log file. Started through
/// <c>/bin/sh -c 'exec …'</c> so the redirections are the kernel's and the process id is the server's own.
/// </summary>
internal sealed class LabProcess : IDisposable
{
    // "$0" is the program, "$@" its arguments: no quoting of paths or cipher strings is needed.
    private const string ExecScript = "exec \"$0\" \"$@\" </dev/null >>\"$LAB_LOG\" 2>&1";

    private readonly Process process;

    private LabProcess(string name, string logPath, Process process)
    {
        Name = name;
        LogPath = logPath;
        this.process = process;
        Id = process.Id;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id { get; }

    public bool HasExited => process.HasExited;

    public static LabProcess Start(string name, string executable, IEnumerable<string> arguments, string logPath)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(ExecScript);
        info.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["LAB_LOG"] = logPath;
        var process = Process.Start(info) ?? throw new LabStartupException($"{name}: could not start {executable}");
        var started = new LabProcess(name, logPath, process);
        ExitCleanup.Add(started, started.Kill);
        return started;
    }

    /// <summary>Waits for a short-lived tool run to end; throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires first.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => process.WaitForExitAsync(cancellationToken);

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The last lines of the log, for error messages.</summary>
    public string LogTail(int lines = 20) => ReadTail(LogPath, lines);

    public static string ReadTail(string path, int lines)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(no log: {e.Message})";
        }
    }

    /// <summary>Kills exactly this process (and anything it spawned) and reaps it.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        ExitCleanup.Remove(this);
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
