using TlsDoctor.Analysis.Explain;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Explain;

/// <summary>One run of `tlsdoctor explain`: the message's explanation and, with --target, the scan and the verdict on each cause.</summary>
public sealed record ExplainReport(string ToolVersion, Explanation Explanation)
{
    /// <summary>The scan of --target (null without it).</summary>
    public ServerScanResult? Scan { get; init; }

    /// <summary>Each cause checked against <see cref="Scan"/> (null without --target).</summary>
    public TargetVerdict? Verdict { get; init; }

    /// <summary>What to do when no known error was found.</summary>
    public const string UnknownHint = "run `tlsdoctor diagnose HOST[:PORT]` to check the server directly";

    public const string UnknownText = "no known TLS error in this text";
}
