namespace TlsDoctor.Scanning.Transport.Http;

/// <summary>Limits for <see cref="HttpRevocationClient"/>: a CRL can be large and a responder slow, a scan must still end.</summary>
public sealed record HttpRevocationClientOptions
{
    public const long MiB = 1024 * 1024;

    /// <summary>Time allowed for the TCP connection (and TLS for https).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Time allowed for the whole request: connect, send, headers and body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest body accepted; big enough for most CRLs, small enough to bound memory.</summary>
    public long MaxResponseBytes { get; init; } = 10 * MiB;

    /// <summary>Redirects followed before giving up; only to http and https, never from https to http.</summary>
    public int MaxRedirects { get; init; } = 3;

    /// <summary>Honour the environment's HTTP proxy (http_proxy, no_proxy), as a browser in that network would.</summary>
    public bool UseProxy { get; init; } = true;

    public string UserAgent { get; init; } = "TlsDoctor (revocation check)";

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad setting.</summary>
    public void Validate()
    {
        Require(ConnectTimeout > TimeSpan.Zero, nameof(ConnectTimeout), "must be positive");
        Require(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), "must be positive");
        Require(MaxResponseBytes > 0, nameof(MaxResponseBytes), "must be positive");
        Require(MaxRedirects is >= 0 and <= 20, nameof(MaxRedirects), "must be between 0 and 20");
    }

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"HttpRevocationClientOptions.{name} {rule}", name);
        }
    }
}
