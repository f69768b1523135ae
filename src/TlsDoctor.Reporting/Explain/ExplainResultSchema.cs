namespace TlsDoctor.Reporting.Explain;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="ExplainJsonWriter"/>'s output, embedded from schema/explain-result.schema.json.</summary>
public static class ExplainResultSchema
{
    private const string ResourceName = "explain-result.schema.json";

    /// <summary>The schema document's text.</summary>
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(ExplainResultSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
