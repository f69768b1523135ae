using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using TlsDoctor.Lab.Scripted.Crypto;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// A TLS server on 127.0.0.1 built on our own codec, that answers ClientHellos exactly as its
/// <see cref="ScriptedServerConfig"/> says (up to ServerHelloDone), so scanner tests know the truth they check.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private readonly ConcurrentQueue<Exception> _faults = new();
    private readonly ServerKeys _keys;
    private readonly Random _random;
    private readonly Task _acceptLoop;
    private long _accepted;

    /// <summary>Validates <paramref name="config"/> (throwing <see cref="ArgumentException"/>) and starts listening on an ephemeral port.</summary>
    public ScriptedServer(ScriptedServerConfig config)
    {
        config.Validate();
        Config = config;
        _keys = new ServerKeys(config.Certificates);
        _random = config.Seed is { } seed ? new Random(seed) : new Random();
        _listener = new TcpListener(config.ListenAddress, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public ScriptedServerConfig Config { get; }

    /// <summary>The port it listens on, on <see cref="ScriptedServerConfig.ListenAddress"/>.</summary>
    public int Port { get; }

    /// <summary>Connections accepted so far.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Exceptions that escaped a connection: bugs in the server, not the client's doing. Tests expect none.</summary>
    public IReadOnlyList<Exception> Faults => [.. _faults];

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed accept (out of descriptors, a connection reset while queued) must not end the loop.
                _faults.Enqueue(e);
                await Task.Delay(TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
                continue;
            }

            var id = Interlocked.Increment(ref _accepted);
            _connections[id] = Task.Run(() => ServeAsync(id, socket));
        }
    }

    private async Task ServeAsync(long id, Socket socket)
    {
        try
        {
            await new ScriptedConnection(socket, Config, _keys, RandomBytes, _stop.Token).RunAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _faults.Enqueue(e);
        }
        finally
        {
            _connections.TryRemove(id, out _);
        }
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        lock (_random)
        {
            _random.NextBytes(bytes);
        }

        return bytes;
    }

    /// <summary>Stops listening, ends open connections and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        _keys.Dispose();
        _stop.Dispose();
    }
}
