using System.Net;
using System.Net.Sockets;

namespace TlsDoctor.Scanning.Transport;

/// <summary>
/// One TCP connection with a connect deadline, a read deadline and a byte budget. Errors come back as
/// <see cref="ConnectionError"/>s, never as exceptions (STYLE.md #7).
/// </summary>
public sealed class TcpTransport : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly int _byteBudget;

    private TcpTransport(Socket socket, int byteBudget)
    {
        _socket = socket;
        _byteBudget = byteBudget;
    }

    /// <summary>Bytes read so far on this connection.</summary>
    public int BytesRead { get; private set; }

    /// <summary>Connects within <paramref name="timeout"/>; returns the transport or why it could not.</summary>
    public static async Task<(TcpTransport? Transport, ConnectionError? Error)> ConnectAsync(
        IPEndPoint endpoint, TimeSpan timeout, int byteBudget, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endpoint, deadline.Token).ConfigureAwait(false);
            return (new TcpTransport(socket, byteBudget), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            return (null, new ConnectionError(ConnectionErrorKind.ConnectTimeout,
                $"no answer to the TCP connection to {Display(endpoint)} within {timeout.TotalSeconds:0.#} s (filtered by a firewall, or the host is down)"));
        }
        catch (SocketException e)
        {
            socket.Dispose();
            return (null, FromSocketError(e.SocketErrorCode, endpoint));
        }
    }

    public async Task<ConnectionError?> SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            while (!data.IsEmpty)
            {
                var sent = await _socket.SendAsync(data, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                data = data[sent..];
            }

            return null;
        }
        catch (SocketException e)
        {
            return FromSocketError(e.SocketErrorCode, _socket.RemoteEndPoint as IPEndPoint);
        }
        catch (ObjectDisposedException)
        {
            return new ConnectionError(ConnectionErrorKind.Closed, "the connection was closed");
        }
    }

    /// <summary>
    /// Reads what is available into <paramref name="buffer"/>: the count, 0 at end of stream, or an error
    /// (timeout at <paramref name="deadline"/>, reset, byte budget spent).
    /// </summary>
    public async Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken deadline)
    {
        if (BytesRead >= _byteBudget)
        {
            return (0, new ConnectionError(ConnectionErrorKind.ByteBudgetExceeded,
                $"the server sent more than {_byteBudget / 1024} KiB without finishing its handshake messages"));
        }

        var room = Math.Min(buffer.Length, _byteBudget - BytesRead);
        try
        {
            var n = await _socket.ReceiveAsync(buffer[..room], SocketFlags.None, deadline).ConfigureAwait(false);
            BytesRead += n;
            return (n, null);
        }
        catch (OperationCanceledException)
        {
            return (0, new ConnectionError(ConnectionErrorKind.ReadTimeout, "timed out waiting for the server"));
        }
        catch (SocketException e)
        {
            return (0, FromSocketError(e.SocketErrorCode, _socket.RemoteEndPoint as IPEndPoint));
        }
        catch (ObjectDisposedException)
        {
            return (0, new ConnectionError(ConnectionErrorKind.Closed, "the connection was closed"));
        }
    }

    /// <summary>
    /// Sends <paramref name="hello"/> and feeds what comes back to <paramref name="reader"/> until it has the flight,
    /// the stream ends or <paramref name="readTimeout"/> passes; then settles the flight (FlightReader.End).
    /// </summary>
    public async Task<ServerFlight> ExchangeFlightAsync(FlightReader reader, ReadOnlyMemory<byte> hello, TimeSpan readTimeout, CancellationToken cancellationToken)
    {
        var readError = await SendAsync(hello, cancellationToken).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(readTimeout);
        var buffer = new byte[Tls.Records.TlsRecord.HeaderLength + Tls.Records.TlsRecord.MaxFragmentLength];
        while (!reader.IsDone && readError is null)
        {
            var (count, err) = await ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (err is not null || count == 0)
            {
                readError = err;
                break;
            }

            reader.Feed(buffer.AsSpan(0, count));
        }

        reader.End(readError, readTimeout);
        return reader.Flight;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // already reset by the peer
        }

        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private static ConnectionError FromSocketError(SocketError error, IPEndPoint? endpoint)
    {
        var where = endpoint is null ? "the server" : Display(endpoint);
        return error switch
        {
            SocketError.ConnectionRefused => new ConnectionError(ConnectionErrorKind.Refused,
                $"connection refused by {where}: nothing listens on that port"),
            SocketError.ConnectionReset or SocketError.ConnectionAborted => new ConnectionError(ConnectionErrorKind.Reset,
                $"{where} reset the connection"),
            SocketError.TimedOut => new ConnectionError(ConnectionErrorKind.ConnectTimeout,
                $"the TCP connection to {where} timed out"),
            SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.AddressNotAvailable
                => new ConnectionError(ConnectionErrorKind.Unreachable, $"{where} is unreachable ({error})"),
            _ => new ConnectionError(ConnectionErrorKind.Reset, $"connection to {where} failed: {error}"),
        };
    }

    private static string Display(IPEndPoint endpoint) => endpoint.AddressFamily == AddressFamily.InterNetworkV6
        ? $"[{endpoint.Address}]:{endpoint.Port}"
        : $"{endpoint.Address}:{endpoint.Port}";
}
