namespace TlsDoctor.Cli.Commands;

/// <summary>`tlsdoctor cert` as parsed and validated: what to read, what to check it against, where output goes.</summary>
internal sealed record CertSettings
{
    /// <summary>Files and directories, in the order given.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>--host NAME: the name each leaf must cover; null to skip the name check.</summary>
    public string? HostName { get; init; }

    /// <summary>--password: for PKCS#12 files.</summary>
    public string? Password { get; init; }

    public TrustSelection Trust { get; init; } = new();

    /// <summary>--json FILE, or "-" for stdout.</summary>
    public string? Json { get; init; }

    public bool NoColor { get; init; }

    public bool JsonToStdout => Json == "-";
}
