using System.Text;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls;

namespace TlsDoctor.Scanning.Probes.Http;

// One request, one response head, over any channel.
public static partial class HttpProbe
{
    private const int DefaultHttpsPort = 443;
    private const int DefaultHttpPort = 80;

    /// <summary>The request: GET / with the headers a browser would send that matter here (compression for BREACH).</summary>
    internal static byte[] Request(string host, int port, int defaultPort)
    {
        // RFC 9110 §7.2: Host = uri-host [ ":" port ]; IPv6 literals in brackets.
        var uriHost = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var hostHeader = port == defaultPort ? uriHost : $"{uriHost}:{port}";
        return Encoding.ASCII.GetBytes(
            "GET / HTTP/1.1\r\n" +
            $"Host: {hostHeader}\r\n" +
            $"User-Agent: {UserAgent}\r\n" +
            "Accept: */*\r\n" +
            "Accept-Encoding: gzip, deflate, br\r\n" +
            "Connection: close\r\n" +
            "\r\n");
    }

    /// <summary>
    /// Sends the request and reads until the header section ends, at most <see cref="ResponseBudget"/> bytes, all
    /// within <paramref name="timeout"/>. Anything else (silence, other bytes, a cut head) is an error saying so.
    /// </summary>
    private static async Task<(HttpResponseHead? Head, ConnectionError? Error)> ExchangeAsync(
        IHttpChannel channel, ProbeContext context, int port, int defaultPort, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await channel.WriteAsync(Request(HostName(context), port, defaultPort), cancellationToken).ConfigureAwait(false) is { } sendError)
        {
            return (null, sendError with { Message = $"not HTTP: sending the request failed: {sendError.Message}" });
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var buffer = new byte[ResponseBudget];
        var filled = 0;
        while (true)
        {
            int count;
            ConnectionError? error;
            try
            {
                (count, error) = await channel.ReadAsync(buffer.AsMemory(filled), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                (count, error) = (0, new ConnectionError(ConnectionErrorKind.ReadTimeout, "timed out waiting for the server"));
            }

            filled += count;
            var parsed = HttpResponseParser.TryParse(buffer.AsSpan(0, filled));
            if (parsed.Status == ParseStatus.Done)
            {
                return (parsed.Value, null);
            }

            if (parsed.Status == ParseStatus.Invalid && filled > 0)
            {
                return (null, new ConnectionError(ConnectionErrorKind.Malformed, $"not HTTP: {parsed.Error}") { Sample = Sample(buffer.AsSpan(0, filled)) });
            }

            if (error is not null || count == 0)
            {
                return (null, NoAnswer(error, filled, timeout));
            }

            if (filled == buffer.Length)
            {
                return (null, new ConnectionError(ConnectionErrorKind.ByteBudgetExceeded,
                    $"the response's status line and headers exceed {ResponseBudget / 1024} KiB; not read further"));
            }
        }
    }

    private static ConnectionError NoAnswer(ConnectionError? error, int filled, TimeSpan timeout) => (error?.Kind, filled) switch
    {
        (ConnectionErrorKind.ReadTimeout, 0) => new ConnectionError(ConnectionErrorKind.ReadTimeout,
            $"not HTTP: no answer to GET / within {timeout.TotalSeconds:0.#} s (the service speaks another protocol, or waits for the client to talk first)"),
        (ConnectionErrorKind.ReadTimeout, _) => new ConnectionError(ConnectionErrorKind.ReadTimeout,
            $"the response head was not complete within {timeout.TotalSeconds:0.#} s ({filled} bytes read)"),
        (null, 0) => new ConnectionError(ConnectionErrorKind.Closed, "not HTTP: the server closed the connection without answering GET /"),
        (null, _) => new ConnectionError(ConnectionErrorKind.Closed, $"the server closed the connection inside the response head ({filled} bytes read)"),
        _ => error! with { Message = $"not HTTP: {error.Message}" },
    };

    private static string Sample(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder();
        foreach (var b in data[..Math.Min(data.Length, 80)])
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        }

        return text.ToString();
    }
}
