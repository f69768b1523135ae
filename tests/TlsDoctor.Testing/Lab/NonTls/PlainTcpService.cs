using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TlsDoctor.Testing.Lab.NonTls;

/// <summary>
/// An in-process plain-TCP service on 127.0.0.1 for the non-TLS targets: echo, silent or banner
/// (see <see cref="LabBehaviours"/>). Every connection is closed after <see cref="HoldTime"/> at the latest.
/// </summary>
internal sealed class PlainTcpService : IAsyncDisposable
{
    public const string BannerLine = "220 localhost ESMTP TlsDoctor test-lab banner (not TLS)\r\n";
    public const string UnknownCommandLine = "502 5.5.2 command not recognized\r\n";

    private static readonly TimeSpan HoldTime = TimeSpan.FromSeconds(120);

    private readonly TcpListener listener;
    private readonly string behaviour;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    private PlainTcpService(TcpListener listener, string behaviour)
    {
        this.listener = listener;
        this.behaviour = behaviour;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Binds 127.0.0.1:<paramref name="port"/> at once; throws SocketException if the port is taken.</summary>
    public static PlainTcpService Start(int port, string behaviour)
    {
        if (behaviour is not (LabBehaviours.Echo or LabBehaviours.Silent or LabBehaviours.Banner))
        {
            throw new ArgumentException($"no in-process service for behaviour '{behaviour}'", nameof(behaviour));
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(64);
        return new PlainTcpService(listener, behaviour);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                connections.Add(ServeAsync(client));
                connections.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        hold.CancelAfter(HoldTime);
        try
        {
            var stream = client.GetStream();
            if (behaviour == LabBehaviours.Banner)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(BannerLine), hold.Token);
            }

            var buffer = new byte[65536];
            while (true)
            {
                var read = await stream.ReadAsync(buffer, hold.Token);
                if (read == 0)
                {
                    return;
                }

                await AnswerAsync(stream, buffer.AsMemory(0, read), hold.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // Hold time over, lab stopping, or the peer went away.
        }
    }

    private Task AnswerAsync(NetworkStream stream, ReadOnlyMemory<byte> data, CancellationToken token)
    {
        switch (behaviour)
        {
            case LabBehaviours.Echo:
                return stream.WriteAsync(data, token).AsTask();
            case LabBehaviours.Banner:
                // One "502" per line received (at least one per read), like an SMTP server refusing commands.
                var lines = Math.Max(1, data.Span.Count((byte)'\n'));
                var reply = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(UnknownCommandLine, lines)));
                return stream.WriteAsync(reply, token).AsTask();
            default:
                return Task.CompletedTask; // silent: read and discard
        }
    }
}
