using System.Net;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Robot;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>Runs the ROBOT check: within a whole scan (as users get it), or alone against a claimed suite list.</summary>
internal static class RobotScan
{
    /// <summary>Short deadlines for 127.0.0.1; only the ROBOT check, no HTTP.</summary>
    public static ScanOptions Options { get; } = ScanOptions.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        ReadTimeout = TimeSpan.FromSeconds(2),
        Http = HttpProbeMode.Off,
        OnlyVulnerabilities = new HashSet<string> { VulnerabilityIds.Robot },
    };

    /// <summary>The longest a check may take here; beyond it the check hangs, which is a failure.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromSeconds(120);

    /// <summary>Scans the target with the real <see cref="Scanner"/> and returns the ROBOT result.</summary>
    public static async Task<VulnerabilityResult> ScanAsync(string host, int port, ScanOptions? options = null)
    {
        var result = await new Scanner(options ?? Options).ScanAsync(new ScanTarget(host, port, "localhost")).WaitAsync(Limit);
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.Robot);
    }

    /// <summary>
    /// Runs the check alone against 127.0.0.1:<paramref name="port"/>, telling it the scan found
    /// <paramref name="suites"/> at TLS 1.2: for servers no scan gets through (silent, hostile).
    /// </summary>
    public static Task<VulnerabilityResult> CheckAsync(int port, IReadOnlyList<string> suites, ScanOptions? options = null)
    {
        options ??= Options;
        var target = new ScanTarget("127.0.0.1", port, "localhost");
        var probe = new ProbeContext(target, new IPEndPoint(IPAddress.Loopback, port), options, new SemaphoreSlim(options.MaxConnectionsPerHost), new ClientHelloBuilder());
        var scan = new ServerScanResult
        {
            Target = target,
            Outcome = ScanOutcome.Completed,
            CipherSuites = [new CipherSuitesResult(TlsVersion.Tls12, [.. suites.Select(s => CipherSuites.FindByName(s)!)], CipherOrder.Unknown)],
        };
        return new RobotCheck(new Random(7)).RunAsync(new VulnerabilityContext(probe, scan, null), CancellationToken.None).WaitAsync(Limit);
    }
}
