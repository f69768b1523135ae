using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Heartbleed;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.CheckHarness;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Heartbleed;

/// <summary>The Heartbleed check against scripted servers with and without the flaw (no real server here has it).</summary>
public sealed class HeartbleedCheckScriptedTests
{
    private static readonly HeartbleedCheck Check = new();

    /// <summary>A server that answers the heartbeat extension; with or without the flaw, tests say.</summary>
    private static ScriptedServerConfig WithHeartbeat => ScriptedChains.Rsa with { Extensions = ServerExtensions.All };

    [Theory]
    [InlineData(TlsVersion.Tls10)]
    [InlineData(TlsVersion.Tls11)]
    [InlineData(TlsVersion.Tls12)]
    public async Task RunAsync_ScriptedHeartbleedServer_VulnerableWithLengthsOnly(TlsVersion version)
    {
        var config = WithHeartbeat with { Versions = [version], Behaviours = ServerBehaviours.Heartbleed };

        var (result, connections) = await RunScriptedAsync(Check, config);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal(1, connections);
        // Our 19-byte request claims 17 payload bytes; the answer is 1 + 2 + 17 + 16 bytes of padding = 36.
        Assert.Contains($"At {version.Name()} we sent a 19-byte heartbeat request carrying 16 payload bytes but claiming 17", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("36-byte heartbeat response claiming 17 payload bytes, 17 more than we sent", result.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("memory, not a secret", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScriptedHeartbleedServerAtTls12AndBelow_TestsTheHighestVersion()
    {
        var config = WithHeartbeat with { Versions = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12], Behaviours = ServerBehaviours.Heartbleed };

        var (result, _) = await RunScriptedAsync(Check, config);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("At TLSv1.2 ", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScriptedServerWithHeartbeatWithoutTheFlaw_NotVulnerableAsItDiscardsTheRequest()
    {
        var (result, connections) = await RunScriptedAsync(Check, WithHeartbeat);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(1, connections);
        Assert.Contains("no answer within 2 s: the server discarded it, as RFC 6520 §4 requires", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScriptedServerNotAnsweringTheExtension_NotVulnerableWithoutSendingAHeartbeat()
    {
        // The flaw is there, but a server that did not negotiate heartbeats takes none (RFC 6520 §2).
        var config = ScriptedChains.Rsa with { Extensions = ServerExtensions.RenegotiationInfo, Behaviours = ServerBehaviours.Heartbleed };

        var (result, connections) = await RunScriptedAsync(Check, config);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(1, connections);
        Assert.Equal("The server did not answer the heartbeat extension in its TLSv1.2 ServerHello (RFC 6520 §2), so it takes no heartbeat messages.", result.Evidence);
    }

    [Fact]
    public async Task RunAsync_ScriptedSslV3Server_NotVulnerableAsSslV3HasNoHeartbeatExtension()
    {
        var config = WithHeartbeat with { Versions = [TlsVersion.SSLv3], Suites = [0x002F], Behaviours = ServerBehaviours.Heartbleed };

        var (result, _) = await RunScriptedAsync(Check, config);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("in its SSLv3 ServerHello", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ScriptedHeartbleedServer_ReportsHeartbleedVulnerable()
    {
        var config = WithHeartbeat with { Versions = [TlsVersion.Tls11, TlsVersion.Tls12], Behaviours = ServerBehaviours.Heartbleed };

        var scan = await ScriptedScan.RunAsync(config);

        var heartbleed = Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.Heartbleed);
        Assert.Equal(VulnerabilityStatus.Vulnerable, heartbleed.Status);
        Assert.Equal(1, heartbleed.Connections);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.CcsInjection).Status);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithHeartbeatWithoutTheFlaw_ReportsHeartbleedNotVulnerable()
    {
        var scan = await ScriptedScan.RunAsync(WithHeartbeat);

        Assert.True(scan.Features!.Heartbeat);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, Assert.Single(scan.Vulnerabilities, v => v.Id == VulnerabilityIds.Heartbleed).Status);
    }
}
