using System.Text;

namespace TlsDoctor.Scanning.Transport;

/// <summary>
/// Names what a non-TLS peer is from its first bytes, so the user reads "this is plain HTTP" rather than
/// "handshake failed". Banners are those each protocol's RFC fixes for the server's first line.
/// </summary>
public static class ServiceSniffer
{
    /// <summary>Classifies the first bytes a peer sent in answer to <paramref name="sent"/>.</summary>
    public static ConnectionError Classify(ReadOnlySpan<byte> received, ReadOnlySpan<byte> sent)
    {
        var sample = Printable(received);
        var kind = Identify(received, sent);
        var message = kind switch
        {
            ServiceKind.Echo => "not TLS: the service echoed our ClientHello back unchanged (an echo or plain TCP relay, not a TLS server)",
            ServiceKind.Http => $"not TLS: the service answered with plain HTTP ('{FirstLine(sample)}'); use http:// or the HTTPS port",
            ServiceKind.Ssh => $"not TLS: this is an SSH server ('{FirstLine(sample)}')",
            ServiceKind.Smtp => $"not TLS: the service sent an SMTP banner ('{FirstLine(sample)}'); this port needs STARTTLS, or use port 465 for implicit TLS",
            ServiceKind.Ftp => $"not TLS: the service sent an FTP banner ('{FirstLine(sample)}'); this port needs AUTH TLS (explicit FTPS), or use port 990",
            ServiceKind.Pop3 => $"not TLS: the service sent a POP3 greeting ('{FirstLine(sample)}'); this port needs STLS, or use port 995",
            ServiceKind.Imap => $"not TLS: the service sent an IMAP greeting ('{FirstLine(sample)}'); this port needs STARTTLS, or use port 993",
            ServiceKind.Xmpp => "not TLS: the service speaks XMPP; it needs STARTTLS",
            ServiceKind.Rdp => "not TLS: the service answered with an RDP/X.224 packet; RDP negotiates TLS inside its own protocol",
            _ => $"not TLS: the service answered with {received.Length} bytes that are not a TLS record ('{FirstLine(sample)}')",
        };
        return new ConnectionError(ConnectionErrorKind.NotTls, message) { Service = kind, Sample = sample };
    }

    /// <summary>Classifies a greeting the server sent before we said anything (server-speaks-first protocols).</summary>
    public static ServiceKind Identify(ReadOnlySpan<byte> received, ReadOnlySpan<byte> sent)
    {
        if (!sent.IsEmpty && received.Length >= 5 && sent.StartsWith(received[..Math.Min(received.Length, sent.Length)]))
        {
            return ServiceKind.Echo;
        }

        var text = Encoding.ASCII.GetString(received[..Math.Min(received.Length, 256)]);
        if (text.StartsWith("HTTP/", StringComparison.Ordinal) || text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ServiceKind.Http;
        }

        if (text.StartsWith("SSH-", StringComparison.Ordinal))
        {
            return ServiceKind.Ssh;
        }

        // RFC 5321 §4.2: greeting "220 " or "220-"; RFC 959 also greets with 220, usually naming FTP.
        if (text.StartsWith("220", StringComparison.Ordinal) && text.Length > 3 && text[3] is ' ' or '-')
        {
            return text.Contains("FTP", StringComparison.OrdinalIgnoreCase) && !text.Contains("SMTP", StringComparison.OrdinalIgnoreCase)
                ? ServiceKind.Ftp
                : ServiceKind.Smtp;
        }

        if (text.StartsWith("+OK", StringComparison.Ordinal))
        {
            return ServiceKind.Pop3;
        }

        if (text.StartsWith("* OK", StringComparison.Ordinal) || text.StartsWith("* PREAUTH", StringComparison.Ordinal))
        {
            return ServiceKind.Imap;
        }

        if (text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<stream:", StringComparison.Ordinal))
        {
            return ServiceKind.Xmpp;
        }

        // RFC 1006 TPKT header: version 3, reserved 0 (RDP's X.224 Connection Confirm).
        if (received.Length >= 4 && received[0] == 0x03 && received[1] == 0x00)
        {
            return ServiceKind.Rdp;
        }

        return ServiceKind.Unknown;
    }

    /// <summary>The bytes as ASCII with control and non-ASCII bytes shown as '.', at most 80 characters.</summary>
    public static string Printable(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(Math.Min(bytes.Length, 80));
        foreach (var b in bytes[..Math.Min(bytes.Length, 80)])
        {
            sb.Append(b is >= 0x20 and < 0x7F ? (char)b : b is (byte)'\r' or (byte)'\n' ? '\n' : '.');
        }

        return sb.ToString();
    }

    private static string FirstLine(string sample)
    {
        var line = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? sample;
        return line.Trim();
    }
}
