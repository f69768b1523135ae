namespace TlsDoctor.Reporting.Json;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="JsonCertificateReportWriter"/>'s output, embedded from schema/cert-result.schema.json.</summary>
public static class CertResultSchema
{
    private const string ResourceName = "cert-result.schema.json";

    /// <summary>The schema document's text.</summary>
    public static string Text { get; } = EmbeddedText.Read(ResourceName);
}
