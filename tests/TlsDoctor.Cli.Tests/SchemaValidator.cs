using System.Text.Json;
using Json.Schema;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Cli.Tests;

/// <summary>Validates documents against the embedded scan-result schema, reporting every error for the failure message.</summary>
internal static class SchemaValidator
{
    // Built once: the schema's $id is registered globally on build.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ScanResultSchema.Text));

    public static (bool Valid, string Errors) Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            ?? [];
        return (results.IsValid, string.Join("\n", errors));
    }
}
