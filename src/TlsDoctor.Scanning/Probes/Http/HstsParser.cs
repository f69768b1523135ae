using System.Globalization;
using System.Text;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// Parses Strict-Transport-Security (RFC 6797 §6.1) the way a browser must, and names what an auditor should fix.
/// An invalid header (a browser ignores it entirely, §8.1) has a null max-age.
/// </summary>
public static class HstsParser
{
    /// <summary>SSL Labs gives A+ only with HSTS of at least 180 days.</summary>
    public const long MinimumForAPlusSeconds = 15_552_000;

    /// <summary>hstspreload.org's submission requirements: max-age of at least one year (31536000 s).</summary>
    public const long PreloadMinimumSeconds = 31_536_000;

    /// <summary>
    /// Parses the first of <paramref name="values"/> (a browser processes only the first STS field, RFC 6797 §8.1)
    /// and notes that there were several. Null when there is none.
    /// </summary>
    public static HstsPolicy? Parse(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var policy = Parse(values[0]);
        return values.Count == 1 ? policy : policy with
        {
            Problems = [.. policy.Problems, $"{values.Count} Strict-Transport-Security headers: browsers use only the first (RFC 6797 §8.1); send one"],
        };
    }

    /// <summary>
    /// Strict-Transport-Security = [ directive ] *( ";" [ directive ] )
    /// directive = directive-name [ "=" directive-value ]; directive-name = token; directive-value = token | quoted-string
    /// (RFC 6797 §6.1). Names are case-insensitive (§6.1 item 3); each may appear once (§6.1 item 2); unknown ones are
    /// ignored (§6.1 item 5); a header that breaks the syntax is ignored as a whole (§6.1 item 4).
    /// </summary>
    public static HstsPolicy Parse(string raw)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var invalid = false;
        foreach (var (name, value, error) in Directives(raw))
        {
            if (error is not null)
            {
                problems.Add($"invalid: {error}; browsers ignore the whole header (RFC 6797 §6.1)");
                invalid = true;
                continue;
            }

            if (!seen.TryAdd(name, value))
            {
                problems.Add($"invalid: the directive '{name}' appears more than once (RFC 6797 §6.1: each directive at most once); browsers ignore the header");
                invalid = true;
            }
        }

        var includeSubDomains = seen.ContainsKey("includeSubDomains");
        var preload = seen.ContainsKey("preload");
        long? maxAge = null;
        if (!seen.TryGetValue("max-age", out var maxAgeText))
        {
            problems.Add("invalid: max-age is missing (it is required, RFC 6797 §6.1.1); browsers ignore the header");
            invalid = true;
        }
        else if (maxAgeText is null || maxAgeText.Length == 0 || !maxAgeText.All(char.IsAsciiDigit))
        {
            problems.Add($"invalid: max-age '{maxAgeText}' is not a number of seconds (delta-seconds, RFC 6797 §6.1.1); browsers ignore the header");
            invalid = true;
        }
        else
        {
            // delta-seconds has no upper bound; a value too big for 64 bits is simply "forever".
            maxAge = long.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : long.MaxValue;
        }

        if (invalid)
        {
            return new HstsPolicy(raw, null, includeSubDomains, preload, problems);
        }

        if (maxAge == 0)
        {
            problems.Add("max-age=0 switches HSTS off: browsers forget the host (RFC 6797 §6.1.1)");
        }
        else if (maxAge < MinimumForAPlusSeconds)
        {
            problems.Add($"max-age {maxAge} s is shorter than 180 days ({MinimumForAPlusSeconds} s), the least SSL Labs accepts for A+");
        }

        if (preload && maxAge > 0 && maxAge < PreloadMinimumSeconds)
        {
            problems.Add($"preload asked with max-age {maxAge} s: the preload list requires at least one year ({PreloadMinimumSeconds} s, hstspreload.org)");
        }

        if (preload && !includeSubDomains)
        {
            problems.Add("preload without includeSubDomains: the preload list requires includeSubDomains (hstspreload.org)");
        }

        return new HstsPolicy(raw, maxAge, includeSubDomains, preload, problems);
    }

    /// <summary>Splits the value into directives; an error names the first syntax fault of a directive.</summary>
    private static IEnumerable<(string Name, string? Value, string? Error)> Directives(string raw)
    {
        var i = 0;
        while (i <= raw.Length)
        {
            SkipWhitespace(raw, ref i);
            if (i == raw.Length)
            {
                yield break;
            }

            if (raw[i] == ';')
            {
                i++; // an empty directive is allowed: "[ directive ] *( ";" [ directive ] )"
                continue;
            }

            var start = i;
            while (i < raw.Length && raw[i] is not ('=' or ';' or ' ' or '\t'))
            {
                i++;
            }

            var name = raw[start..i];
            if (!HttpResponseParser.IsToken(Encoding.Latin1.GetBytes(name)))
            {
                yield return (name, null, $"'{name}' is not a directive name (a token)");
                yield break;
            }

            SkipWhitespace(raw, ref i);
            string? value = null;
            if (i < raw.Length && raw[i] == '=')
            {
                i++;
                SkipWhitespace(raw, ref i);
                if (ReadValue(raw, ref i, out value) is { } error)
                {
                    yield return (name, null, $"{name}: {error}");
                    yield break;
                }

                SkipWhitespace(raw, ref i);
            }

            if (i < raw.Length && raw[i] != ';')
            {
                yield return (name, null, $"unexpected '{raw[i..]}' after {name} (directives are separated by ';')");
                yield break;
            }

            yield return (name, value, null);
            i++;
        }
    }

    // directive-value = token | quoted-string; quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE (RFC 9110 §5.6.4)
    private static string? ReadValue(string raw, ref int i, out string? value)
    {
        value = null;
        if (i < raw.Length && raw[i] == '"')
        {
            var text = new StringBuilder();
            for (i++; i < raw.Length; i++)
            {
                if (raw[i] == '"')
                {
                    i++;
                    value = text.ToString();
                    return null;
                }

                if (raw[i] == '\\' && i + 1 < raw.Length)
                {
                    i++;
                }

                text.Append(raw[i]);
            }

            return "unterminated quoted value";
        }

        var start = i;
        while (i < raw.Length && raw[i] is not (';' or ' ' or '\t'))
        {
            i++;
        }

        value = raw[start..i];
        return HttpResponseParser.IsToken(Encoding.Latin1.GetBytes(value)) ? null : $"'{value}' is not a token or quoted string";
    }

    private static void SkipWhitespace(string raw, ref int i)
    {
        while (i < raw.Length && raw[i] is ' ' or '\t')
        {
            i++;
        }
    }
}
