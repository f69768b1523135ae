using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>A parsed Strict-Transport-Security header (RFC 6797 §6.1).</summary>
/// <param name="Raw">The header value as sent.</param>
/// <param name="MaxAgeSeconds">max-age; null when missing or not a number (then the header is invalid).</param>
/// <param name="Problems">What is wrong with it: missing/invalid max-age, duplicate directives, max-age=0 (HSTS switched off), shorter than 180 days, several headers.</param>
public sealed record HstsPolicy(string Raw, long? MaxAgeSeconds, bool IncludeSubDomains, bool Preload, IReadOnlyList<string> Problems)
{
    /// <summary>Valid and not switched off (max-age &gt; 0).</summary>
    public bool Effective => MaxAgeSeconds is > 0;
}

/// <summary>One security-relevant response header and what the audit makes of it.</summary>
/// <param name="Name">Header name as the audit knows it ("Content-Security-Policy").</param>
/// <param name="Value">Its value; null when absent.</param>
/// <param name="Finding">One line: good, missing, or what is wrong.</param>
/// <param name="Ok">Whether the value is fine (absent headers that matter are not).</param>
public sealed record SecurityHeader(string Name, string? Value, string Finding, bool Ok);

/// <summary>A Set-Cookie header's name and the flags that matter (RFC 6265 §4.1, and SameSite).</summary>
public sealed record CookieFlags(string Name, bool Secure, bool HttpOnly, string? SameSite);

/// <summary>What the plain-HTTP port did with a request for the same host: redirect to HTTPS or not.</summary>
/// <param name="Port">The plain-HTTP port asked.</param>
/// <param name="StatusCode">Its status, null when it did not answer HTTP.</param>
/// <param name="Location">The Location header, if any.</param>
/// <param name="RedirectsToHttps">True when the answer is a 301/302/303/307/308 to an https:// URL for the same host.</param>
/// <param name="Error">Why it could not be asked, if it could not.</param>
public sealed record PlainHttpRedirect(int Port, int? StatusCode, string? Location, bool RedirectsToHttps, ConnectionError? Error);

/// <summary>
/// One HTTP GET over TLS to the target (and optionally to its plain-HTTP port): status, the headers a security audit
/// reads, HSTS, compression offered to a client that accepts it (BREACH), and what the server calls itself.
/// </summary>
public sealed record HttpResult
{
    /// <summary>True when the service answered HTTP; false when it speaks something else over TLS (then the rest is empty).</summary>
    public required bool IsHttp { get; init; }

    /// <summary>Why HTTP could not be fetched (handshake failed, timeout, not HTTP …); null on success.</summary>
    public ConnectionError? Error { get; init; }

    /// <summary>The path requested ("/").</summary>
    public string Path { get; init; } = "/";

    /// <summary>The protocol version of the TLS connection the request went over.</summary>
    public TlsVersion? TlsVersion { get; init; }

    public int? StatusCode { get; init; }

    /// <summary>The version in the status line ("HTTP/1.1").</summary>
    public string? HttpVersion { get; init; }

    /// <summary>Which TLS client carried the request: "SslStream" (TLS 1.2+) or "BouncyCastle" (older or what .NET refuses).</summary>
    public string? TlsClient { get; init; }

    /// <summary>Every response header in order (names as sent), capped by the probe's byte budget.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The first Strict-Transport-Security header, parsed; null when there is none.</summary>
    public HstsPolicy? Hsts { get; init; }

    /// <summary>Content-Encoding of the answer to a request with Accept-Encoding: gzip, deflate, br (BREACH precondition); null when uncompressed.</summary>
    public string? ContentEncoding { get; init; }

    /// <summary>The Server header ("nginx/1.22.1"), which also tells which server software a fix is for.</summary>
    public string? Server { get; init; }

    /// <summary>Location header when the answer was a redirect.</summary>
    public string? Location { get; init; }

    /// <summary>The audited headers (HSTS, CSP, X-Frame-Options, X-Content-Type-Options, Referrer-Policy, …).</summary>
    public IReadOnlyList<SecurityHeader> SecurityHeaders { get; init; } = [];

    public IReadOnlyList<CookieFlags> Cookies { get; init; } = [];

    /// <summary>The plain-HTTP port's answer, when one was given (scan --http-port).</summary>
    public PlainHttpRedirect? PlainHttp { get; init; }
}
