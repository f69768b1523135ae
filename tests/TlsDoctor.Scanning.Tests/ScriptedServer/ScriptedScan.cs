using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>Runs the real <see cref="Scanner"/> against a scripted server started for one test.</summary>
internal static class ScriptedScan
{
    /// <summary>Short deadlines: everything is on 127.0.0.1, and a hostile server must not make a test slow.</summary>
    public static ScanOptions Options { get; } = ScanOptions.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        ReadTimeout = TimeSpan.FromSeconds(2),
    };

    /// <summary>The most a scan of a scripted server may take; beyond it the scanner hangs, which is a failure.</summary>
    public static TimeSpan Limit { get; } = TimeSpan.FromSeconds(90);

    /// <summary>Starts a server with <paramref name="config"/>, scans it, stops it; the server must have had no faults.</summary>
    public static async Task<ServerScanResult> RunAsync(ScriptedServerConfig config)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            var host = config.ListenAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "::1" : "127.0.0.1";
            var result = await new Scanner(Options).ScanAsync(new ScanTarget(host, server.Port, "localhost")).WaitAsync(Limit);
            Assert.Empty(server.Faults);
            return result;
        }
    }

    /// <summary>The versions the scan found supported, oldest first.</summary>
    public static IReadOnlyList<TlsVersion> Supported(this ServerScanResult result) =>
        [.. result.Protocols.Where(p => p.Supported).Select(p => p.Version).Order()];

    /// <summary>The suites found at <paramref name="version"/>.</summary>
    public static CipherSuitesResult Suites(this ServerScanResult result, TlsVersion version) =>
        Assert.Single(result.CipherSuites, s => s.Version == version);

    /// <summary>The codes found at <paramref name="version"/>, in the order the scan reports them.</summary>
    public static IReadOnlyList<uint> Codes(this ServerScanResult result, TlsVersion version) =>
        [.. result.Suites(version).Accepted.Select(s => s.Code)];

    /// <summary>The wire code for an IANA suite name, so tests read as the registry does.</summary>
    public static ushort Code(string ianaName) => (ushort)(CipherSuites.FindByName(ianaName)?.Code
        ?? throw new ArgumentException($"no suite named {ianaName}", nameof(ianaName)));
}
