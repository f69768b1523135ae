using System.Text.Json;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    private static void WriteTarget(Utf8JsonWriter json, ServerScanResult result, TargetAssessment? assessment)
    {
        json.WriteStartObject();
        json.WriteString("host", result.Target.Host);
        json.WriteNumber("port", result.Target.Port);
        json.WriteString("sni", result.Target.ServerName);
        json.WriteString("address", result.Address);
        json.WriteString("outcome", SnakeCase.Of(result.Outcome));
        json.WritePropertyName("failure");
        WriteError(json, result.Failure);
        json.WriteString("startedAt", result.StartedAt);
        json.WriteNumber("durationMs", Milliseconds(result.Duration));
        json.WriteNumber("connections", result.Connections);
        WriteProtocols(json, result);
        WriteCiphers(json, result);
        WriteKeyExchange(json, result);
        WriteSignatureSchemes(json, result);
        WriteAlpn(json, result);
        WriteFeatures(json, result);
        WriteCertificates(json, result);
        WriteProbeFailures(json, result);
        WriteHttp(json, result);
        WriteVulnerabilities(json, result);
        WriteGrade(json, assessment?.Grade);
        WriteCompliance(json, assessment);
        json.WriteEndObject();
    }

    /// <summary>A connection error as an object, or null: kind, message, and the details that tell errors apart.</summary>
    private static void WriteError(Utf8JsonWriter json, ConnectionError? error)
    {
        if (error is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("kind", SnakeCase.Of(error.Kind));
        json.WriteString("message", error.Message);
        json.WriteString("alert", error.Alert is { } alert ? RegistryNames.Alert(alert) : null);
        json.WriteString("service", error.Kind == ConnectionErrorKind.NotTls ? SnakeCase.Of(error.Service) : null);
        json.WriteString("sample", error.Sample);
        json.WriteEndObject();
    }
}
