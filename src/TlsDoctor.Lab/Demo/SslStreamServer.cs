using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Lab.Demo;

/// <summary>
/// A real TLS server on 127.0.0.1 (.NET SslStream over the platform's TLS library) that completes handshakes and
/// then waits for the client to close. Scanners abort most handshakes, so handshake errors are expected and dropped.
/// </summary>
public sealed class SslStreamServer : IAsyncDisposable
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SslServerAuthenticationOptions _options;
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;

    /// <param name="leaf">The server certificate with its private key.</param>
    /// <param name="chain">Certificates sent after the leaf.</param>
    public SslStreamServer(X509Certificate2 leaf, X509Certificate2Collection chain, SslProtocols protocols)
    {
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
                    var buffer = new byte[4096];
                    while (await ssl.ReadAsync(buffer, deadline.Token).ConfigureAwait(false) > 0)
                    {
                        // a demo server has nothing to say; it reads until the client leaves
                    }
                }
            }
            catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // a scanner's probe: it sent a hello and left, or offered what this server refuses
            }
        }
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
