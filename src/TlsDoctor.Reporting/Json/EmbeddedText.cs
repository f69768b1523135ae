namespace TlsDoctor.Reporting.Json;

/// <summary>Reads a text resource embedded in this assembly (the JSON Schemas).</summary>
internal static class EmbeddedText
{
    public static string Read(string resourceName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource '{resourceName}' is missing from {typeof(EmbeddedText).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
