using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using TlsDoctor.Certificates.Revocation;

namespace TlsDoctor.Scanning.Transport.Http;

/// <summary>
/// Fetches OCSP responses (POST) and CRLs (GET) over http and https for the revocation check, within a connect
/// timeout, a per-request deadline and a byte budget. Never throws: every failure is a <see cref="RevocationFetch"/>
/// with a one-line reason ("timed out after 5 s", "HTTP 404", "response larger than 10 MiB", "connection refused …").
/// </summary>
public sealed partial class HttpRevocationClient : IRevocationClient, IDisposable
{
    private readonly HttpClient http;
    private readonly HttpRevocationClientOptions options;
    private readonly TimeProvider time;

    public HttpRevocationClient(HttpRevocationClientOptions? options = null, TimeProvider? time = null)
    {
        this.options = options ?? new HttpRevocationClientOptions();
        this.options.Validate();
        this.time = time ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = this.options.ConnectTimeout,
            // Redirects are followed by hand: SocketsHttpHandler would follow one to ftp://host:port as if it were HTTP.
            AllowAutoRedirect = false,
            // A CRL is DER already; decompression would only make the byte budget lie.
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = this.options.UseProxy,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(this.options.UserAgent);
    }

    public async Task<RevocationFetch> FetchAsync(Uri url, byte[]? body, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsHttp(url))
        {
            return Failed($"only http and https URLs are fetched, not '{url}'");
        }

        using var deadline = new CancellationTokenSource(options.RequestTimeout, time);
        using var token = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var current = url;
        for (var hops = 0; ; hops++)
        {
            try
            {
                using var request = NewRequest(current, body, contentType);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token.Token).ConfigureAwait(false);
                if (RedirectTarget(response, current) is not { } next)
                {
                    return await ReadAsync(response, token.Token).ConfigureAwait(false);
                }

                if (RefuseRedirect(current, next, hops) is { } why)
                {
                    return Failed($"HTTP {(int)response.StatusCode}: redirect to {next} not followed: {why}");
                }

                // RFC 9110 §15.4: after 301/302/303 clients fetch the new location with GET; 307/308 repeat the request.
                if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther)
                {
                    (body, contentType) = (null, null);
                }

                current = next;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Failed("cancelled");
            }
            catch (OperationCanceledException)
            {
                // The request deadline, or SocketsHttpHandler's ConnectTimeout (which surfaces as a cancellation).
                return Failed(deadline.IsCancellationRequested
                    ? $"timed out after {Seconds(options.RequestTimeout)}"
                    : $"no TCP connection to {current.Authority} within {Seconds(options.ConnectTimeout)}");
            }
            catch (HttpRequestException e)
            {
                return Failed(Describe(e, current));
            }
            catch (IOException e)
            {
                return Failed($"{current.Authority} broke off the response: {e.Message}");
            }
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<RevocationFetch> ReadAsync(HttpResponseMessage response, CancellationToken token)
    {
        if (!response.IsSuccessStatusCode)
        {
            return Failed($"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}");
        }

        if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
        {
            return Failed($"response larger than {Size(options.MaxResponseBytes)} (Content-Length {response.Content.Headers.ContentLength})");
        }

        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadLimitedAsync(stream, token).ConfigureAwait(false);
        }
    }

    private static Uri? RedirectTarget(HttpResponseMessage response, Uri current) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(current, location))
            : null;

    private string? RefuseRedirect(Uri current, Uri next, int hops) =>
        hops >= options.MaxRedirects ? $"more than {options.MaxRedirects} redirects"
        : !IsHttp(next) ? "only http and https URLs are fetched"
        : current.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp ? "https to http"
        : null;

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static HttpRequestMessage NewRequest(Uri url, byte[]? body, string? contentType)
    {
        if (body is null)
        {
            return new HttpRequestMessage(HttpMethod.Get, url);
        }

        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private async Task<RevocationFetch> ReadLimitedAsync(Stream stream, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxResponseBytes)
            {
                return Failed($"response larger than {Size(options.MaxResponseBytes)}");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? Failed("empty response body") : new RevocationFetch(buffer.ToArray(), null);
    }

    private static RevocationFetch Failed(string reason) => new(null, reason);

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    private static string Size(long bytes) => bytes % HttpRevocationClientOptions.MiB == 0
        ? $"{(bytes / HttpRevocationClientOptions.MiB).ToString(CultureInfo.InvariantCulture)} MiB"
        : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
}
