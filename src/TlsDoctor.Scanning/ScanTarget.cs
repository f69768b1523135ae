using System.Net;

namespace TlsDoctor.Scanning;

/// <summary>What to scan: a host name or address, a port and the SNI name to send (null: none).</summary>
public sealed record ScanTarget(string Host, int Port, string? ServerName)
{
    public const int DefaultPort = 443;

    /// <summary>"host:port" as given, with IPv6 literals bracketed.</summary>
    public string Display => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>
    /// Parses "host", "host:port", "[v6]:port" or "v6". SNI defaults to the host when it is a name, none when it is
    /// an address (RFC 6066 §3: literal IP addresses are not permitted in server_name).
    /// </summary>
    public static bool TryParse(string text, out ScanTarget? target, out string? error)
    {
        target = null;
        error = null;
        var t = text.Trim();
        if (t.Length == 0)
        {
            error = "empty target";
            return false;
        }

        if (t.Contains("://", StringComparison.Ordinal))
        {
            var scheme = t[..t.IndexOf("://", StringComparison.Ordinal)];
            if (!Uri.TryCreate(t, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                error = $"'{text}' is not a valid URL";
                return false;
            }

            var port = uri.IsDefaultPort ? DefaultPortFor(scheme) : uri.Port;
            target = Make(uri.Host.Trim('[', ']'), port);
            return true;
        }

        string host;
        var portNumber = DefaultPort;
        if (t.StartsWith('['))
        {
            var close = t.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                error = $"'{text}': missing ']' after the IPv6 address";
                return false;
            }

            host = t[1..close];
            var rest = t[(close + 1)..];
            if (rest.Length > 0 && (!rest.StartsWith(':') || !TryPort(rest[1..], out portNumber)))
            {
                error = $"'{text}': the port must be a number from 1 to 65535";
                return false;
            }
        }
        else if (t.Count(c => c == ':') > 1)
        {
            host = t; // bare IPv6 literal
        }
        else
        {
            var colon = t.LastIndexOf(':');
            host = colon < 0 ? t : t[..colon];
            if (colon >= 0 && !TryPort(t[(colon + 1)..], out portNumber))
            {
                error = $"'{text}': the port must be a number from 1 to 65535";
                return false;
            }
        }

        if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || c == '/' ))
        {
            error = $"'{text}' is not a host name or address";
            return false;
        }

        target = Make(host, portNumber);
        return true;
    }

    private static ScanTarget Make(string host, int port) =>
        new(host, port, IPAddress.TryParse(host, out _) ? null : host.TrimEnd('.'));

    private static bool TryPort(string s, out int port) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, null, out port) && port is > 0 and <= 65535;

    private static int DefaultPortFor(string scheme) => scheme.ToLowerInvariant() switch
    {
        "https" => 443,
        "smtps" => 465,
        "imaps" => 993,
        "pop3s" => 995,
        "ldaps" => 636,
        "ftps" => 990,
        _ => DefaultPort,
    };
}
