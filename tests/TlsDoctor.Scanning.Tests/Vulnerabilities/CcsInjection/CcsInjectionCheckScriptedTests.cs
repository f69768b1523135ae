using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.CcsInjection;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.CheckHarness;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.CcsInjection;

/// <summary>The CCS injection check against scripted servers with and without the flaw (no real server here has it).</summary>
public sealed class CcsInjectionCheckScriptedTests
{
    private static readonly CcsInjectionCheck Check = new();

    [Theory]
    [InlineData(TlsVersion.Tls10, 0x002F, "decryption_failed")] // TLS_RSA_WITH_AES_128_CBC_SHA: a 1-byte record is no whole block
    [InlineData(TlsVersion.Tls12, 0x002F, "decryption_failed")]
    [InlineData(TlsVersion.Tls12, 0xC02F, "bad_record_mac")]    // TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: the tag fails
    public async Task RunAsync_ScriptedCcsInjectionServer_VulnerableByTheAlertToTheSecondRecord(TlsVersion version, int suite, string alert)
    {
        var config = ScriptedChains.Rsa with { Versions = [version], Suites = [(ushort)suite], Behaviours = ServerBehaviours.CcsInjection };

        var (result, connections) = await RunScriptedAsync(Check, config);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal(1, connections);
        Assert.StartsWith($"At {version.Name()}, after the server's flight, we sent a ChangeCipherSpec before any key exchange; the server said nothing for 2 s;", result.Evidence, StringComparison.Ordinal);
        Assert.Contains($"it answered fatal alert {alert}: it had taken the first", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScriptedServerWithoutTheFlaw_NotVulnerableByUnexpectedMessage()
    {
        var (result, connections) = await RunScriptedAsync(Check, ScriptedChains.Rsa);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(1, connections);
        Assert.EndsWith("the server refused it with fatal alert unexpected_message, as a patched server does.", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ScriptedCcsInjectionServer_ReportsCcsInjectionVulnerable()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls12], Behaviours = ServerBehaviours.CcsInjection };

        var scan = await ScriptedScan.RunAsync(config);

        var ccs = Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.CcsInjection);
        Assert.Equal(VulnerabilityStatus.Vulnerable, ccs.Status);
        Assert.Equal(1, ccs.Connections);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.Heartbleed).Status);
    }
}
