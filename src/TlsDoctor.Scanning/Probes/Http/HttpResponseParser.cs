using System.Text;
using TlsDoctor.Tls;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// Parses the status line and header section of an HTTP/1.x response (RFC 9112), without I/O: bytes in, a head out,
/// telling a valid prefix (NeedMoreData) from bytes that can never be HTTP (Invalid). The body is not read.
/// </summary>
public static class HttpResponseParser
{
    private static readonly byte[] VersionPrefix = "HTTP/"u8.ToArray();

    // "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3)
    private const int VersionLength = 8;

    // HTTP-version SP 3DIGIT
    private const int StatusCodeEnd = VersionLength + 1 + 3;

    /// <summary>
    /// Parses <paramref name="data"/> from its first byte. Done: the head and the bytes it took (up to and including
    /// the empty line); NeedMoreData: a valid prefix; Invalid: not an HTTP/1.x response, with a one-line cause.
    /// </summary>
    public static ParseResult<HttpResponseHead> TryParse(ReadOnlySpan<byte> data)
    {
        // Decide early when the answer cannot be HTTP at all, so a service that speaks something else is named at once.
        var prefix = Math.Min(data.Length, VersionPrefix.Length);
        if (!data[..prefix].SequenceEqual(VersionPrefix.AsSpan(0, prefix)))
        {
            return ParseResult<HttpResponseHead>.Malformed($"not an HTTP response: it starts with '{Printable(data[..Math.Min(data.Length, 40)])}'");
        }

        var offset = 0;
        if (!TryLine(data, ref offset, out var statusLine))
        {
            return ParseResult<HttpResponseHead>.Truncated("status line");
        }

        if (ParseStatusLine(statusLine) is not { } status)
        {
            return ParseResult<HttpResponseHead>.Malformed($"malformed HTTP status line '{Printable(statusLine)}'");
        }

        var headers = new List<KeyValuePair<string, string>>();
        while (true)
        {
            if (!TryLine(data, ref offset, out var line))
            {
                return ParseResult<HttpResponseHead>.Truncated("header section");
            }

            if (line.IsEmpty)
            {
                return ParseResult<HttpResponseHead>.Ok(status with { Headers = headers }, offset);
            }

            // §5.2: obs-fold = OWS CRLF RWS; a user agent replaces each with SP. A whitespace-led line before any
            // field (§2.2) is consumed without further processing.
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (headers.Count > 0)
                {
                    var last = headers[^1];
                    headers[^1] = new(last.Key, $"{last.Value} {Latin1(Trim(line))}".Trim());
                }

                continue;
            }

            if (ParseField(line) is not { } field)
            {
                return ParseResult<HttpResponseHead>.Malformed($"malformed header line '{Printable(line)}'");
            }

            headers.Add(field);
        }
    }

    // status-line = HTTP-version SP status-code SP [ reason-phrase ]   (RFC 9112 §4)
    private static HttpResponseHead? ParseStatusLine(ReadOnlySpan<byte> line)
    {
        if (line.Length < StatusCodeEnd || !char.IsAsciiDigit((char)line[5]) || line[6] != '.' || !char.IsAsciiDigit((char)line[7])
            || line[VersionLength] != ' ')
        {
            return null;
        }

        var code = line[(VersionLength + 1)..StatusCodeEnd];
        if (code.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return null;
        }

        // The SP before an empty reason-phrase is required, but servers that omit it are common enough to tolerate.
        var rest = line[StatusCodeEnd..];
        if (!rest.IsEmpty && rest[0] != ' ')
        {
            return null;
        }

        var reason = rest.IsEmpty ? "" : Latin1(rest[1..]);
        return new HttpResponseHead(Latin1(line[..VersionLength]), int.Parse(Latin1(code), System.Globalization.CultureInfo.InvariantCulture), reason, []);
    }

    // field-line = field-name ":" OWS field-value OWS   (RFC 9112 §5)
    private static KeyValuePair<string, string>? ParseField(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        if (colon < 0)
        {
            return null;
        }

        // §5.1 forbids whitespace before the colon; a proxy must remove it, and so do we (we audit, we do not forward).
        var name = line[..colon].TrimEnd(" \t"u8);
        if (name.IsEmpty || !IsToken(name))
        {
            return null;
        }

        // §5.5: CR, LF and NUL in a value are invalid and dangerous.
        var value = Trim(line[(colon + 1)..]);
        if (value.IndexOfAny((byte)'\r', (byte)'\n', (byte)0) >= 0)
        {
            return null;
        }

        return new(Latin1(name), Latin1(value));
    }

    /// <summary>One line ending in LF; a CR before it is dropped (§2.2 lets a recipient accept a bare LF).</summary>
    private static bool TryLine(ReadOnlySpan<byte> data, ref int offset, out ReadOnlySpan<byte> line)
    {
        var end = data[offset..].IndexOf((byte)'\n');
        if (end < 0)
        {
            line = default;
            return false;
        }

        line = data.Slice(offset, end);
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        offset += end + 1;
        return true;
    }

    // token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA   (RFC 9110 §5.6.2)
    internal static bool IsToken(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || "!#$%&'*+-.^_`|~"u8.Contains(b)))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) => s.Trim(" \t"u8);

    private static string Latin1(ReadOnlySpan<byte> s) => Encoding.Latin1.GetString(s);

    private static string Printable(ReadOnlySpan<byte> s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var b in s)
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        }

        return text.ToString();
    }
}
