using System.Net;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;

namespace TlsDoctor.Scanning.Probes;

/// <summary>
/// What a probe needs to talk to one target: the address, the options, and <see cref="ExchangeAsync"/>, the one
/// primitive every probe uses (connect, send a hello, read the answer, close). It holds the per-host gate, so no
/// probe can open more connections than the scanner allows.
/// </summary>
public sealed class ProbeContext(ScanTarget target, IPEndPoint endpoint, ScanOptions options, SemaphoreSlim hostGate, ClientHelloBuilder builder)
{
    private int _connections;

    public ScanTarget Target { get; } = target;

    public IPEndPoint Endpoint { get; } = endpoint;

    public ScanOptions Options { get; } = options;

    /// <summary>The SNI name probes send by default.</summary>
    public string? ServerName => Target.ServerName;

    public int Connections => _connections;

    /// <summary>Sends one ClientHello on a new connection and reads the server's answer to <paramref name="depth"/>.</summary>
    public Task<ServerFlight> ExchangeAsync(ClientHelloSpec spec, FlightDepth depth, CancellationToken cancellationToken)
    {
        var hello = builder.Build(spec);
        return ExchangeAsync(hello, hello.Record, depth, sslV2: false, cancellationToken);
    }

    /// <summary>Sends an SSLv2 CLIENT-HELLO offering <paramref name="cipherSpecs"/>.</summary>
    public Task<ServerFlight> ExchangeSslV2Async(IReadOnlyList<uint> cipherSpecs, CancellationToken cancellationToken)
    {
        var challenge = new byte[SslV2ClientHello.ChallengeLength];
        Random.Shared.NextBytes(challenge);
        return ExchangeAsync(null, SslV2ClientHello.Build(cipherSpecs, challenge), FlightDepth.Hello, sslV2: true, cancellationToken);
    }

    /// <summary>
    /// Opens a connection that stays open for a conversation (<see cref="ProbeConnection"/>), holding one slot of
    /// the per-host gate until it is disposed; null and the error when the connection cannot be made.
    /// </summary>
    public Task<(ProbeConnection? Connection, ConnectionError? Error)> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(Endpoint, cancellationToken);

    /// <summary>
    /// Like <see cref="OpenAsync(CancellationToken)"/>, to another port of the same address (a plain-HTTP port next
    /// to the HTTPS one): same gate, same deadlines and byte budget, counted with the target's connections.
    /// </summary>
    public Task<(ProbeConnection? Connection, ConnectionError? Error)> OpenPortAsync(int port, CancellationToken cancellationToken) =>
        OpenAsync(new IPEndPoint(Endpoint.Address, port), cancellationToken);

    private async Task<(ProbeConnection? Connection, ConnectionError? Error)> OpenAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        await hostGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _connections);
        var (transport, error) = await TcpTransport.ConnectAsync(endpoint, Options.ConnectTimeout, Options.ByteBudget, cancellationToken).ConfigureAwait(false);
        if (transport is null)
        {
            hostGate.Release();
            return (null, error);
        }

        return (new ProbeConnection(transport, hostGate, Options, builder), null);
    }

    private async Task<ServerFlight> ExchangeAsync(ClientHelloMessage? hello, byte[] bytes, FlightDepth depth, bool sslV2, CancellationToken cancellationToken)
    {
        await hostGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _connections);
            var (transport, error) = await TcpTransport.ConnectAsync(Endpoint, Options.ConnectTimeout, Options.ByteBudget, cancellationToken).ConfigureAwait(false);
            if (transport is null)
            {
                return ServerFlight.Failed(error!);
            }

            await using (transport.ConfigureAwait(false))
            {
                using var reader = new FlightReader(hello, bytes, depth, sslV2);
                return await transport.ExchangeFlightAsync(reader, bytes, Options.ReadTimeout, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            hostGate.Release();
        }
    }
}
