using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>One HTTP request as the server read it.</summary>
public sealed record LoopbackHttpRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>What the server answers; a handler returning null instead keeps the connection open and silent.</summary>
public sealed record LoopbackHttpResponse(int Status, byte[] Body)
{
    public string ContentType { get; init; } = "application/octet-stream";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Send no Content-Length: the body ends when the connection closes (RFC 9112 §6.3).</summary>
    public bool OmitContentLength { get; init; }

    /// <summary>Close the connection after this many body bytes, whatever Content-Length said.</summary>
    public int? CutBodyAfter { get; init; }

    public static LoopbackHttpResponse Ok(byte[] body, string contentType) => new(200, body) { ContentType = contentType };

    public static LoopbackHttpResponse Redirect(string location) =>
        new(302, []) { Headers = new Dictionary<string, string> { ["Location"] = location } };
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for revocation tests: one request per connection,
/// then close. It serves whatever the handler says, and can stay silent. Only loopback: it binds 127.0.0.1.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private const int MaxHeaderBytes = 16 * 1024;
    private static readonly TimeSpan HoldTime = TimeSpan.FromSeconds(120);

    private readonly TcpListener listener;
    private readonly Func<LoopbackHttpRequest, Task<LoopbackHttpResponse?>> handler;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<LoopbackHttpRequest> requests = new();
    private readonly Task acceptLoop;

    private LoopbackHttpServer(TcpListener listener, Func<LoopbackHttpRequest, Task<LoopbackHttpResponse?>> handler)
    {
        this.listener = listener;
        this.handler = handler;
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Every request read so far, in arrival order.</summary>
    public IReadOnlyList<LoopbackHttpRequest> Requests => [.. requests];

    public static LoopbackHttpServer Start(Func<LoopbackHttpRequest, Task<LoopbackHttpResponse?>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(64);
        return new LoopbackHttpServer(listener, handler);
    }

    /// <summary>A server that answers every request with <paramref name="response"/> (null: never answers).</summary>
    public static LoopbackHttpServer Serving(LoopbackHttpResponse? response) => Start(_ => Task.FromResult(response));

    public Uri Url(string path) => new(BaseUrl, path);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                connections.Add(ServeAsync(client));
                connections.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        hold.CancelAfter(HoldTime);
        try
        {
            var stream = client.GetStream();
            var request = await ReadRequestAsync(stream, hold.Token);
            if (request is null)
            {
                return;
            }

            requests.Enqueue(request);
            var response = await handler(request);
            if (response is null)
            {
                await Task.Delay(Timeout.Infinite, hold.Token); // silent: hold the connection, say nothing
                return;
            }

            await WriteResponseAsync(stream, response, hold.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Client gone or server stopping.
        }
    }

    private static async Task<LoopbackHttpRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new byte[MaxHeaderBytes];
        var filled = 0;
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (filled == buffer.Length)
            {
                return null;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), token);
            if (read == 0)
            {
                return null;
            }

            filled += read;
        }

        var lines = Encoding.ASCII.GetString(buffer, 0, headerEnd).Split("\r\n");
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        var already = Math.Min(length, filled - headerEnd - 4);
        buffer.AsSpan(headerEnd + 4, already).CopyTo(body);
        await stream.ReadExactlyAsync(body.AsMemory(already), token);
        return new LoopbackHttpRequest(start[0], start.Length > 1 ? start[1] : "/", headers, body);
    }

    private static async Task WriteResponseAsync(NetworkStream stream, LoopbackHttpResponse response, CancellationToken token)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {response.ContentType}\r\n")
            .Append("Connection: close\r\n");
        if (!response.OmitContentLength)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
        }

        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), token);
        var body = response.CutBodyAfter is { } cut ? response.Body.AsMemory(0, Math.Min(cut, response.Body.Length)) : response.Body;
        await stream.WriteAsync(body, token);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        302 => "Found",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        _ => "Status",
    };
}
