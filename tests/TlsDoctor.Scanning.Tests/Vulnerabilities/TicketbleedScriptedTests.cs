using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Tests.Transport.Tls12;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Ticketbleed;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>
/// Ticketbleed's positive, against the scripted server emulating F5's flaw on the wire (no real server here has
/// it): it finishes the full handshake, issues a ticket, and on resumption pads our 16-byte session id to 32 bytes.
/// </summary>
public sealed class TicketbleedScriptedTests
{
    private static ScriptedServerConfig Ticketbleed => ScriptedChains.Rsa with
    {
        Behaviours = ServerBehaviours.Ticketbleed,
        Extensions = ServerExtensions.RenegotiationInfo | ServerExtensions.ExtendedMasterSecret | ServerExtensions.SessionTicket,
    };

    [Theory]
    [InlineData(TlsVersion.Tls12, (ushort)0x009C)]   // TLS_RSA_WITH_AES_128_GCM_SHA256
    [InlineData(TlsVersion.Tls12, (ushort)0x003D)]   // TLS_RSA_WITH_AES_256_CBC_SHA256
    [InlineData(TlsVersion.Tls10, (ushort)0x002F)]   // TLS_RSA_WITH_AES_128_CBC_SHA
    public async Task RunAsync_ScriptedTicketbleedServer_IsVulnerableAndKeepsNoLeakedBytes(TlsVersion version, ushort suite)
    {
        var server = new Lab.Scripted.ScriptedServer(Ticketbleed with { Versions = [version], Suites = [suite] });
        await using (server)
        {
            var context = LabProbe.Context(server.Port);

            var result = await new TicketbleedCheck().RunAsync(new VulnerabilityContext(context, ClientRenegotiationCheckTests.Scan(context.Target), null), CancellationToken.None);

            Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
            Assert.Contains("32 bytes", result.Evidence, StringComparison.Ordinal);
            Assert.Contains("(not kept)", result.Evidence, StringComparison.Ordinal);
            Assert.Equal(2, result.Connections);
            Assert.Empty(server.Faults);
        }
    }

    [Fact]
    public async Task RunAsync_ScriptedServerWithoutTheFlaw_CannotBeJudgedVulnerable()
    {
        // The plain scripted server stops after ServerHelloDone: no handshake completes, so no ticket, no verdict.
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { Suites = [0x009C], ReadTimeout = TimeSpan.FromSeconds(1) });
        await using (server)
        {
            var context = LabProbe.Context(server.Port);

            var result = await new TicketbleedCheck().RunAsync(new VulnerabilityContext(context, ClientRenegotiationCheckTests.Scan(context.Target), null), CancellationToken.None);

            Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        }
    }
}
