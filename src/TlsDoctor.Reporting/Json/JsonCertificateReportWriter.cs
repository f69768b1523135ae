using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Json;

/// <summary>
/// Writes a <see cref="CertificateReport"/> as JSON in the shape schema/cert-result.schema.json describes (see
/// <see cref="CertResultSchema"/>). Every key is always present; absent data is null or empty, never missing.
/// </summary>
public sealed class JsonCertificateReportWriter : ICertificateReportWriter
{
    /// <summary>Bumped when the shape changes incompatibly; the schema's "schemaVersion" const follows it.</summary>
    public const int SchemaVersion = 1;


    public void Write(CertificateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteReport(json, report));
    }

    private static void WriteReport(Utf8JsonWriter json, CertificateReport report)
    {
        json.WriteStartObject();
        json.WriteString("tool", JsonReportWriter.ToolName);
        json.WriteString("version", report.ToolVersion);
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("checkedAt", report.CheckedAt);
        json.WriteString("hostName", report.HostName);
        json.WriteString("trustStore", report.TrustStore);
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            WriteFile(json, file, report.CheckedAt);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, CertificateFileReport file, DateTimeOffset now)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("format", file.Format);
        if (file.Error is { } error)
        {
            json.WriteStartObject("error");
            json.WriteString("kind", SnakeCase.Of(error));
            json.WriteString("message", file.ErrorMessage);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("error");
        }

        json.WriteStartArray("certificates");
        foreach (var certificate in file.Analysis?.Certificates ?? [])
        {
            CertificateJson.Write(json, certificate, now);
        }

        json.WriteEndArray();
        AnalysisJson.Write(json, "analysis", file.Analysis);
        json.WriteEndObject();
    }
}
