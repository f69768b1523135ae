using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>One-line causes for humans: "not TLS: the service answered with plain HTTP ('HTTP/1.1 400 Bad Request')".</summary>
internal static class FailureText
{
    private const int MaxSampleLength = 60;

    /// <summary>Why a target's scan did not complete, in one line (no target name).</summary>
    public static string Cause(ServerScanResult result) => Printable.Of(CauseText(result));

    private static string CauseText(ServerScanResult result)
    {
        var failure = result.Failure;
        return result.Outcome switch
        {
            ScanOutcome.Completed => "completed",
            ScanOutcome.Unreachable => failure is null ? "unreachable" : $"unreachable: {ErrorText(failure)}",
            ScanOutcome.NotTls => failure is null ? "not TLS"
                : failure.Message.StartsWith("not TLS", StringComparison.Ordinal) ? failure.Message
                : $"not TLS: {NotTls(failure)}",
            ScanOutcome.NoProtocol => "no protocol: the server accepted none of our offers"
                + (failure is null ? "" : $" ({ErrorText(failure)})"),
            _ => result.Outcome.ToString(),
        };
    }

    /// <summary>One connection error: "connection refused: nothing listens on 127.0.0.1:1", "alert HandshakeFailure".</summary>
    public static string Error(ConnectionError error) => Printable.Of(ErrorText(error));

    private static string ErrorText(ConnectionError error)
    {
        var what = error.Kind switch
        {
            ConnectionErrorKind.DnsFailure => "the name did not resolve",
            ConnectionErrorKind.Refused => "connection refused",
            ConnectionErrorKind.ConnectTimeout => "TCP connect timed out",
            ConnectionErrorKind.Unreachable => "host or network unreachable",
            ConnectionErrorKind.ReadTimeout => "no reply to our hello (read timed out)",
            ConnectionErrorKind.Reset => "connection reset after our hello",
            ConnectionErrorKind.Closed => "connection closed without a reply",
            ConnectionErrorKind.NotTls => "the peer does not speak TLS",
            ConnectionErrorKind.Alert => error.Alert is { } alert ? $"alert {RegistryNames.Alert(alert)}" : "alert",
            ConnectionErrorKind.Malformed => "malformed TLS",
            ConnectionErrorKind.ByteBudgetExceeded => "the server sent more than the byte budget",
            var k => SnakeCase.Of(k),
        };
        // The scanner's messages are whole sentences that already name the kind ("connection refused by …");
        // the kind is only added when the message does not start with it.
        var message = error.Message.Trim();
        return message.Length == 0 ? what
            : message.StartsWith(what, StringComparison.OrdinalIgnoreCase) || message.Contains(what, StringComparison.OrdinalIgnoreCase) ? message
            : $"{what}: {message}";
    }

    private static string NotTls(ConnectionError error)
    {
        var service = error.Service switch
        {
            ServiceKind.Http => "plain HTTP",
            ServiceKind.Ssh => "SSH",
            ServiceKind.Smtp => "an SMTP banner",
            ServiceKind.Ftp => "an FTP banner",
            ServiceKind.Pop3 => "a POP3 banner",
            ServiceKind.Imap => "an IMAP banner",
            ServiceKind.Echo => "an echo of our hello",
            ServiceKind.Xmpp => "XMPP",
            ServiceKind.Rdp => "RDP",
            _ => null,
        };
        var text = service is null ? error.Message : $"the service answered with {service}";
        var sample = Sample(error.Sample);
        return sample is null || error.Service == ServiceKind.Echo ? text : $"{text} ('{sample}')";
    }

    /// <summary>The first line of a peer's sample, shortened for one line of output.</summary>
    public static string? Sample(string? sample)
    {
        if (string.IsNullOrWhiteSpace(sample))
        {
            return null;
        }

        var line = sample.Split('\n', 2)[0].Trim();
        return line.Length <= MaxSampleLength ? line : string.Concat(line.AsSpan(0, MaxSampleLength), "…");
    }
}
