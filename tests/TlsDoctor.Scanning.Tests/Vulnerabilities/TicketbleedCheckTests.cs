using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.Transport.Tls12;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Ticketbleed;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>Ticketbleed against real servers: they issue tickets and resume with them, echoing our short session id as it is.</summary>
[Collection(LabCollection.Name)]
public sealed class TicketbleedCheckTests(LabServers lab)
{
    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    [InlineData("s_server-tls12-tiny")]
    public async Task RunAsync_RealServerThatResumesWithTickets_IsNotVulnerable(string target)
    {
        var result = await Run(lab.Get(target).Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        // A ticket was issued and offered back: the negative is about the echo, not about missing tickets.
        Assert.Contains("was resumed", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(2, result.Connections);
    }

    [Fact]
    public async Task RunAsync_ServerWithoutTickets_IsNotVulnerableForNoTickets()
    {
        await using var server = await OneOffSServer.StartAsync("-no_ticket", "-no_tls1_3");

        var result = await Run(server.Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("no session tickets", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, result.Connections);
    }

    private static async Task<VulnerabilityResult> Run(int port)
    {
        var context = LabProbe.Context(port);
        return await new TicketbleedCheck().RunAsync(new VulnerabilityContext(context, ClientRenegotiationCheckTests.Scan(context.Target), null), CancellationToken.None);
    }
}
