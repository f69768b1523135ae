using System.Collections.Concurrent;
using System.Net;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Handshake;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// Scans for the checks decided from the scan's findings: real <see cref="Scanner"/> runs against scripted servers
/// and lab servers (one cached scan per lab target), and hand-built results for rules no server here shows.
/// </summary>
internal static class InferredScans
{
    /// <summary>The checks under test; the others (Heartbleed, ROBOT …) have their own tests and would only add time.</summary>
    public static IReadOnlySet<string> Ids { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        VulnerabilityIds.SecureRenegotiation, VulnerabilityIds.Crime, VulnerabilityIds.Poodle, VulnerabilityIds.FallbackScsv,
        VulnerabilityIds.Sweet32, VulnerabilityIds.Freak, VulnerabilityIds.Drown, VulnerabilityIds.Logjam, VulnerabilityIds.Beast,
        VulnerabilityIds.Lucky13, VulnerabilityIds.Rc4,
    };

    private static readonly ConcurrentDictionary<(string Name, int Port), Lazy<Task<ServerScanResult>>> LabCache = new();

    public static ScanOptions Options { get; } = ScriptedScan.Options with { Http = HttpProbeMode.Off, OnlyVulnerabilities = Ids };

    /// <summary>Starts a scripted server with <paramref name="config"/> and scans it (with <paramref name="options"/> if given).</summary>
    public static async Task<ServerScanResult> ScriptedAsync(ScriptedServerConfig config, ScanOptions? options = null)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            var result = await new Scanner(options ?? Options).ScanAsync(new ScanTarget("127.0.0.1", server.Port, "localhost")).WaitAsync(ScriptedScan.Limit);
            Assert.Empty(server.Faults);
            Assert.Equal(ScanOutcome.Completed, result.Outcome);
            return result;
        }
    }

    /// <summary>One scan per lab target for the whole test run, shared by every test that asks for it.</summary>
    public static Task<ServerScanResult> LabAsync(LabServers lab, string name)
    {
        var target = lab.Get(name);
        return LabCache.GetOrAdd((name, target.Port), _ => new Lazy<Task<ServerScanResult>>(() =>
            new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost")).WaitAsync(ScriptedScan.Limit))).Value;
    }

    /// <summary>The one result for <paramref name="id"/>.</summary>
    public static VulnerabilityResult Check(this ServerScanResult result, string id) => Assert.Single(result.Vulnerabilities, v => v.Id == id);

    /// <summary>A completed scan that spoke <paramref name="versions"/> and accepted exactly the named suites at each.</summary>
    public static ServerScanResult HandBuilt(params (Tls.Registry.TlsVersion Version, string[] Suites)[] versions) => new()
    {
        Target = new ScanTarget("127.0.0.1", 9, null),
        Outcome = ScanOutcome.Completed,
        Protocols = [.. versions.Select(v => new ProtocolSupportResult(v.Version, true, "hand-built"))],
        CipherSuites =
        [
            .. versions.Select(v => new Probes.Ciphers.CipherSuitesResult(
                v.Version,
                [.. v.Suites.Select(n => Tls.Registry.CipherSuites.FindByName(n) ?? throw new ArgumentException($"no suite named {n}", nameof(versions)))],
                Probes.Ciphers.CipherOrder.Unknown)),
        ],
    };

    /// <summary>
    /// Runs <paramref name="check"/> over a hand-built scan. Its probe context points at a loopback port nothing
    /// listens on, so a check that asks the server anything gets "refused".
    /// </summary>
    public static async Task<VulnerabilityResult> RunAsync(IVulnerabilityCheck check, ServerScanResult scan)
    {
        using var gate = new SemaphoreSlim(1);
        var port = ClosedPort();
        var probe = new ProbeContext(scan.Target with { Port = port }, new IPEndPoint(IPAddress.Loopback, port), Options, gate, new ClientHelloBuilder());
        return await check.RunAsync(new VulnerabilityContext(probe, scan, null), CancellationToken.None);
    }

    /// <summary>A loopback port that was free a moment ago: connecting to it is refused.</summary>
    public static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
