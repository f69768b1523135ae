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
            AllowAutoRedirect = this.options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, this.options.MaxRedirects),
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
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Failed($"only http and https URLs are fetched, not '{url}'");
        }

        using var deadline = new CancellationTokenSource(options.RequestTimeout, time);
        using var token = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var request = NewRequest(url, body, contentType);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(StatusError(response));
            }

            if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
            {
                return Failed($"response larger than {Size(options.MaxResponseBytes)} (Content-Length {response.Content.Headers.ContentLength})");
            }

            var stream = await response.Content.ReadAsStreamAsync(token.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await ReadLimitedAsync(stream, token.Token).ConfigureAwait(false);
            }
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
                : $"no TCP connection to {url.Authority} within {Seconds(options.ConnectTimeout)}");
        }
        catch (HttpRequestException e)
        {
            return Failed(Describe(e, url));
        }
        catch (IOException e)
        {
            return Failed($"{url.Authority} broke off the response: {e.Message}");
        }
    }

    public void Dispose() => http.Dispose();

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

    private string StatusError(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var text = $"HTTP {code.ToString(CultureInfo.InvariantCulture)}";
        if (code is >= 300 and < 400)
        {
            var location = response.Headers.Location?.ToString() ?? "nowhere";
            return $"{text}: redirect to {location} not followed (more than {options.MaxRedirects} redirects, or not to http/https, or https to http)";
        }

        return text;
    }

    private static RevocationFetch Failed(string reason) => new(null, reason);

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    private static string Size(long bytes) => bytes % HttpRevocationClientOptions.MiB == 0
        ? $"{(bytes / HttpRevocationClientOptions.MiB).ToString(CultureInfo.InvariantCulture)} MiB"
        : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
}
