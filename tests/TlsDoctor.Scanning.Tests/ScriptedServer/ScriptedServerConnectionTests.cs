using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>The scripted server's own robustness: deadlines, byte cap, junk from the client, SSLv2 edge cases, shutdown.</summary>
public sealed class ScriptedServerConnectionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Connection_ScriptedServerWithSilentClient_ClosesAtTheReadDeadline()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { ReadTimeout = TimeSpan.FromMilliseconds(300) });
        await using (server.ConfigureAwait(false))
        {
            using var client = await ConnectAsync(server.Port);
            var clock = Stopwatch.StartNew();

            var reply = await ReadToEndAsync(client);

            Assert.Empty(reply);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(200), Patience);
        }
    }

    [Fact]
    public async Task Connection_ScriptedServerWithClientPastTheByteCap_ClosesWithoutAnswering()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { MaxClientBytes = 512 });
        await using (server.ConfigureAwait(false))
        {
            using var client = await ConnectAsync(server.Port);
            byte[] header = [(byte)ContentType.Handshake, 0x03, 0x01, 0x3F, 0xFF]; // a record promising 16383 bytes

            await client.SendAsync(header);
            await client.SendAsync(new byte[1024]);
            var reply = await ReadToEndAsync(client);

            Assert.Empty(reply);
            Assert.Empty(server.Faults);
        }
    }

    [Fact]
    public async Task Connection_ScriptedServerSentPlainHttp_ClosesAndKeepsServing()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa);
        await using (server.ConfigureAwait(false))
        {
            using (var client = await ConnectAsync(server.Port))
            {
                await client.SendAsync("GET / HTTP/1.0\r\n\r\n"u8.ToArray());
                Assert.Empty(await ReadToEndAsync(client));
            }

            var (_, flight) = await ScriptedExchange.RunAsync(server.Port, new ClientHelloSpec { CipherSuites = ScriptedChains.Rsa.Suites });

            Assert.True(flight.Complete, flight.Error?.Message);
            Assert.Empty(server.Faults);
        }
    }

    [Fact]
    public async Task Connection_ScriptedServerSentMalformedClientHello_AlertsDecodeError()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa);
        await using (server.ConfigureAwait(false))
        {
            using var client = await ConnectAsync(server.Port);
            byte[] body = [0x03, 0x03, .. new byte[ClientHello.RandomLength], 0x00, 0x00, 0x03, 0x00, 0x2F, 0x00, 0x01, 0x00]; // cipher_suites length 3
            await client.SendAsync(TlsRecord.Encode(ContentType.Handshake, 0x0301, new HandshakeMessage(HandshakeType.ClientHello, body).Encode()));

            var reply = await ReadToEndAsync(client);

            Assert.Equal(new Alert(AlertLevel.Fatal, AlertDescription.DecodeError).Encode(), reply);
        }
    }

    [Fact]
    public async Task Connection_ScriptedServerWithNoCommonSslV2Spec_SendsSslV2NoCipherError()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv2], SslV2CipherSpecs = [0x010080] };
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            using var client = await ConnectAsync(server.Port);
            await client.SendAsync(SslV2ClientHello.Build([0x0700C0], new byte[SslV2ClientHello.ChallengeLength]));

            var reply = await ReadToEndAsync(client);

            Assert.Equal(SslV2ServerHelloWriter.Error(SslV2ServerHelloWriter.NoCipherError), reply);
            Assert.Equal([(byte)SslV2MessageType.Error, 0x00, 0x01], SslV2Record.TryParse(reply).Value!.Message); // MSG-ERROR, NO-CIPHER-ERROR
        }
    }

    [Fact]
    public async Task Connection_ScriptedServerWithoutSslV2SentSslV2Hello_ClosesWithoutAnswering()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa);
        await using (server.ConfigureAwait(false))
        {
            using var client = await ConnectAsync(server.Port);
            await client.SendAsync(SslV2ClientHello.Build([0x010080], new byte[SslV2ClientHello.ChallengeLength]));

            Assert.Empty(await ReadToEndAsync(client));
        }
    }

    [Fact]
    public async Task Dispose_ScriptedServerWithOpenSilentConnections_ReturnsPromptly()
    {
        var server = new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { ReadTimeout = TimeSpan.FromMinutes(5) });
        using var first = await ConnectAsync(server.Port);
        using var second = await ConnectAsync(server.Port);
        await WaitForAsync(() => server.Accepted == 2);
        var clock = Stopwatch.StartNew();

        await server.DisposeAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Patience);
        Assert.Empty(server.Faults);
    }

    private static async Task<Socket> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }

    /// <summary>Everything the server sends until it closes (a reset counts as a close); fails the test past the patience.</summary>
    private static async Task<byte[]> ReadToEndAsync(Socket socket)
    {
        using var deadline = new CancellationTokenSource(Patience);
        var received = new List<byte>();
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token)) > 0)
            {
                received.AddRange(buffer.AsSpan(0, n));
            }
        }
        catch (SocketException)
        {
            // reset by the server: it closed
        }

        return [.. received];
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < Patience)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
