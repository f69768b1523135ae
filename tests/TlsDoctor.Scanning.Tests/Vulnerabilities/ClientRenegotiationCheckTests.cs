using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.Transport.Tls12;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.ClientRenegotiation;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>Client-initiated renegotiation against real servers: OpenSSL that allows it, nginx and stock s_server that refuse it.</summary>
[Collection(LabCollection.Name)]
public sealed class ClientRenegotiationCheckTests(LabServers lab)
{
    [Fact]
    public async Task RunAsync_SServerWithClientRenegotiation_IsVulnerable()
    {
        await using var server = await OneOffSServer.StartAsync("-client_renegotiation", "-no_tls1_3");

        var result = await Run(server.Port);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Contains("ServerHello", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("denial-of-service", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, result.Connections);
    }

    [Fact]
    public async Task RunAsync_SServerOldTls10Only_IsVulnerableWhenAllowedAtTls10()
    {
        await using var server = await OneOffSServer.StartAsync("-client_renegotiation", "-tls1", "-cipher", "AES128-SHA:@SECLEVEL=0");

        var result = await Run(server.Port);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Contains("TLSv1.0", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    [InlineData("s_server-tls12-tiny")]
    public async Task RunAsync_ServerThatRefusesClientRenegotiation_IsNotVulnerable(string target)
    {
        var result = await Run(lab.Get(target).Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("refused", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Tls13OnlyScan_IsNotVulnerableWithoutConnecting()
    {
        var context = LabProbe.Context(lab.Get("nginx-modern").Port);
        var scan = Scan(context.Target) with
        {
            Protocols = [new ProtocolSupportResult(TlsVersion.Tls12, false, "alert"), new ProtocolSupportResult(TlsVersion.Tls13, true, "ServerHello")],
        };

        var result = await new ClientRenegotiationCheck().RunAsync(new VulnerabilityContext(context, scan, null), CancellationToken.None);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("TLS 1.3", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, context.Connections);
    }

    private static async Task<VulnerabilityResult> Run(int port)
    {
        var context = LabProbe.Context(port);
        return await new ClientRenegotiationCheck().RunAsync(new VulnerabilityContext(context, Scan(context.Target), null), CancellationToken.None);
    }

    /// <summary>A scan that ran no protocol probe: the check finds its version itself.</summary>
    internal static ServerScanResult Scan(ScanTarget target) => new() { Target = target, Outcome = ScanOutcome.Completed };
}
