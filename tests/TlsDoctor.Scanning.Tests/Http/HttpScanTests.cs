using TlsDoctor.Scanning.Vulnerabilities;
using static TlsDoctor.Scanning.Tests.Http.HttpProbeRun;

namespace TlsDoctor.Scanning.Tests.Http;

/// <summary>The HTTP probe and the checks that read it, inside a full <see cref="Scanner"/> run against a real nginx.</summary>
public sealed class HttpScanTests
{
    private static Task<ServerScanResult> ScanAsync(int port, ScanOptions options) =>
        new Scanner(options).ScanAsync(new ScanTarget("127.0.0.1", port, "localhost")).WaitAsync(TimeSpan.FromSeconds(120));

    [Fact]
    public async Task Scan_NginxWithHstsAndGzip_FillsHttpAndTheChecksReadIt()
    {
        using var nginx = await NginxAsync(
            "add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\" always;", "gzip on;", Page);

        var result = await ScanAsync(nginx.Port, Options);

        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        Assert.Equal(63072000, result.Http?.Hsts?.MaxAgeSeconds);
        Assert.Equal("gzip", result.Http!.ContentEncoding);
        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.Breach).Status);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.Winshock).Status);
        Assert.DoesNotContain(result.ProbeFailures, f => f.Probe == "http");
    }

    [Fact]
    public async Task Scan_HttpOff_LeavesHttpNullAndBreachNotApplicable()
    {
        using var nginx = await NginxAsync("gzip on;", Page);

        var result = await ScanAsync(nginx.Port, Options with { Http = HttpProbeMode.Off });

        Assert.Null(result.Http);
        Assert.Equal(VulnerabilityStatus.NotApplicable, Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.Breach).Status);
    }
}
