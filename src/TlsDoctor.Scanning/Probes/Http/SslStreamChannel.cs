using System.Net.Security;
using System.Security.Authentication;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>HTTPS through .NET's SslStream (TLS 1.2 and 1.3) over the scan's connection.</summary>
internal sealed class SslStreamChannel : IHttpChannel
{
    private readonly ProbeConnection _connection;
    private readonly ProbeConnectionStream _inner;
    private readonly SslStream _ssl;

    private SslStreamChannel(ProbeConnection connection, ProbeConnectionStream inner, SslStream ssl)
    {
        _connection = connection;
        _inner = inner;
        _ssl = ssl;
    }

    public TlsVersion? Version => _ssl.SslProtocol switch
    {
#pragma warning disable SYSLIB0039 // only mapping the negotiated value
        SslProtocols.Tls => TlsVersion.Tls10,
        SslProtocols.Tls11 => TlsVersion.Tls11,
#pragma warning restore SYSLIB0039
        SslProtocols.Tls12 => TlsVersion.Tls12,
        SslProtocols.Tls13 => TlsVersion.Tls13,
        _ => null,
    };

    public string Client => "SslStream";

    /// <summary>
    /// Handshakes within <paramref name="timeout"/>. Any certificate is accepted: the HTTP probe audits headers;
    /// the certificate probes judge the chain. On failure the connection is closed and the error returned.
    /// </summary>
    public static async Task<(IHttpChannel? Channel, ConnectionError? Error)> ConnectAsync(
        ProbeConnection connection, string? serverName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var inner = new ProbeConnectionStream(connection);
        var ssl = new SslStream(inner, leaveInnerStreamOpen: true);
        var options = new SslClientAuthenticationOptions
        {
            // An empty target host sends no SNI, as RFC 6066 §3 wants for an address.
            TargetHost = serverName ?? "",
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
#pragma warning disable CA5359 // we audit, we do not trust: the chain is judged by the certificate probes
            RemoteCertificateValidationCallback = static (_, _, _, _) => true,
#pragma warning restore CA5359
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        ConnectionError error;
        try
        {
            await ssl.AuthenticateAsClientAsync(options, deadline.Token).ConfigureAwait(false);
            return (new SslStreamChannel(connection, inner, ssl), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = new ConnectionError(ConnectionErrorKind.ReadTimeout, $"the TLS handshake (SslStream) did not finish within {timeout.TotalSeconds:0.#} s");
        }
        catch (AuthenticationException e)
        {
            error = inner.Error ?? new ConnectionError(ConnectionErrorKind.Alert, $"the TLS handshake (SslStream) failed: {Innermost(e)}");
        }
        catch (IOException e)
        {
            error = inner.Error ?? new ConnectionError(ConnectionErrorKind.Closed, $"the connection ended during the TLS handshake (SslStream): {Innermost(e)}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // e.g. a platform crypto error for a key OpenSSL will not load: the BouncyCastle retry may still work.
            error = new ConnectionError(ConnectionErrorKind.Malformed, $"the TLS handshake (SslStream) failed: {Innermost(e)}");
        }

        await ssl.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        return (null, error);
    }

    public async Task<ConnectionError?> WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            await _ssl.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (IOException e)
        {
            return _inner.Error ?? new ConnectionError(ConnectionErrorKind.Closed, $"sending the request failed: {Innermost(e)}");
        }
    }

    public async Task<(int Count, ConnectionError? Error)> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return (await _ssl.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), null);
        }
        catch (IOException e)
        {
            return (0, _inner.Error ?? new ConnectionError(ConnectionErrorKind.Reset, $"reading the answer failed: {Innermost(e)}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _ssl.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message;
    }
}
