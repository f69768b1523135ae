using System.Net;
using System.Net.Sockets;
using System.Text;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Scanning.Tests.RealServers;

// The non-TLS targets behave as their Behaviour says.
public sealed partial class LabServersTests
{
    // The start of a TLS 1.2 ClientHello record; enough for a server to see it is not its protocol.
    private static readonly byte[] ClientHelloStart =
    [
        0x16,       // TLSPlaintext.type = handshake
        0x03, 0x01, // legacy_record_version
        0x00, 0x05, // length
        0x01,       // Handshake.msg_type = client_hello
        0x00, 0x00, 0x01, // Handshake.length
        0x03,       // (first byte of client_version)
    ];

    [Fact]
    public async Task Echo_ClientHelloBytes_ComeBackUnchanged()
    {
        using var client = await ConnectAsync("echo");
        var stream = client.GetStream();

        await stream.WriteAsync(ClientHelloStart);
        var received = await ReadAtLeastAsync(stream, ClientHelloStart.Length, TimeSpan.FromSeconds(5));

        Assert.Equal(ClientHelloStart, received);
    }

    [Fact]
    public async Task Banner_OnConnect_Sends220ThenAnswers502PerLine()
    {
        using var client = await ConnectAsync("banner");
        var stream = client.GetStream();

        var banner = Encoding.ASCII.GetString(await ReadAtLeastAsync(stream, 4, TimeSpan.FromSeconds(5)));
        await stream.WriteAsync("EHLO test\r\n"u8.ToArray());
        var reply = Encoding.ASCII.GetString(await ReadAtLeastAsync(stream, 4, TimeSpan.FromSeconds(5)));

        Assert.StartsWith("220 ", banner, StringComparison.Ordinal);
        Assert.StartsWith("502 ", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silent_AfterClientHello_SendsNothingWithinOneSecond()
    {
        using var client = await ConnectAsync("silent");
        var stream = client.GetStream();

        await stream.WriteAsync(ClientHelloStart);
        var received = await ReadAtLeastAsync(stream, 1, TimeSpan.FromSeconds(1));

        Assert.Empty(received);
        Assert.True(client.Connected);
    }

    [Fact]
    public async Task Closed_Connect_IsRefused()
    {
        var target = lab.Get("closed");
        using var client = new TcpClient(AddressFamily.InterNetwork);

        var error = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, target.Port));

        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
        Assert.Equal(LabTargetKind.Closed, target.Kind);
    }

    [Fact]
    public async Task PlainHttp_ClientHello_Gets400BadRequest()
    {
        using var client = await ConnectAsync("nginx-plain-http");
        var stream = client.GetStream();

        await stream.WriteAsync(ClientHelloStart);
        var answer = Encoding.ASCII.GetString(await ReadAtLeastAsync(stream, 12, TimeSpan.FromSeconds(5)));

        Assert.StartsWith("HTTP/1.1 400 Bad Request", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_Get_Gets200()
    {
        using var client = await ConnectAsync("nginx-plain-http");
        var stream = client.GetStream();

        await stream.WriteAsync("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n"u8.ToArray());
        var answer = Encoding.ASCII.GetString(await ReadAtLeastAsync(stream, 12, TimeSpan.FromSeconds(5)));

        Assert.StartsWith("HTTP/1.1 200 OK", answer, StringComparison.Ordinal);
    }

    private async Task<TcpClient> ConnectAsync(string name)
    {
        var target = lab.Get(name);
        Assert.Equal(LabTargetKind.NonTls, target.Kind);
        var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, target.Port);
        return client;
    }

    // Reads until at least `count` bytes arrived, the peer closed, or the time is up; returns what came.
    private static async Task<byte[]> ReadAtLeastAsync(NetworkStream stream, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var received = new List<byte>();
        var buffer = new byte[4096];
        try
        {
            while (received.Count < count)
            {
                var read = await stream.ReadAsync(buffer, deadline.Token);
                if (read == 0)
                {
                    break;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }
        }
        catch (OperationCanceledException)
        {
        }

        return [.. received];
    }
}
