using System.Diagnostics;
using TlsDoctor.Testing.Lab.Ports;
using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab.Nginx;

/// <summary>
/// One nginx of a test's own, apart from <see cref="LabServers"/>: a single TLS server block on 127.0.0.1 with the
/// directives the test gives, restartable with new ones on the same port. Its prefix directory is also the place
/// for files the test writes (<see cref="Directory"/>); disposing stops nginx and deletes it.
/// </summary>
public sealed class LabNginx : IDisposable
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(15);

    private readonly string executable;
    private LabProcess? process;

    private LabNginx(string executable, string directory)
    {
        this.executable = executable;
        Directory = directory;
    }

    /// <summary>The nginx prefix, a fresh temp directory: config, pid, log, and any file the test writes.</summary>
    public string Directory { get; }

    public int Port { get; private set; }

    /// <summary>The server block's directives nginx runs with now, one per line.</summary>
    public IReadOnlyList<string> Directives { get; private set; } = [];

    public string ConfigPath => Path.Combine(Directory, "nginx.conf");

    public string LogPath => Path.Combine(Directory, "nginx.log");

    /// <summary>Starts nginx on a free loopback port; throws <see cref="LabStartupException"/> with its log if it does not listen.</summary>
    public static async Task<LabNginx> StartAsync(IEnumerable<string> directives)
    {
        var nginx = new LabNginx(ToolLocator.Nginx(), System.IO.Directory.CreateTempSubdirectory("tlsdoctor-nginx-").FullName);
        ExitCleanup.DeleteDirectoryAtExit(nginx.Directory);
        System.IO.Directory.CreateDirectory(Path.Combine(nginx.Directory, "tmp"));
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // Another process may take the port between the bind test and nginx's bind: then pick another.
                nginx.Port = LabPortBlock.Reserve(1, Random.Shared);
                try
                {
                    await nginx.RunAsync(directives);
                    return nginx;
                }
                catch (LabStartupException e) when (e.PortInUse && attempt < MaxAttempts)
                {
                    nginx.Stop();
                }
            }
        }
        catch
        {
            nginx.Dispose();
            throw;
        }
    }

    /// <summary>Stops nginx and starts it again on the same port with <paramref name="directives"/>.</summary>
    public Task RestartAsync(IEnumerable<string> directives)
    {
        Stop();
        return RunAsync(directives);
    }

    public void Dispose()
    {
        Stop();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // ExitCleanup tries again when the test process ends.
        }
    }

    private async Task RunAsync(IEnumerable<string> directives)
    {
        Directives = [.. directives];
        await File.WriteAllTextAsync(ConfigPath, NginxConfig.BuildSingle(Port, Directives, Directory, LogPath));
        process = LabProcess.Start("nginx", executable, ["-p", Directory, "-e", LogPath, "-c", ConfigPath], LogPath);
        var clock = Stopwatch.StartNew();
        while (!await PortProbe.AcceptsAsync(Port, TimeSpan.FromSeconds(1)) || process.HasExited)
        {
            if (process.HasExited || clock.Elapsed > ReadyDeadline)
            {
                var tail = process.LogTail();
                throw new LabStartupException($"nginx (pid {process.Id}, port {Port}) does not listen; log {LogPath}:\n{tail}")
                {
                    PortInUse = tail.Contains("in use", StringComparison.OrdinalIgnoreCase),
                };
            }

            await Task.Delay(50);
        }
    }

    private void Stop()
    {
        process?.Dispose();
        process = null;
    }
}
