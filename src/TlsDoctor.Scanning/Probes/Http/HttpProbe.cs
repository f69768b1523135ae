using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// Fetches "/" over HTTPS once (and, when asked, once over the plain-HTTP port): status, headers, HSTS, security
/// headers, cookies, compression. At most three connections: SslStream, a BouncyCastle retry when .NET refuses
/// the server, and the plain-HTTP port; one at a time, through the per-host gate.
/// </summary>
public static partial class HttpProbe
{
    /// <summary>Most bytes of the answer read (status line, headers; the body is not needed). Bigger header sections are reported, not read.</summary>
    public const int ResponseBudget = 64 * 1024;

    private static readonly string UserAgent = $"TlsDoctor/{ToolVersion.Current}";

    /// <param name="scan">The scan so far: the probe picks the TLS client by the protocol versions the server accepts.</param>
    public static async Task<HttpResult> RunAsync(ProbeContext context, ServerScanResult scan, CancellationToken cancellationToken)
    {
        var versions = scan.Protocols.Where(p => p.Supported && p.Version >= TlsVersion.Tls10).Select(p => p.Version).ToList();
        var result = versions.Count == 0
            ? new HttpResult
            {
                IsHttp = false,
                Error = new ConnectionError(ConnectionErrorKind.Alert, "HTTP not fetched: the server speaks no TLS version from 1.0 to 1.3 (SSL 2.0/3.0 clients are not used)"),
            }
            : await FetchTlsAsync(context, versions, cancellationToken).ConfigureAwait(false);

        if (context.Options.PlainHttpPort is { } port)
        {
            result = result with { PlainHttp = await PlainHttpAsync(context, port, cancellationToken).ConfigureAwait(false) };
        }

        return result;
    }

    private static async Task<HttpResult> FetchTlsAsync(ProbeContext context, IReadOnlyList<TlsVersion> versions, CancellationToken cancellationToken)
    {
        var timeout = context.Options.ReadTimeout;
        IHttpChannel? channel = null;
        ConnectionError? error = null;
        if (versions.Any(v => v >= TlsVersion.Tls12))
        {
            (channel, error) = await OpenAsync(context, c => SslStreamChannel.ConnectAsync(c, context.ServerName, timeout, cancellationToken), cancellationToken).ConfigureAwait(false);
            // A server that cannot be reached, or stays silent to a TLS 1.2/1.3 hello, will not answer a second client
            // either; only a refusal of .NET's offer is worth a retry.
            if (error?.Kind is ConnectionErrorKind.Refused or ConnectionErrorKind.ConnectTimeout or ConnectionErrorKind.Unreachable or ConnectionErrorKind.ReadTimeout)
            {
                return new HttpResult { IsHttp = false, Error = error with { Message = $"HTTP not fetched: {error.Message}" } };
            }
        }

        // .NET (OpenSSL's policy underneath) refuses what we still want to read: TLS 1.0/1.1, small DH groups, weak keys.
        if (channel is null)
        {
            var first = error;
            (channel, error) = await OpenAsync(context, c => BouncyCastleChannel.ConnectAsync(c, context.ServerName, versions, timeout, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (channel is null)
            {
                var message = first is null ? error!.Message : $"{first.Message}; retry with BouncyCastle: {error!.Message}";
                return new HttpResult { IsHttp = false, Error = error with { Message = $"HTTP not fetched: {message}" } };
            }
        }

        await using (channel.ConfigureAwait(false))
        {
            var (head, fetchError) = await ExchangeAsync(channel, context, context.Target.Port, DefaultHttpsPort, timeout, cancellationToken).ConfigureAwait(false);
            if (head is null)
            {
                return new HttpResult { IsHttp = false, Error = fetchError, TlsVersion = channel.Version, TlsClient = channel.Client };
            }

            var hsts = HstsParser.Parse(head.Values("Strict-Transport-Security"));
            var encoding = head.First("Content-Encoding")?.Trim();
            return new HttpResult
            {
                IsHttp = true,
                TlsVersion = channel.Version,
                TlsClient = channel.Client,
                StatusCode = head.StatusCode,
                HttpVersion = head.Version,
                Headers = head.Headers,
                Hsts = hsts,
                ContentEncoding = string.IsNullOrEmpty(encoding) || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase) ? null : encoding,
                Server = head.First("Server"),
                Location = head.IsRedirect ? head.First("Location") : null,
                SecurityHeaders = SecurityHeaderAudit.Audit(head, hsts),
                Cookies = SecurityHeaderAudit.Cookies(head),
            };
        }
    }

    /// <summary>Asks http://host:port/ and records whether it sends the browser to https:// on the same host.</summary>
    private static async Task<PlainHttpRedirect> PlainHttpAsync(ProbeContext context, int port, CancellationToken cancellationToken)
    {
        var (connection, error) = await context.OpenPortAsync(port, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return new PlainHttpRedirect(port, null, null, false, error);
        }

        var channel = new PlainChannel(connection);
        await using (channel.ConfigureAwait(false))
        {
            var (head, fetchError) = await ExchangeAsync(channel, context, port, DefaultHttpPort, context.Options.ReadTimeout, cancellationToken).ConfigureAwait(false);
            if (head is null)
            {
                return new PlainHttpRedirect(port, null, null, false, fetchError);
            }

            var location = head.First("Location");
            return new PlainHttpRedirect(port, head.StatusCode, location, head.IsRedirect && RedirectsToHttps(location, HostName(context)), null);
        }
    }

    /// <summary>True when <paramref name="location"/> is an absolute https:// URL for <paramref name="host"/> (a relative one stays on http).</summary>
    public static bool RedirectsToHttps(string? location, string host) =>
        Uri.TryCreate(location?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.IdnHost.Trim('[', ']').Equals(host.Trim('[', ']').TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static async Task<(IHttpChannel? Channel, ConnectionError? Error)> OpenAsync(
        ProbeContext context, Func<ProbeConnection, Task<(IHttpChannel?, ConnectionError?)>> handshake, CancellationToken cancellationToken)
    {
        var (connection, error) = await context.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection is null ? (null, error) : await handshake(connection).ConfigureAwait(false);
    }

    private static string HostName(ProbeContext context) => context.ServerName ?? context.Target.Host;
}
