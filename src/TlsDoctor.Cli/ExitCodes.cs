using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Reporting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli;

/// <summary>Every exit code the tool returns, what each means per command (shown in --help), and the rules for a run's code.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int NotTls = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
    public const int OutputError = 4;

    /// <summary>`cert` only: a certificate has an Error-severity problem.</summary>
    public const int CertificateError = 5;

    /// <summary>`cert` only: a file could not be read.</summary>
    public const int UnreadableFile = 6;

    /// <summary>`explain` only: the text holds no TLS error we know.</summary>
    public const int NoKnownError = 7;

    /// <summary>`diagnose` only: the client cannot connect (a root cause was found).</summary>
    public const int ClientCannotConnect = 8;

    /// <summary>`scan` only: a target fails a --policy or its grade is below --fail-on-grade.</summary>
    public const int PolicyFailed = 9;

    public const int InternalError = 70;
    public const int Cancelled = 130;

    private const string UsageMeaning = "bad arguments or usage (also a --ca-file that cannot be loaded)";
    private const string OutputMeaning = "the output could not be written";
    private const string InternalMeaning = "internal error (a bug: please report it; TLSDOCTOR_DEBUG=1 shows the stack trace)";
    private const string CancelledMeaning = "cancelled (Ctrl+C)";
    private const string CertificateErrorMeaning = "a certificate has an error-severity problem (expired, not yet valid, untrusted, wrong host, weak key, …)";
    private const string UnreadableFileMeaning = "a file could not be read (no such file, empty, not a certificate, password missing or wrong)";
    private const string PolicyFailedMeaning = "a scanned target fails a --policy, or its grade is below --fail-on-grade (1 and 3 outrank it)";

    /// <summary>
    /// `scan`. Certificate problems, vulnerabilities and grades do not change a scan's code unless asked
    /// (--policy, --fail-on-grade: 9). Unreachable (3) outranks not-TLS (1), which outranks 9: a target that was
    /// never assessed is the first thing to fix, and a policy result must not hide it.
    /// </summary>
    public static IReadOnlyList<(int Code, string Meaning)> Scan { get; } =
    [
        (Ok, "every target was scanned and speaks TLS (and passes every --policy and --fail-on-grade given)"),
        (NotTls, "a target was reachable but did not speak TLS, or accepted no protocol"),
        (Usage, UsageMeaning + "; an unknown --policy or --checks id"),
        (Unreachable, "a target was unreachable (DNS, connection refused, timeout)"),
        (OutputError, OutputMeaning),
        (PolicyFailed, PolicyFailedMeaning),
        (InternalError, InternalMeaning),
        (Cancelled, CancelledMeaning),
    ];

    /// <summary>`demo`: scan's codes but 9 (the demo takes no --policy).</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Demo { get; } = [.. Scan.Where(c => c.Code != PolicyFailed)];

    /// <summary>`cert`: 6 outranks 5, so an unread file is never mistaken for a checked one.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Cert { get; } =
    [
        (Ok, "every file was read and no certificate has an error-severity problem"),
        (Usage, UsageMeaning),
        (OutputError, OutputMeaning),
        (CertificateError, CertificateErrorMeaning),
        (UnreadableFile, UnreadableFileMeaning + "; outranks 5"),
        (InternalError, InternalMeaning),
        (Cancelled, CancelledMeaning),
    ];

    /// <summary>`explain`: 0 when the text was recognised, 7 when it holds no TLS error we know.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Explain { get; } =
    [
        (Ok, "the error was recognised (with --target: the causes were checked; an unreachable or non-TLS target is one of them)"),
        (Usage, UsageMeaning),
        (OutputError, OutputMeaning),
        (NoKnownError, "no known TLS error in the text (try `tlsdoctor diagnose`)"),
        (InternalError, InternalMeaning),
        (Cancelled, CancelledMeaning),
    ];

    /// <summary>`diagnose`: 0 when the client (the default one without --client) connects; 1 and 3 as for scan.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Diagnose { get; } =
    [
        (Ok, "no problem for the chosen client (without --client: for the default client, chrome-131)"),
        (NotTls, "the target was reachable but did not speak TLS, or accepted no protocol (also the reported root cause)"),
        (Usage, UsageMeaning + "; an unknown --client, a bad --client-spec or --what-if"),
        (Unreachable, "the target was unreachable (DNS, connection refused, timeout; also the reported root cause)"),
        (OutputError, OutputMeaning),
        (ClientCannotConnect, "the client cannot connect: a root cause was found"),
        (InternalError, InternalMeaning),
        (Cancelled, CancelledMeaning),
    ];

    /// <summary>Every code, for the root help: the scan codes with the two that only `cert` returns.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Ok, "success: every target was scanned and speaks TLS (scan); every file was read and no certificate has an error (cert)"),
        .. Scan.Skip(1).Where(c => c.Code < CertificateError),
        (CertificateError, "cert only: " + CertificateErrorMeaning),
        (UnreadableFile, "cert only: " + UnreadableFileMeaning),
        (NoKnownError, "explain only: no known TLS error in the text"),
        (ClientCannotConnect, "diagnose only: the client cannot connect (a root cause was found)"),
        (PolicyFailed, "scan only: " + PolicyFailedMeaning),
        .. Scan.Where(c => c.Code > PolicyFailed),
    ];

    /// <summary>The table for a command's --help: by its name, the root's for anything else.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> ForCommand(string name) => name switch
    {
        "scan" => Scan,
        "demo" => Demo,
        "cert" => Cert,
        "explain" => Explain,
        "diagnose" => Diagnose,
        _ => All,
    };

    /// <summary>
    /// A finished scan's code with its assessments: unreachable, then not-TLS (as <see cref="For(IReadOnlyList{ServerScanResult})"/>),
    /// then 9 when any target fails a policy or grades worse than <paramref name="failBelow"/> (T and M count as worse than F).
    /// </summary>
    public static int For(ScanReport report, Grade? failBelow)
    {
        var reached = For(report.Targets);
        if (reached != Ok)
        {
            return reached;
        }

        var failed = report.Assessments.Any(a =>
            a.Compliance.Any(c => !c.Passed) || (failBelow is { } limit && a.Grade is { } grade && grade.Letter > limit));
        return failed ? PolicyFailed : Ok;
    }

    /// <summary>A finished scan's code: the highest that applies (unreachable over not-TLS over success).</summary>
    public static int For(IReadOnlyList<ServerScanResult> results)
    {
        if (results.Any(r => r.Outcome == ScanOutcome.Unreachable))
        {
            return Unreachable;
        }

        return results.Any(r => r.Outcome is ScanOutcome.NotTls or ScanOutcome.NoProtocol) ? NotTls : Ok;
    }

    /// <summary>A finished `diagnose` run's code: unreachable and not-TLS as for scan, then 8 for any other root cause.</summary>
    public static int ForDiagnosis(ServerScanResult scan, ClientDiagnosis diagnosis) => scan.Outcome switch
    {
        ScanOutcome.Unreachable => Unreachable,
        ScanOutcome.NotTls or ScanOutcome.NoProtocol => NotTls,
        _ => diagnosis.HasProblem ? ClientCannotConnect : Ok,
    };

    /// <summary>A finished `cert` run's code: an unread file over a certificate error over success.</summary>
    public static int For(IReadOnlyList<CertificateFileReport> files)
    {
        if (files.Any(f => f.Error is not null))
        {
            return UnreadableFile;
        }

        return files.Any(f => f.Analysis?.Problems.Any(p => p.Severity == Severity.Error) == true) ? CertificateError : Ok;
    }
}
