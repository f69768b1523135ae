using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TlsDoctor.Scanning.Tests.Http;

/// <summary>
/// One server process a test starts itself (openssl s_server with options the lab has no target for, a Python
/// HTTPS server) on a free 127.0.0.1 port; disposing kills exactly that process.
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(15);

    private readonly Process process;

    private LocalServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A port nothing listens on right now (the OS's choice for 127.0.0.1:0).</summary>
    public static int FreePort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    /// <summary>Starts <paramref name="program"/> with the arguments <paramref name="arguments"/> builds for a port, and waits until it listens.</summary>
    public static async Task<LocalServer> StartAsync(string program, Func<int, IEnumerable<string>> arguments)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments(port))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalServer(process, port);
        var clock = Stopwatch.StartNew();
        while (!await AcceptsAsync(port))
        {
            if (process.HasExited || clock.Elapsed > ReadyDeadline)
            {
                server.Dispose();
                throw new InvalidOperationException($"{program} does not listen on 127.0.0.1:{port}: {string.Join('\n', log)}");
            }

            await Task.Delay(50);
        }

        return server;
    }

    public void Dispose()
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
            // already gone
        }

        process.Dispose();
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
