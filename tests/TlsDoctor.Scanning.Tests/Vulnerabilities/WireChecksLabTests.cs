using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// Heartbleed and CCS injection against the real servers of the test kit (current OpenSSL, nginx, GnuTLS: all
/// patched): a whole scan each, and both checks must say NotVulnerable with the evidence a patched server gives.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class WireChecksLabTests(LabServers lab)
{
    private static readonly ScanOptions Options = ScanOptions.Default with
    {
        ReadTimeout = TimeSpan.FromSeconds(2),
        Http = HttpProbeMode.Off,
        OnlyVulnerabilities = new HashSet<string>([VulnerabilityIds.Heartbleed, VulnerabilityIds.CcsInjection]),
    };

    [Theory]
    [InlineData("nginx-intermediate", "TLSv1.2")]
    [InlineData("s_server-old", "TLSv1.2")]
    [InlineData("s_server-tls12-tiny", "TLSv1.2")]
    [InlineData("gnutls-rc4-3des", "TLSv1.2")]
    public async Task Scan_RealPatchedServer_HeartbleedNotVulnerableAsItDoesNotAnswerTheExtension(string name, string version)
    {
        var result = await ScanAsync(name);

        var heartbleed = Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.Heartbleed);
        Assert.True(heartbleed.Status == VulnerabilityStatus.NotVulnerable, heartbleed.Evidence);
        Assert.Equal(1, heartbleed.Connections);
        Assert.Equal($"The server did not answer the heartbeat extension in its {version} ServerHello (RFC 6520 §2), so it takes no heartbeat messages.", heartbleed.Evidence);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    [InlineData("s_server-tls12-tiny")]
    public async Task Scan_RealPatchedServer_CcsInjectionNotVulnerableByUnexpectedMessage(string name)
    {
        var result = await ScanAsync(name);

        var ccs = Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.CcsInjection);
        Assert.True(ccs.Status == VulnerabilityStatus.NotVulnerable, ccs.Evidence);
        Assert.Equal(1, ccs.Connections);
        Assert.EndsWith("the server refused it with fatal alert unexpected_message, as a patched server does.", ccs.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_RealGnuTlsServer_CcsInjectionNotVulnerableAsItHangsUp()
    {
        // libgnutls fails the handshake on the early CCS; the kit's in-process server then closes without sending
        // the alert (gnutls-serv would call gnutls_alert_send_appropriate), so the refusal is the close.
        var result = await ScanAsync("gnutls-rc4-3des");

        var ccs = Assert.Single(result.Vulnerabilities, v => v.Id == VulnerabilityIds.CcsInjection);
        Assert.True(ccs.Status == VulnerabilityStatus.NotVulnerable, ccs.Evidence);
        Assert.Equal(1, ccs.Connections);
        Assert.EndsWith("the server refused it by closing the connection (without an alert).", ccs.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_RealTls13OnlyServer_BothNotVulnerableWithoutAConnection()
    {
        var result = await ScanAsync("nginx-modern");

        Assert.Equal(2, result.Vulnerabilities.Count);
        Assert.All(result.Vulnerabilities, v =>
        {
            Assert.Equal(VulnerabilityStatus.NotVulnerable, v.Status);
            Assert.Equal(0, v.Connections);
            Assert.Contains("speaks only TLSv1.3", v.Evidence, StringComparison.Ordinal);
        });
    }

    private async Task<ServerScanResult> ScanAsync(string name)
    {
        var target = lab.Get(name);
        var result = await new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost")).WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    }
}
