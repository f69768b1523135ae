using System.Text;
using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Transport.Tls12;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Transport.Tls12;

/// <summary>
/// Our TLS 1.0–1.2 client against the real servers of the test kit: the handshake completes (both Finished messages
/// check out), and an HTTP request over the channel gets an HTTP answer, which only works when records are
/// protected exactly as the server expects in both directions.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class Tls12SessionLabTests(LabServers lab)
{
    [Theory]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("nginx-intermediate", TlsVersion.Tls12, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256")]
    [InlineData("s_server-old", TlsVersion.Tls10, "TLS_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData("s_server-old", TlsVersion.Tls10, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA")]
    [InlineData("s_server-old", TlsVersion.Tls11, "TLS_RSA_WITH_AES_256_CBC_SHA")]
    [InlineData("s_server-old", TlsVersion.Tls12, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")]
    [InlineData("s_server-old", TlsVersion.Tls12, "TLS_RSA_WITH_AES_256_CBC_SHA256")]
    [InlineData("s_server-tls12-tiny", TlsVersion.Tls12, "TLS_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData("s_server-tls12-tiny", TlsVersion.Tls12, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")]
    public async Task HandshakeAsync_RealServer_CompletesAndCarriesAnHttpExchange(string target, TlsVersion version, string suite)
    {
        var context = LabProbe.Context(lab.Get(target).Port);
        var (connection, error) = await context.OpenAsync(CancellationToken.None);
        Assert.Null(error);
        await using var _ = connection!;

        var handshake = await Tls12Session.HandshakeAsync(connection!, Tls12Session.Offer(version, "localhost", [ScriptedScan.Code(suite)]), CancellationToken.None);

        Assert.True(handshake.Succeeded, handshake.Error?.Message);
        using var session = handshake.Session!;
        Assert.Equal(version, session.Version);
        Assert.Equal(suite, session.Suite.IanaName);
        Assert.Equal(12, session.ClientVerifyData.Length);
        Assert.Null(await session.SendApplicationDataAsync("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n"u8.ToArray(), CancellationToken.None));
        var answer = await ReadApplicationDataAsync(session);
        Assert.StartsWith("HTTP/1.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandshakeAsync_NginxWithTickets_ReturnsTheNewSessionTicket()
    {
        var context = LabProbe.Context(lab.Get("nginx-intermediate").Port);
        var (connection, _) = await context.OpenAsync(CancellationToken.None);
        await using var _ = connection!;

        var handshake = await Tls12Session.HandshakeAsync(connection!, Tls12Session.Offer(TlsVersion.Tls12, "localhost"), CancellationToken.None);

        Assert.True(handshake.Succeeded, handshake.Error?.Message);
        Assert.NotEmpty(handshake.Session!.Ticket!.Ticket);
        handshake.Session.Dispose();
    }

    [Fact]
    public async Task HandshakeAsync_SuiteTheServerLacks_FailsWithAnAlertNotAnException()
    {
        var context = LabProbe.Context(lab.Get("nginx-intermediate").Port);
        var (connection, _) = await context.OpenAsync(CancellationToken.None);
        await using var _ = connection!;

        var handshake = await Tls12Session.HandshakeAsync(connection!, Tls12Session.Offer(TlsVersion.Tls12, "localhost", [ScriptedScan.Code("TLS_RSA_WITH_AES_128_CBC_SHA")]), CancellationToken.None);

        Assert.False(handshake.Succeeded);
        Assert.Equal(Scanning.Transport.ConnectionErrorKind.Alert, handshake.Error!.Kind);
    }

    private static async Task<string> ReadApplicationDataAsync(Tls12Session session)
    {
        var text = new StringBuilder();
        while (text.Length < 16)
        {
            var read = await session.ReadRecordAsync(CancellationToken.None);
            if (read.Error is not null)
            {
                break;
            }

            if (read.Type == ContentType.ApplicationData)
            {
                text.Append(Encoding.ASCII.GetString(read.Content));
            }
        }

        return text.ToString();
    }
}
