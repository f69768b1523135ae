using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Lab.Demo;

/// <summary>
/// A real TLS server on 127.0.0.1 (.NET SslStream over the platform's TLS library) that completes handshakes and
/// answers one HTTP request with a small page (and the HSTS header it was given), so the demo shows the HTTP audit
/// too. Scanners abort most handshakes, so handshake errors are expected and dropped.
/// </summary>
public sealed class SslStreamServer : IAsyncDisposable
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SslServerAuthenticationOptions _options;
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private readonly string? _hsts;

    /// <summary>Most request bytes read before answering (a demo page needs only the request line).</summary>
    private const int MaxRequestBytes = 8192;

    /// <param name="leaf">The server certificate with its private key.</param>
    /// <param name="chain">Certificates sent after the leaf.</param>
    /// <param name="hsts">Strict-Transport-Security value sent with the page; null: none.</param>
    public SslStreamServer(X509Certificate2 leaf, X509Certificate2Collection chain, SslProtocols protocols, string? hsts = null)
    {
        _hsts = hsts;
        _options = new SslServerAuthenticationOptions
        {
            ServerCertificateContext = SslStreamCertificateContext.Create(leaf, chain, offline: true),
            EnabledSslProtocols = protocols,
            ClientCertificateRequired = false,
        };
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port { get; }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                continue; // a connection reset while queued: keep accepting
            }

            lock (_connections)
            {
                _connections.RemoveAll(t => t.IsCompleted);
                _connections.Add(Task.Run(() => ServeAsync(client)));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var ssl = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
                await using (ssl.ConfigureAwait(false))
                {
                    using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    deadline.CancelAfter(HandshakeTimeout);
                    await ssl.AuthenticateAsServerAsync(_options, deadline.Token).ConfigureAwait(false);
                    if (await ReadRequestAsync(ssl, deadline.Token).ConfigureAwait(false))
                    {
                        await ssl.WriteAsync(Page(), deadline.Token).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // a scanner's probe: it sent a hello and left, or offered what this server refuses
            }
        }
    }

    /// <summary>Reads until the end of the request head (an empty line); false when the client left first.</summary>
    private static async Task<bool> ReadRequestAsync(SslStream ssl, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await ssl.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return false;
            }

            total += n;
            if (buffer.AsSpan(0, total).IndexOf("\r\n\r\n"u8) >= 0)
            {
                return true;
            }
        }

        return true;
    }

    private byte[] Page()
    {
        const string body = "TlsDoctor demo server\n";
        var hsts = _hsts is null ? "" : $"Strict-Transport-Security: {_hsts}\r\n";
        return System.Text.Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\n{hsts}X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n{body}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open).ConfigureAwait(false);
        _stop.Dispose();
    }
}
