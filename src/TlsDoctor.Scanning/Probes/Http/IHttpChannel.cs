using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>A byte pipe the HTTP exchange runs over: plain TCP, .NET's SslStream or BouncyCastle's TLS client.</summary>
internal interface IHttpChannel : IAsyncDisposable
{
    /// <summary>The TLS version negotiated; null for plain TCP.</summary>
    TlsVersion? Version { get; }

    /// <summary>Which client carried the request ("SslStream", "BouncyCastle", "plain TCP").</summary>
    string Client { get; }

    Task<ConnectionError?> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Reads some bytes: the count, 0 at end of stream, or the error.</summary>
    Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);
}

/// <summary>Plain TCP over a <see cref="ProbeConnection"/> (the plain-HTTP port).</summary>
internal sealed class PlainChannel(ProbeConnection connection) : IHttpChannel
{
    public TlsVersion? Version => null;

    public string Client => "plain TCP";

    public Task<ConnectionError?> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        connection.SendAsync(data, cancellationToken);

    public Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        connection.ReadAsync(buffer, cancellationToken);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
