using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor diagnose` as parsed and validated.</summary>
internal sealed record DiagnoseSettings
{
    /// <summary>HOST[:PORT] with --sni applied.</summary>
    public required ScanTarget Target { get; init; }

    /// <summary>--client ID; null with --client-spec or without either (then every profile is run).</summary>
    public string? ClientId { get; init; }

    /// <summary>--client-spec FILE.yaml.</summary>
    public string? ClientSpec { get; init; }

    /// <summary>--what-if, already parsed.</summary>
    public WhatIfChange? WhatIf { get; init; }

    public TrustSelection Trust { get; init; } = new();

    public ScanOptions Options { get; init; } = ScanOptions.Default;

    /// <summary>--json FILE, or "-" for stdout alone.</summary>
    public string? Json { get; init; }

    public bool JsonToStdout => Json == "-";
}
