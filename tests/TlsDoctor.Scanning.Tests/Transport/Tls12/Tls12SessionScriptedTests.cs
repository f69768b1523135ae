using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Transport.Tls12;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Transport.Tls12;

/// <summary>Our TLS 1.2 client against scripted servers that misbehave: every failure is a ConnectionError, never an exception.</summary>
public sealed class Tls12SessionScriptedTests
{
    [Theory]
    [InlineData(HostileMode.Garbage)]
    [InlineData(HostileMode.Reset)]
    [InlineData(HostileMode.TruncateMidRecord)]
    [InlineData(HostileMode.MalformedServerHello)]
    [InlineData(HostileMode.Silent)]
    public async Task HandshakeAsync_ScriptedHostileServer_FailsWithAConnectionError(HostileMode mode)
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { Hostile = mode, ReadTimeout = TimeSpan.FromSeconds(1) });
        await using (server)
        {
            var (connection, _) = await LabProbe.Context(server.Port).OpenAsync(CancellationToken.None);
            await using var _ = connection!;

            var handshake = await Tls12Session.HandshakeAsync(connection!, Tls12Session.Offer(TlsVersion.Tls12, "localhost"), CancellationToken.None);

            Assert.False(handshake.Succeeded);
            Assert.NotNull(handshake.Error);
        }
    }

    [Fact]
    public async Task HandshakeAsync_ScriptedServerThatCannotFinish_FailsWithItsHandshakeFailureAlert()
    {
        // The plain scripted server keeps no record keys: it refuses our Finished with handshake_failure at once.
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { ReadTimeout = TimeSpan.FromSeconds(5) });
        await using (server)
        {
            var (connection, _) = await LabProbe.Context(server.Port).OpenAsync(CancellationToken.None);
            await using var _ = connection!;

            var handshake = await Tls12Session.HandshakeAsync(connection!, Tls12Session.Offer(TlsVersion.Tls12, "localhost"), CancellationToken.None);

            Assert.Equal(ConnectionErrorKind.Alert, handshake.Error!.Kind);
            Assert.Equal(Tls.Alerts.AlertDescription.HandshakeFailure, handshake.Error.Alert);
            Assert.NotNull(handshake.ServerHello);
        }
    }
}
