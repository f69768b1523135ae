namespace TlsDoctor.Reporting.Diagnosis;

/// <summary>The JSON Schema (draft 2020-12) of <see cref="DiagnoseJsonWriter"/>'s output, embedded from schema/diagnose-result.schema.json.</summary>
public static class DiagnoseResultSchema
{
    private const string ResourceName = "diagnose-result.schema.json";

    /// <summary>The schema document's text.</summary>
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(DiagnoseResultSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
