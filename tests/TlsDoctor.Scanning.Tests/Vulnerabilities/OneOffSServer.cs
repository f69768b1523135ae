using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// A real openssl s_server started for one test with extra options (e.g. -client_renegotiation, which no lab
/// target has), on a free loopback port, with the lab's RSA leaf; killed (this process only) when disposed.
/// </summary>
internal sealed class OneOffSServer : IAsyncDisposable
{
    private readonly Process _process;

    private OneOffSServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<OneOffSServer> StartAsync(params string[] options)
    {
        var certs = await LabCertificates.GetAsync();
        var port = FreePort();
        var info = new ProcessStartInfo("openssl")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["s_server", "-www", "-quiet", "-accept", $"127.0.0.1:{port}",
                     "-cert", certs.Rsa.CertificatePath, "-key", certs.Rsa.KeyPath, "-cert_chain", certs.IntermediatePath, .. options])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new OneOffSServer(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"openssl s_server {string.Join(' ', options)} did not start listening on {port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
