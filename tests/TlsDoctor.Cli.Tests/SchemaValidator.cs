using System.Text.Json;
using Json.Schema;
using TlsDoctor.Reporting.Diagnosis;
using TlsDoctor.Reporting.Explain;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Cli.Tests;

/// <summary>Validates documents against the embedded schemas, reporting every error for the failure message.</summary>
internal static class SchemaValidator
{
    // Built once: each schema's $id is registered globally on build.
    private static readonly Lazy<JsonSchema> ScanSchema = new(() => JsonSchema.FromText(ScanResultSchema.Text));
    private static readonly Lazy<JsonSchema> CertSchema = new(() => JsonSchema.FromText(CertResultSchema.Text));

    /// <summary>Against scan-result.schema.json.</summary>
    public static (bool Valid, string Errors) Validate(string json) => Validate(ScanSchema.Value, json);

    /// <summary>Against cert-result.schema.json.</summary>
    public static (bool Valid, string Errors) ValidateCert(string json) => Validate(CertSchema.Value, json);

    private static readonly Lazy<JsonSchema> ExplainSchema = new(() => JsonSchema.FromText(ExplainResultSchema.Text));

    /// <summary>Against explain-result.schema.json.</summary>
    public static (bool Valid, string Errors) ValidateExplain(string json) => Validate(ExplainSchema.Value, json);

    private static readonly Lazy<JsonSchema> DiagnoseSchema = new(() => JsonSchema.FromText(DiagnoseResultSchema.Text));

    /// <summary>Against diagnose-result.schema.json.</summary>
    public static (bool Valid, string Errors) ValidateDiagnose(string json) => Validate(DiagnoseSchema.Value, json);

    private static (bool Valid, string Errors) Validate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            ?? [];
        return (results.IsValid, string.Join("\n", errors));
    }
}
