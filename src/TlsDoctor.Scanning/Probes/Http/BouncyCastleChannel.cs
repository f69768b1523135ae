using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;
using Org.BouncyCastle.Security;
using TlsDoctor.Scanning.Transport;
using AlertDescription = TlsDoctor.Tls.Alerts.AlertDescription;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// HTTPS through BouncyCastle's TLS client for servers .NET will not talk to (TLS 1.0/1.1 only, small DH groups,
/// weak keys): run in BouncyCastle's non-blocking mode, so every byte still goes through the scan's connection
/// with its deadline and byte budget.
/// </summary>
internal sealed class BouncyCastleChannel : IHttpChannel
{
    private readonly ProbeConnection _connection;
    private readonly TlsClientProtocol _protocol;
    private readonly byte[] _network = new byte[Tls.Records.TlsRecord.HeaderLength + Tls.Records.TlsRecord.MaxFragmentLength];

    private BouncyCastleChannel(ProbeConnection connection, TlsClientProtocol protocol, TlsVersion? version)
    {
        _connection = connection;
        _protocol = protocol;
        Version = version;
    }

    public TlsVersion? Version { get; }

    public string Client => "BouncyCastle";

    /// <summary>Handshakes within <paramref name="timeout"/> offering <paramref name="versions"/>; on failure closes the connection.</summary>
    public static async Task<(IHttpChannel? Channel, ConnectionError? Error)> ConnectAsync(
        ProbeConnection connection, string? serverName, IReadOnlyList<TlsVersion> versions, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new PermissiveTlsClient(new BcTlsCrypto(new SecureRandom()), serverName, versions);
        var protocol = new TlsClientProtocol();
        var channel = new BouncyCastleChannel(connection, protocol, null);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        ConnectionError? error;
        try
        {
            protocol.Connect(client);
            error = await channel.FlushAsync(deadline.Token).ConfigureAwait(false);
            while (error is null && !protocol.IsConnected)
            {
                error = await channel.PumpAsync(deadline.Token).ConfigureAwait(false)
                    ?? await channel.FlushAsync(deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = new ConnectionError(ConnectionErrorKind.ReadTimeout, $"the TLS handshake (BouncyCastle) did not finish within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = FromTls(e, "the TLS handshake (BouncyCastle)");
        }

        if (error is null)
        {
            return (new BouncyCastleChannel(connection, protocol, FromWire(client.NegotiatedVersion)), null);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return (null, error);
    }

    public async Task<ConnectionError?> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            _protocol.WriteApplicationData(data.ToArray(), 0, data.Length);
            return await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return FromTls(e, "sending the request");
        }
    }

    public async Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            while (_protocol.GetAvailableInputBytes() == 0)
            {
                if (_protocol.IsClosed)
                {
                    return (0, null);
                }

                var (count, error) = await _connection.ReadAsync(_network, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    return (0, error);
                }

                if (count == 0)
                {
                    return (0, null);
                }

                _protocol.OfferInput(_network, 0, count);
                if (await FlushAsync(cancellationToken).ConfigureAwait(false) is { } sendError)
                {
                    return (0, sendError);
                }
            }

            var chunk = new byte[Math.Min(buffer.Length, _protocol.GetAvailableInputBytes())];
            var n = _protocol.ReadInput(chunk, 0, chunk.Length);
            chunk.AsSpan(0, n).CopyTo(buffer.Span);
            return (n, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (0, FromTls(e, "reading the answer"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _protocol.Close();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // close_notify could not be produced; the socket closes anyway.
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Reads one batch of bytes from the network into the TLS engine.</summary>
    private async Task<ConnectionError?> PumpAsync(CancellationToken cancellationToken)
    {
        var (count, error) = await _connection.ReadAsync(_network, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (count == 0)
        {
            return new ConnectionError(ConnectionErrorKind.Closed, "the server closed the connection during the TLS handshake (BouncyCastle)");
        }

        _protocol.OfferInput(_network, 0, count);
        return null;
    }

    /// <summary>Sends whatever the TLS engine has produced.</summary>
    private async Task<ConnectionError?> FlushAsync(CancellationToken cancellationToken)
    {
        var pending = _protocol.GetAvailableOutputBytes();
        if (pending == 0)
        {
            return null;
        }

        var output = new byte[pending];
        var n = _protocol.ReadOutput(output, 0, pending);
        return await _connection.SendAsync(output.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
    }

    // BouncyCastle reports TLS failures as IOExceptions, and a few (bad key material, odd parameters) as others:
    // all of them are data about the server here, never a crash of the probe.
    private static ConnectionError FromTls(Exception e, string what) => e switch
    {
        TlsFatalAlertReceived received => new ConnectionError(ConnectionErrorKind.Alert,
            $"{what} failed: the server sent alert {AlertDescriptionName(received.AlertDescription)}")
        {
            Alert = (AlertDescription)received.AlertDescription,
        },
        TlsFatalAlert sent => new ConnectionError(ConnectionErrorKind.Malformed,
            $"{what} failed: our client gave up ({AlertDescriptionName(sent.AlertDescription)}: {sent.Message})"),
        _ => new ConnectionError(ConnectionErrorKind.Reset, $"{what} failed: {e.Message}"),
    };

    private static string AlertDescriptionName(short description) => Org.BouncyCastle.Tls.AlertDescription.GetText(description);

    private static TlsVersion? FromWire(ProtocolVersion? version) =>
        version is null || !TlsVersions.IsKnown((ushort)version.FullVersion) ? null : (TlsVersion)version.FullVersion;
}
