using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Analysis.Causes;

/// <summary>
/// Runs one cause's confirming check against a scan: Confirmed, Ruled out or Cannot tell, with the evidence. Pure:
/// reads the result only. Split by concern: connection (this file), handshake, certificates.
/// </summary>
public static partial class CauseConfirmation
{
    /// <param name="clientHint">The client family (an ErrorFamily name such as "Java"), for what it offers; null: any current client.</param>
    public static CauseCheck Check(CauseId cause, ServerScanResult result, string? clientHint)
    {
        ArgumentNullException.ThrowIfNull(result);
        return cause switch
        {
            CauseId.NotTls => NotTls(result),
            CauseId.ConnectionRefused => FailureOf(cause, result, "the port accepted a TCP connection", ConnectionErrorKind.Refused),
            CauseId.Timeout => FailureOf(cause, result, "the server answered within the deadlines",
                ConnectionErrorKind.ConnectTimeout, ConnectionErrorKind.ReadTimeout, ConnectionErrorKind.Unreachable),
            CauseId.HostNotFound => FailureOf(cause, result, $"the name resolved to {result.Address ?? "an address"}", ConnectionErrorKind.DnsFailure),
            CauseId.ConnectionReset => Reset(result),
            CauseId.ProtocolMismatch => Protocols(result, clientHint),
            CauseId.NoSharedCipher => Ciphers(result, clientHint),
            CauseId.NoSharedGroupOrSignature => Groups(result, clientHint),
            CauseId.DhTooSmall => DhGroup(result),
            CauseId.SniRequired => Sni(result),
            CauseId.ServerConfiguration => ServerSetup(result),
            CauseId.ClientCertificateRequired => new(cause, Confirmation.CannotTell,
                "a scan without a client certificate does not record whether the server asks for one; check the server's "
                + "client-verify setting (nginx ssl_verify_client, Apache SSLVerifyClient, Java needClientAuth)"),
            CauseId.LocalConfiguration => new(cause, Confirmation.CannotTell,
                "this is the configuration of the program that logged the error, which a scan of the server cannot see"),
            _ => Certificate(cause, result),
        };
    }

    /// <summary>The scan's own connection failure as a cause (refused, timeout, not TLS …), or null when it reached TLS.</summary>
    public static CauseId? ScanFailureCause(ServerScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            ScanOutcome.NotTls when result.Failure?.Kind is ConnectionErrorKind.ReadTimeout => CauseId.Timeout,
            ScanOutcome.NotTls => CauseId.NotTls,
            ScanOutcome.Unreachable => result.Failure?.Kind switch
            {
                ConnectionErrorKind.DnsFailure => CauseId.HostNotFound,
                ConnectionErrorKind.Refused => CauseId.ConnectionRefused,
                ConnectionErrorKind.Reset or ConnectionErrorKind.Closed => CauseId.ConnectionReset,
                _ => CauseId.Timeout,
            },
            _ => null,
        };
    }

    private static CauseCheck NotTls(ServerScanResult result) => result.Outcome switch
    {
        ScanOutcome.NotTls when result.Failure?.Kind is ConnectionErrorKind.ReadTimeout => new(CauseId.NotTls, Confirmation.CannotTell,
            $"the port accepted the connection but did not answer the ClientHello ({FailureText(result)}): a server waiting for "
            + "its own protocol first, or one that is stuck"),
        ScanOutcome.NotTls => new(CauseId.NotTls, Confirmation.Confirmed, $"the port does not speak TLS: {WithoutPrefix(FailureText(result), "not TLS: ")}",
            result.Failure?.Service == ServiceKind.Http
                ? "connect with http:// to this port, or use the port where the server listens for TLS (enable TLS on this listener)"
                : "use the protocol's STARTTLS command, or the port that speaks TLS from the first byte"),
        ScanOutcome.Unreachable => new(CauseId.NotTls, Confirmation.CannotTell, $"the scan did not connect: {FailureText(result)}"),
        _ => new(CauseId.NotTls, Confirmation.RuledOut, "the port answers a ClientHello with TLS"),
    };

    private static CauseCheck FailureOf(CauseId cause, ServerScanResult result, string whenReached, params ConnectionErrorKind[] kinds)
    {
        if (result.Failure is { } failure && kinds.Contains(failure.Kind))
        {
            return new(cause, Confirmation.Confirmed, $"the scan got the same: {failure.Message}");
        }

        return result.Outcome == ScanOutcome.Unreachable
            ? new(cause, Confirmation.CannotTell, $"the scan failed differently: {FailureText(result)}")
            : new(cause, Confirmation.RuledOut, whenReached);
    }

    private static CauseCheck Reset(ServerScanResult result)
    {
        if (result.Failure is { Kind: ConnectionErrorKind.Reset or ConnectionErrorKind.Closed } failure)
        {
            return new(CauseId.ConnectionReset, Confirmation.Confirmed, $"the scan got the same: {failure.Message}");
        }

        return new(CauseId.ConnectionReset, Confirmation.CannotTell, result.Outcome == ScanOutcome.Completed
            ? "the scanner's handshakes complete; a reset seen by the client follows from something in its offer (see the other causes) or a middlebox on its path"
            : $"the scan did not get a handshake: {FailureText(result)}");
    }

    private static string FailureText(ServerScanResult result) => result.Failure?.Message ?? result.Outcome.ToString();

    private static string WithoutPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text[prefix.Length..] : text;

    /// <summary>Null when the scan reached TLS; else the Cannot tell verdict every handshake and certificate check gives.</summary>
    private static CauseCheck? NoHandshake(CauseId cause, ServerScanResult result) =>
        result.Outcome is ScanOutcome.Completed or ScanOutcome.NoProtocol
            ? null
            : new(cause, Confirmation.CannotTell, $"the scan got no TLS handshake to check: {FailureText(result)}");
}
