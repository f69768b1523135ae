using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;

namespace TlsDoctor.Scanning.Probes;

/// <summary>One record read from a <see cref="ProbeConnection"/>, or why none came.</summary>
public sealed record RecordRead(TlsRecord? Record, ConnectionError? Error)
{
    /// <summary>True when the server closed the connection (FIN) or reset it.</summary>
    public bool ConnectionEnded => Error?.Kind is ConnectionErrorKind.Closed or ConnectionErrorKind.Reset;

    /// <summary>True when the server stayed silent past the read deadline.</summary>
    public bool TimedOut => Error?.Kind is ConnectionErrorKind.ReadTimeout;
}

/// <summary>
/// A connection that stays open after the server's flight, for probes that must go on talking (Heartbleed, CCS
/// injection, ROBOT, renegotiation). It holds one slot of the per-host gate until disposed, keeps the connection's
/// byte budget, and every read has the scan's read deadline unless a shorter one is given.
/// </summary>
public sealed class ProbeConnection : IAsyncDisposable
{
    private readonly TcpTransport _transport;
    private readonly SemaphoreSlim _gate;
    private readonly ScanOptions _options;
    private readonly ClientHelloBuilder _builder;
    private readonly List<byte> _pending = [];
    private readonly byte[] _buffer = new byte[TlsRecord.HeaderLength + TlsRecord.MaxFragmentLength];
    private bool _disposed;

    internal ProbeConnection(TcpTransport transport, SemaphoreSlim gate, ScanOptions options, ClientHelloBuilder builder)
    {
        _transport = transport;
        _gate = gate;
        _options = options;
        _builder = builder;
    }

    /// <summary>The hello sent by <see cref="HelloAsync"/> (its random and session id are needed by later messages).</summary>
    public ClientHelloMessage? SentHello { get; private set; }

    /// <summary>Bytes read so far on this connection.</summary>
    public int BytesRead => _transport.BytesRead;

    /// <summary>Sends a ClientHello and reads the server's flight to <paramref name="depth"/>; the connection stays open.</summary>
    public async Task<ServerFlight> HelloAsync(ClientHelloSpec spec, FlightDepth depth, CancellationToken cancellationToken)
    {
        var hello = _builder.Build(spec);
        SentHello = hello;
        using var reader = new FlightReader(hello, hello.Record, depth);
        var flight = await _transport.ExchangeFlightAsync(reader, hello.Record, _options.ReadTimeout, cancellationToken).ConfigureAwait(false);
        _pending.AddRange(reader.Unconsumed);
        return flight;
    }

    /// <summary>
    /// Sends a ClientHello and reads nothing, for probes that read the answer record by record themselves (a TLS 1.2
    /// handshake that keeps its own transcript).
    /// </summary>
    public Task<ConnectionError?> SendHelloAsync(ClientHelloMessage hello, CancellationToken cancellationToken)
    {
        SentHello = hello;
        return _transport.SendAsync(hello.Record, cancellationToken);
    }

    /// <summary>Sends raw bytes (one or more records).</summary>
    public Task<ConnectionError?> SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        _transport.SendAsync(bytes, cancellationToken);

    /// <summary>
    /// Reads the next whole record within <paramref name="timeout"/> (default: the scan's read timeout). At end of
    /// stream the error is Closed; bytes that are not a record give Malformed.
    /// </summary>
    public async Task<RecordRead> ReadRecordAsync(CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? _options.ReadTimeout);
        while (true)
        {
            var parsed = TlsRecord.TryParse(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending));
            if (parsed.Status == ParseStatus.Done)
            {
                _pending.RemoveRange(0, parsed.Consumed);
                return new RecordRead(parsed.Value, null);
            }

            if (parsed.Status == ParseStatus.Invalid)
            {
                return new RecordRead(null, new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent a malformed TLS record: {parsed.Error}"));
            }

            var (count, err) = await _transport.ReadAsync(_buffer, deadline.Token).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (err is not null)
            {
                return new RecordRead(null, err);
            }

            if (count == 0)
            {
                return new RecordRead(null, new ConnectionError(ConnectionErrorKind.Closed, "the server closed the connection"));
            }

            _pending.AddRange(_buffer.AsSpan(0, count));
        }
    }

    /// <summary>
    /// Reads raw bytes (first any that <see cref="HelloAsync"/> read past the flight) within <paramref name="timeout"/>
    /// (default: the scan's read timeout), under the connection's byte budget: for probes that run a whole TLS client
    /// or plain-text protocol over the connection (HTTP). 0 at end of stream.
    /// </summary>
    public async Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        if (_pending.Count > 0)
        {
            var n = Math.Min(buffer.Length, _pending.Count);
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending)[..n].CopyTo(buffer.Span);
            _pending.RemoveRange(0, n);
            return (n, null);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? _options.ReadTimeout);
        var read = await _transport.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return read;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await _transport.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
