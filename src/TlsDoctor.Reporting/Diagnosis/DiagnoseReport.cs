using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;

namespace TlsDoctor.Reporting.Diagnosis;

/// <summary>One run of `tlsdoctor diagnose`: the diagnosis for the chosen (or default) client, and what else was asked for.</summary>
public sealed record DiagnoseReport(string ToolVersion, ClientDiagnosis Diagnosis)
{
    /// <summary>True when --client or --client-spec named the client; false: the default client was diagnosed.</summary>
    public bool ClientChosen { get; init; }

    /// <summary>Every known profile against the scan (without --client); null otherwise.</summary>
    public IReadOnlyList<CompatibilityResult>? Matrix { get; init; }

    /// <summary>The --what-if change's effect; null without it.</summary>
    public WhatIfImpact? WhatIf { get; init; }
}
