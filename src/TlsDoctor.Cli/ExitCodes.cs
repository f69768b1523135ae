using TlsDoctor.Scanning;

namespace TlsDoctor.Cli;

/// <summary>Every exit code the tool returns, what each means (shown in --help), and the rule for a scan's code.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int NotTls = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
    public const int OutputError = 4;
    public const int NoKnownError = 7;
    public const int InternalError = 70;
    public const int Cancelled = 130;

    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Ok, "every target was scanned and speaks TLS; explain: the error was recognised"),
        (NotTls, "a target was reachable but did not speak TLS, or accepted no protocol"),
        (Usage, "bad arguments or usage"),
        (Unreachable, "a target was unreachable (DNS, connection refused, timeout)"),
        (OutputError, "the output could not be written"),
        (NoKnownError, "explain: no known TLS error in the text (try `tlsdoctor diagnose`)"),
        (InternalError, "internal error (a bug: please report it; TLSDOCTOR_DEBUG=1 shows the stack trace)"),
        (Cancelled, "cancelled (Ctrl+C)"),
    ];

    /// <summary>A finished scan's code: the highest that applies (unreachable over not-TLS over success).</summary>
    public static int For(IReadOnlyList<ServerScanResult> results)
    {
        if (results.Any(r => r.Outcome == ScanOutcome.Unreachable))
        {
            return Unreachable;
        }

        return results.Any(r => r.Outcome is ScanOutcome.NotTls or ScanOutcome.NoProtocol) ? NotTls : Ok;
    }
}
