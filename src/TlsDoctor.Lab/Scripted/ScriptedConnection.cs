using System.Net.Sockets;
using TlsDoctor.Lab.Scripted.Crypto;
using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// One accepted connection: read the hello (within the read deadline and byte cap), answer it, wait for the client
/// to close. Network trouble ends the connection quietly; anything else is a server bug and goes to the caller.
/// </summary>
internal sealed partial class ScriptedConnection(Socket socket, ScriptedServerConfig config, ServerKeys keys, Func<int, byte[]> randomBytes, CancellationToken stop)
{
    /// <summary>Bytes of a connection id in an SSLv2 SERVER-HELLO ("16 to 32 bytes").</summary>
    private const int SslV2ConnectionIdLength = 16;

    private readonly byte[] _buffer = new byte[config.MaxClientBytes];
    private int _received;
    private int _total;

    /// <summary>What the server agreed to in its flight (TLS hellos it answered), for what it does after the flight.</summary>
    private Negotiation? _agreed;

    public async Task RunAsync()
    {
        using (socket)
        {
            try
            {
                await ServeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // the client went away or the server is stopping
            }
        }
    }

    private async Task ServeAsync()
    {
        var hello = await ReadHelloAsync().ConfigureAwait(false);
        if (hello is null)
        {
            return;
        }

        if (config.ResetHellosWithMoreSuitesThan is { } most && hello.Tls?.CipherSuites.Count > most)
        {
            socket.LingerState = new LingerOption(enable: true, seconds: 0); // an intolerant server: RST, no alert
            return;
        }

        switch (config.Hostile)
        {
            case HostileMode.Reset:
                socket.LingerState = new LingerOption(enable: true, seconds: 0); // closing now sends RST, not FIN
                return;
            case HostileMode.Garbage:
                await SendAsync(HostileReplies.Garbage).ConfigureAwait(false);
                return;
            case HostileMode.TruncateMidRecord:
                await SendAsync(HostileReplies.TruncatedServerHello()).ConfigureAwait(false);
                return;
            case HostileMode.MalformedServerHello:
                await SendAsync(HostileReplies.MalformedServerHello()).ConfigureAwait(false);
                break;
            case HostileMode.Silent:
                break;
            default:
                if (await TicketbleedResumeAsync(hello).ConfigureAwait(false))
                {
                    return;
                }

                var (reply, handshakeGoesOn) = Reply(hello);
                _firstFlight = reply;
                await SendAsync(reply).ConfigureAwait(false);
                if (!handshakeGoesOn)
                {
                    return;
                }

                // Every TLS handshake goes on in FlawsAsync: it answers what any server must answer after its
                // flight (an early CCS, a heartbeat) and gives the configured flaws their records.
                if (hello.Tls is not null)
                {
                    await FlawsAsync(hello).ConfigureAwait(false);
                    return;
                }

                break;
        }

        await DrainAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The answer to a hello, and whether the handshake goes on (then the client has the next word). A fatal alert
    /// ends the connection at once (RFC 5246 §7.2.2), as do the SSLv2 ERROR and silence for hellos it cannot serve.
    /// </summary>
    private (byte[] Reply, bool HandshakeGoesOn) Reply(ReceivedHello received)
    {
        if (received.SslV2 is { } v2)
        {
            return ReplySslV2(v2);
        }

        var hello = received.Tls!;
        var outcome = Negotiator.Negotiate(config, keys.Kind, hello);
        if (outcome.Agreed is not { } agreed)
        {
            return (new Alert(AlertLevel.Fatal, outcome.Refusal!.Value).Encode(received.RecordVersion), false);
        }

        _agreed = agreed;
        var flight = new ServerFlightBuilder(config, keys).Build(
            hello, agreed, randomBytes(ServerHello.RandomLength), randomBytes(ServerHello.MaxSessionIdLength));
        return (flight, true);
    }

    private (byte[] Reply, bool HandshakeGoesOn) ReplySslV2(SslV2ClientHelloFields hello)
    {
        if (!config.Versions.Contains(TlsVersion.SSLv2) || hello.Version != (ushort)TlsVersion.SSLv2)
        {
            return ([], false);
        }

        var common = config.SslV2CipherSpecs.Where(hello.CipherSpecs.Contains).ToList();
        return common.Count == 0
            ? (SslV2ServerHelloWriter.Error(SslV2ServerHelloWriter.NoCipherError), false)
            : (SslV2ServerHelloWriter.Write(keys.Chain[0], common, randomBytes(SslV2ConnectionIdLength)), true);
    }

    /// <summary>Reads until a whole hello is in; null when the client sent something else, too much, or too little in time.</summary>
    private async Task<ReceivedHello?> ReadHelloAsync()
    {
        while (await ReadMoreAsync().ConfigureAwait(false))
        {
            var parsed = ClientHelloReader.TryRead(_buffer.AsSpan(0, _received));
            if (parsed.Status == ParseStatus.Done)
            {
                return parsed.Value;
            }

            if (parsed.Status == ParseStatus.Invalid)
            {
                if (TlsRecord.IsKnownContentType(_buffer[0]))
                {
                    // TLS framing around a bad hello: say so, as a server would (RFC 5246 §7.2.2).
                    await SendAsync(new Alert(AlertLevel.Fatal, AlertDescription.DecodeError).Encode()).ConfigureAwait(false);
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>Reads and drops what the client sends until it closes, goes quiet past the deadline, or sends too much.</summary>
    private async Task DrainAsync()
    {
        _received = 0;
        while (await ReadMoreAsync().ConfigureAwait(false))
        {
            _received = 0;
        }
    }

    /// <summary>Reads once into the buffer: false at end of stream, at the read deadline, or when the byte cap is reached.</summary>
    private async Task<bool> ReadMoreAsync()
    {
        var room = Math.Min(_buffer.Length - _received, config.MaxClientBytes - _total);
        if (room <= 0)
        {
            return false;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(config.ReadTimeout);
        try
        {
            var n = await socket.ReceiveAsync(_buffer.AsMemory(_received, room), SocketFlags.None, deadline.Token).ConfigureAwait(false);
            _received += n;
            _total += n;
            return n > 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await socket.SendAsync(bytes, SocketFlags.None, stop).ConfigureAwait(false);
            bytes = bytes[sent..];
        }
    }
}
