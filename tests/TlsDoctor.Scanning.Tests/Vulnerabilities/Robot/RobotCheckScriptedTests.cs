using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>
/// The ROBOT check against the scripted server: with <see cref="ServerBehaviours.RobotOracle"/> (no real server here
/// has a Bleichenbacher oracle), without it, and hostile. Real servers' negatives are in RobotCheckLabTests.
/// </summary>
public sealed class RobotCheckScriptedTests
{
    [Fact]
    public async Task RunAsync_ScriptedRobotOracle_VulnerableStrongOracleConfirmedOnRepeat()
    {
        var result = await ScanScriptedAsync(ScriptedChains.Rsa with { Behaviours = ServerBehaviours.RobotOracle });

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("strong Bleichenbacher oracle with ClientKeyExchange, ChangeCipherSpec and Finished", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("correct padding → alert bad_record_mac", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("wrong first bytes → alert handshake_failure", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("0x00 in the wrong place → alert bad_record_mac", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("(TLSv1.2, TLS_RSA_WITH_AES_128_GCM_SHA256; 10 queries sent", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(10, result.Connections); // a round and its repeat
        Assert.True(result.Connections <= RobotScan.Options.RobotMaxQueries + 1);
    }

    [Fact]
    public async Task RunAsync_ScriptedRobotOracleOnlyStaticRsaCbc_VulnerableAtThatSuite()
    {
        var config = ScriptedChains.Rsa with { Behaviours = ServerBehaviours.RobotOracle, Suites = [0xC02F, 0x002F] };

        var result = await ScanScriptedAsync(config);

        Assert.True(result.Status == VulnerabilityStatus.Vulnerable, result.Evidence);
        Assert.Contains("TLS_RSA_WITH_AES_128_CBC_SHA", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScriptedServerWithoutTheFlaw_NotVulnerableSameAnswerForAll()
    {
        // The plain scripted server never decrypts the premaster secret: whatever the padding, it refuses the Finished
        // it cannot check with handshake_failure, and waits in silence after a key exchange alone.
        var result = await ScanScriptedAsync(ScriptedChains.Rsa);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith("no oracle: all 5 premaster secrets got the same answer: alert handshake_failure, then close with ClientKeyExchange, ChangeCipherSpec and Finished, silence with ClientKeyExchange alone", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(10, result.Connections);
    }

    [Fact]
    public async Task RunAsync_ScriptedEcdsaServer_NotVulnerableNoRsaKeyExchange()
    {
        var result = await ScanScriptedAsync(ScriptedChains.Ecdsa with { Behaviours = ServerBehaviours.RobotOracle });

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith("no RSA key exchange", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, result.Connections);
    }

    [Theory]
    [InlineData(7, 5)]  // a first round, then no room for the repeat
    [InlineData(4, 0)]  // no room for one round: nothing sent
    public async Task RunAsync_ScriptedRobotOracleSmallBudget_UnknownWithinTheBudget(int budget, int expectedConnections)
    {
        var options = RobotScan.Options with { RobotMaxQueries = budget };

        var result = await ScanScriptedAsync(ScriptedChains.Rsa with { Behaviours = ServerBehaviours.RobotOracle }, options);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Contains($"RobotMaxQueries = {budget}", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(expectedConnections, result.Connections);
        Assert.True(result.Connections <= budget);
    }

    [Theory]
    [InlineData(HostileMode.Silent, "no answer within")]
    [InlineData(HostileMode.Garbage, "not a TLS record")]
    [InlineData(HostileMode.Reset, "reset")]
    public async Task RunAsync_ScriptedHostileServer_UnknownAfterOneQueryWithoutHanging(HostileMode mode, string reason)
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { Hostile = mode });
        await using (server)
        {
            var started = DateTime.UtcNow;

            var result = await RobotScan.CheckAsync(server.Port, ["TLS_RSA_WITH_AES_128_CBC_SHA"]);

            Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
            Assert.StartsWith("query 1 (correct padding) failed: the server did not complete an RSA key exchange hello at TLSv1.2", result.Evidence, StringComparison.Ordinal);
            Assert.Contains(reason, result.Evidence, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, result.Connections);
            Assert.EndsWith("1 query sent, one connection each).", result.Evidence, StringComparison.Ordinal);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "one failed query must cost at most the read timeout");
        }
    }

    private static async Task<VulnerabilityResult> ScanScriptedAsync(ScriptedServerConfig config, ScanOptions? options = null)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server)
        {
            var result = await RobotScan.ScanAsync("127.0.0.1", server.Port, options);
            Assert.Empty(server.Faults);
            return result;
        }
    }
}
