namespace TlsDoctor.Reporting.Json;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="JsonReportWriter"/>'s output, embedded from schema/scan-result.schema.json.</summary>
public static class ScanResultSchema
{
    private const string ResourceName = "scan-result.schema.json";

    /// <summary>The schema document's text.</summary>
    public static string Text { get; } = EmbeddedText.Read(ResourceName);
}
