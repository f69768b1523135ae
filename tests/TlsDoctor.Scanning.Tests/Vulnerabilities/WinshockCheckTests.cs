using TlsDoctor.Scanning.Tests.Http;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Winshock;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>Winshock's fingerprint from full scans of real servers: an IIS 8.5 look-alike with and without the MS14-066 suites, and nginx.</summary>
public sealed class WinshockCheckTests
{
    private static readonly ScanOptions Options = HttpProbeRun.Options with { OnlyVulnerabilities = new HashSet<string> { VulnerabilityIds.Winshock } };

    private static async Task<(ServerScanResult Scan, VulnerabilityResult Winshock)> ScanAsync(int port)
    {
        var scan = await new Scanner(Options).ScanAsync(new ScanTarget("127.0.0.1", port, "localhost")).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(ScanOutcome.Completed, scan.Outcome);
        return (scan, Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.Winshock));
    }

    [Fact]
    public async Task Scan_Iis85WithoutTheMs14066Suites_IsPotentiallyVulnerable()
    {
        using var server = await IisLookalike.StartAsync(IisLookalike.PrePatchCiphers);

        var (scan, winshock) = await ScanAsync(server.Port);

        Assert.Equal("Microsoft-IIS/8.5", scan.Http?.Server);
        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, winshock.Status);
        Assert.Contains("KB 2992611", winshock.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, winshock.Connections);
    }

    [Fact]
    public async Task Scan_Iis85WithAMs14066Suite_IsNotVulnerable()
    {
        // TLS_RSA_WITH_AES_128_GCM_SHA256 (0x009C) arrived in Schannel with MS14-066 itself.
        using var server = await IisLookalike.StartAsync($"{IisLookalike.PrePatchCiphers}:AES128-GCM-SHA256");

        var (_, winshock) = await ScanAsync(server.Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, winshock.Status);
        Assert.Contains("0x009c", winshock.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_NginxTls12Only_IsNotVulnerableWithEvidence()
    {
        using var nginx = await HttpProbeRun.NginxAsync("ssl_protocols TLSv1.2;");

        var (scan, winshock) = await ScanAsync(nginx.Port);

        Assert.StartsWith("nginx", scan.Http?.Server, StringComparison.Ordinal);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, winshock.Status);
        Assert.False(string.IsNullOrWhiteSpace(winshock.Evidence));
    }

    [Fact]
    public void All_ContainsWinshockOnce() =>
        Assert.Single(VulnerabilityChecks.All, c => c.Info.Id == VulnerabilityIds.Winshock);
}
