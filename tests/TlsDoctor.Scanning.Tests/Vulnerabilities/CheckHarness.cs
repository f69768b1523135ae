using System.Net;
using System.Net.Sockets;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// Runs one vulnerability check on its own against a server on 127.0.0.1, with a scan result saying which versions
/// the server speaks (as the scanner would have found), and counts the connections the check really opened.
/// </summary>
internal static class CheckHarness
{
    /// <summary>The most one check may take; past it the check hangs, which is a failure.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromSeconds(20);

    /// <summary>A scan result that found exactly <paramref name="versions"/> (no suites: the check falls back to its common offer).</summary>
    public static ServerScanResult Scan(int port, params TlsVersion[] versions) => new()
    {
        Target = new ScanTarget("127.0.0.1", port, "localhost"),
        Outcome = ScanOutcome.Completed,
        Protocols = [.. versions.Select(v => new ProtocolSupportResult(v, Supported: true, $"ServerHello {v.Name()}"))],
    };

    /// <summary>Starts a scripted server, runs <paramref name="check"/> against it with a scan that found its versions, stops it.</summary>
    public static async Task<(VulnerabilityResult Result, int Connections)> RunScriptedAsync(IVulnerabilityCheck check, ScriptedServerConfig config, params TlsVersion[] scanned)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            var versions = scanned.Length > 0 ? scanned : [.. config.Versions];
            var outcome = await RunAsync(check, server.Port, Scan(server.Port, versions));
            Assert.Empty(server.Faults);
            return outcome;
        }
    }

    /// <summary>Runs <paramref name="check"/> against 127.0.0.1:<paramref name="port"/> with <paramref name="scan"/>, within <see cref="Limit"/>.</summary>
    public static async Task<(VulnerabilityResult Result, int Connections)> RunAsync(IVulnerabilityCheck check, int port, ServerScanResult scan)
    {
        using var gate = new SemaphoreSlim(ScriptedScan.Options.MaxConnectionsPerHost);
        var probe = new ProbeContext(scan.Target, new IPEndPoint(IPAddress.Loopback, port), ScriptedScan.Options, gate, new ClientHelloBuilder());
        var result = await check.RunAsync(new VulnerabilityContext(probe, scan, null), CancellationToken.None).WaitAsync(Limit);
        Assert.Equal(probe.Connections, result.Connections);
        Assert.InRange(result.Connections, 0, 2);
        Assert.Equal(ScriptedScan.Options.MaxConnectionsPerHost, gate.CurrentCount); // every connection given back
        return (result, probe.Connections);
    }

    /// <summary>A loopback port where nothing listens (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
