namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>The start of an HTTP/1.x response: the status line and the header section (RFC 9112 §4, §5).</summary>
/// <param name="Version">"HTTP/1.1", "HTTP/1.0".</param>
/// <param name="StatusCode">The three-digit status code (RFC 9112 §4).</param>
/// <param name="Reason">The reason phrase, possibly empty.</param>
/// <param name="Headers">Every field line in order, names as sent, values with obs-folds replaced by a space (§5.2).</param>
public sealed record HttpResponseHead(string Version, int StatusCode, string Reason, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Every value of the field <paramref name="name"/> (names are case-insensitive, RFC 9110 §5.1), in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        [.. Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? First(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>True for the redirect codes a browser follows to another URL (RFC 9110 §15.4).</summary>
    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308;
}
