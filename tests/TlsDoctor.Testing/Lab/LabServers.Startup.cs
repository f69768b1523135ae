using System.Diagnostics;
using System.Net.Sockets;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Testing.Lab.GnuTls;
using TlsDoctor.Testing.Lab.Nginx;
using TlsDoctor.Testing.Lab.NonTls;
using TlsDoctor.Testing.Lab.OpenSsl;
using TlsDoctor.Testing.Lab.Ports;
using TlsDoctor.Testing.Lab.Processes;

namespace TlsDoctor.Testing.Lab;

// Starting: pick ports, start every server, wait until each listens.
public sealed partial class LabServers
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(15);

    public async Task InitializeAsync()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var clock = Stopwatch.StartNew();
        // Fail on a missing tool before any work, with the package to install.
        var nginx = ToolLocator.Nginx();
        var openSsl = ToolLocator.OpenSsl();
        GnuTlsNative.Version();
        certificates = await LabCertificates.GetAsync();
        stateDirectory = Directory.CreateTempSubdirectory("tlsdoctor-lab-").FullName;
        ExitCleanup.DeleteDirectoryAtExit(stateDirectory);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // Another process may take a reserved port before our server binds it: then try a new block.
                BasePort = LabPortBlock.Reserve(LabTargets.BlockSize, Random.Shared);
                targets = LabTargets.Create(BasePort);
                try
                {
                    await StartAllAsync(nginx, openSsl, Path.Combine(stateDirectory, $"run-{BasePort}"));
                    break;
                }
                catch (LabStartupException e) when (e.PortInUse && attempt < MaxAttempts)
                {
                    await StopAllAsync();
                }
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        StartupTime = clock.Elapsed;
    }

    private async Task StartAllAsync(string nginx, string openSsl, string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var certs = Certificates;

        foreach (var target in Targets.Where(t => t.Behaviour is LabBehaviours.Echo or LabBehaviours.Silent or LabBehaviours.Banner))
        {
            services.Add(BindOrThrow(target, () => PlainTcpService.Start(target.Port, target.Behaviour!)));
        }

        var gnuTlsTarget = Get("gnutls-rc4-3des");
        gnuTls = BindOrThrow(gnuTlsTarget, () => GnuTlsServer.Start(
            gnuTlsTarget.Port, certs.Rsa.ChainPath, certs.Rsa.KeyPath, LabCipherStrings.GnuTlsLegacy,
            Path.Combine(runDirectory, "gnutls-rc4-3des.log")));

        var nginxPrefix = Path.Combine(runDirectory, "nginx");
        Directory.CreateDirectory(Path.Combine(nginxPrefix, "tmp"));
        var nginxConf = Path.Combine(nginxPrefix, "nginx.conf");
        var nginxLog = Path.Combine(runDirectory, "nginx.log");
        await File.WriteAllTextAsync(nginxConf, NginxConfig.Build(Get, certs, nginxPrefix, nginxLog));
        var nginxProcess = Launch("nginx", nginx, ["-p", nginxPrefix, "-e", nginxLog, "-c", nginxConf], nginxLog);
        var waits = new List<Task> { WaitUntilListeningAsync(nginxProcess, NginxConfig.TargetNames.Select(n => Get(n).Port)) };

        foreach (var (name, arguments) in SServerCommands.All(Get, certs))
        {
            var process = Launch(name, openSsl, arguments, Path.Combine(runDirectory, name + ".log"));
            waits.Add(WaitUntilListeningAsync(process, [Get(name).Port]));
        }

        await Task.WhenAll(waits);
        CheckNginxPid(nginxProcess, Path.Combine(nginxPrefix, "nginx.pid"));
        if (await PortProbe.AcceptsAsync(Get("closed").Port, TimeSpan.FromSeconds(1)))
        {
            throw new LabStartupException($"port {Get("closed").Port} was meant to stay closed but accepts") { PortInUse = true };
        }
    }

    private LabProcess Launch(string name, string executable, IEnumerable<string> arguments, string logPath)
    {
        var process = LabProcess.Start(name, executable, arguments, logPath);
        processes.Add(process);
        return process;
    }

    private static T BindOrThrow<T>(LabTarget target, Func<T> start)
    {
        try
        {
            return start();
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new LabStartupException($"{target}: {e.Message}", e) { PortInUse = true };
        }
    }

    private static async Task WaitUntilListeningAsync(LabProcess process, IEnumerable<int> ports)
    {
        var clock = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (!await PortProbe.AcceptsAsync(port, TimeSpan.FromSeconds(1)))
            {
                if (process.HasExited || clock.Elapsed > ReadyDeadline)
                {
                    var tail = process.LogTail();
                    var state = process.HasExited ? "exited" : $"is not listening after {ReadyDeadline.TotalSeconds:0} s";
                    throw new LabStartupException(
                        $"lab server {process.Name} (pid {process.Id}, port {port}) {state}; log {process.LogPath}:\n{tail}")
                    {
                        PortInUse = tail.Contains("in use", StringComparison.OrdinalIgnoreCase),
                    };
                }

                await Task.Delay(50);
            }
        }

        // A port that accepts while our server died belongs to someone else.
        if (process.HasExited)
        {
            throw new LabStartupException($"lab server {process.Name} exited after start; log:\n{process.LogTail()}")
            {
                PortInUse = process.LogTail().Contains("in use", StringComparison.OrdinalIgnoreCase),
            };
        }
    }

    // With master_process off nginx serves from the process we started; its pid file must say so.
    private static void CheckNginxPid(LabProcess nginx, string pidFile)
    {
        var text = File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : "";
        if (text != nginx.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new LabStartupException($"nginx pid file {pidFile} says '{text}', but the started process is {nginx.Id}");
        }
    }
}
