using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor scan` as parsed and validated: what to scan, the scanner's options, and where output goes.</summary>
internal sealed record ScanSettings
{
    /// <summary>Targets given as arguments (already parsed).</summary>
    public IReadOnlyList<ScanTarget> Targets { get; init; } = [];

    /// <summary>-f FILE: more targets, one per line.</summary>
    public string? TargetsFile { get; init; }

    /// <summary>--json FILE, or "-" for stdout.</summary>
    public string? Json { get; init; }

    /// <summary>--sni NAME: the SNI for every target.</summary>
    public string? ServerName { get; init; }

    /// <summary>--no-sni: send no SNI at all.</summary>
    public bool NoSni { get; init; }

    /// <summary>--ca-file / --trust: loaded by the runner into <see cref="ScanOptions.TrustStore"/>.</summary>
    public TrustSelection Trust { get; init; } = new();

    public ScanOptions Options { get; init; } = ScanOptions.Default;

    public bool NoColor { get; init; }

    /// <summary>--quiet: no progress and no console report; only errors, the exit code and --json output.</summary>
    public bool Quiet { get; init; }

    /// <summary>--policy NAME|FILE, as given: resolved by the runner (a file is read then), each checked against every target.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>--fail-on-grade LETTER: exit 9 when a target's grade is worse than this.</summary>
    public Grade? FailOnGrade { get; init; }

    public bool JsonToStdout => Json == "-";
}
