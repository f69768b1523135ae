using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.CcsInjection;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.CheckHarness;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.CcsInjection;

/// <summary>Servers the check cannot or need not test, and hostile ones: a clear status, no exception, no hang.</summary>
public sealed class CcsInjectionCheckEdgeTests
{
    private static readonly CcsInjectionCheck Check = new();

    [Fact]
    public async Task RunAsync_Tls13OnlyServer_NotVulnerableWithoutConnecting()
    {
        var port = ClosedPort();

        var (result, connections) = await RunAsync(Check, port, Scan(port, TlsVersion.Tls13));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(0, connections);
        Assert.Contains("never spoke TLS 1.3", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SslV2OnlyServer_NotVulnerableWithoutConnecting()
    {
        var port = ClosedPort();

        var (result, connections) = await RunAsync(Check, port, Scan(port, TlsVersion.SSLv2));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(0, connections);
        Assert.StartsWith("The server speaks only SSLv2", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NothingListens_UnknownWithTheReason()
    {
        var port = ClosedPort();

        var (result, connections) = await RunAsync(Check, port, Scan(port, TlsVersion.Tls12));

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Equal(1, connections);
        Assert.StartsWith("Could not connect: ", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HostileMode.Reset, "reset")]
    [InlineData(HostileMode.Silent, "no answer within")]
    [InlineData(HostileMode.TruncateMidRecord, "unfinished TLS record")]
    [InlineData(HostileMode.MalformedServerHello, "malformed ServerHello")]
    public async Task RunAsync_ScriptedHostileServer_UnknownWithinTheDeadline(HostileMode mode, string reason)
    {
        var config = ScriptedChains.Rsa with { Hostile = mode, Behaviours = ServerBehaviours.CcsInjection };

        var (result, connections) = await RunScriptedAsync(Check, config, TlsVersion.Tls12);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Equal(1, connections);
        Assert.StartsWith("The server did not take our TLSv1.2 hello: ", result.Evidence, StringComparison.Ordinal);
        Assert.Contains(reason, result.Evidence, StringComparison.Ordinal);
    }
}
