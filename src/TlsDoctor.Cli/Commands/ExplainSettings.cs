using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor explain` as parsed and validated: the error text and, optionally, the server to check it against.</summary>
internal sealed record ExplainSettings
{
    /// <summary>The error message, its words joined by spaces.</summary>
    public required string Text { get; init; }

    /// <summary>--target HOST[:PORT] (with --sni applied); null: explain the text only.</summary>
    public ScanTarget? Target { get; init; }

    /// <summary>--ca-file: trust anchors for the certificate checks; null: the system store.</summary>
    public string? CaFile { get; init; }

    public ScanOptions Options { get; init; } = ScanOptions.Default;

    /// <summary>--json: the result as one JSON object on stdout instead of the text report.</summary>
    public bool Json { get; init; }
}
