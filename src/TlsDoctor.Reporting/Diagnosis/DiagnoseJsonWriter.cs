using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Tls.Registry;

using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Reporting.Diagnosis;

/// <summary>
/// Writes a <see cref="DiagnoseReport"/> as one JSON object in the shape schema/diagnose-result.schema.json describes
/// (see <see cref="DiagnoseResultSchema"/>). Every key is always present; absent data is null.
/// </summary>
public sealed class DiagnoseJsonWriter
{
    /// <summary>Bumped when the shape changes incompatibly; the schema's "schemaVersion" const follows it.</summary>
    public const int SchemaVersion = 1;


    public void Write(DiagnoseReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteReport(json, report));
    }

    private static void WriteReport(Utf8JsonWriter json, DiagnoseReport report)
    {
        var d = report.Diagnosis;
        json.WriteStartObject();
        json.WriteString("tool", "tlsdoctor");
        json.WriteString("version", report.ToolVersion);
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("target", d.Target);
        json.WriteStartObject("client");
        json.WriteString("id", d.Client.Id);
        json.WriteString("name", d.Client.Name);
        json.WriteBoolean("chosen", report.ClientChosen);
        json.WriteEndObject();
        json.WriteBoolean("problem", d.HasProblem);
        json.WriteString("summary", d.Summary);
        WriteRootCause(json, d.RootCause);
        json.WritePropertyName("negotiated");
        if (!d.HasProblem && d.Compatibility is { } c)
        {
            WriteHandshake(json, c);
        }
        else
        {
            json.WriteNullValue();
        }

        WriteStrings(json, "evidence", d.Evidence);
        WriteNullable(json, "serverSoftware", d.Software is { } sw ? ServerSoftwareDetector.Name(sw) : null);
        json.WriteStartArray("fixes");
        foreach (var f in d.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("side", SnakeCase.Of(f.Side));
            json.WriteString("for", f.For);
            json.WriteString("text", f.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("layers");
        foreach (var l in d.Layers)
        {
            json.WriteStartObject();
            json.WriteString("layer", SnakeCase.Of(l.Layer));
            json.WriteString("name", l.Name);
            json.WriteString("status", SnakeCase.Of(l.Status));
            json.WriteString("evidence", l.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteMatrix(json, report.Matrix);
        WriteWhatIf(json, report.WhatIf);
        json.WriteEndObject();
    }

    private static void WriteRootCause(Utf8JsonWriter json, RootCause? cause)
    {
        if (cause is null)
        {
            json.WriteNull("rootCause");
            return;
        }

        json.WriteStartObject("rootCause");
        json.WriteString("cause", DiagnoseText.CauseKey(cause.Cause));
        WriteNullable(json, "failure", cause.Failure is { } f ? DiagnoseText.FailureKey(f) : null);
        json.WriteString("sentence", cause.Sentence);
        json.WriteEndObject();
    }

    private static void WriteHandshake(Utf8JsonWriter json, CompatibilityResult r)
    {
        json.WriteStartObject();
        WriteNullable(json, "protocol", r.Protocol?.Name());
        WriteNullable(json, "cipherSuite", r.CipherSuite?.IanaName);
        WriteNullable(json, "group", r.Group is { } g ? NamedGroups.Name(g) : null);
        if (r.DhBits is { } bits)
        {
            json.WriteNumber("dhBits", bits);
        }
        else
        {
            json.WriteNull("dhBits");
        }

        json.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter json, IReadOnlyList<CompatibilityResult>? matrix)
    {
        if (matrix is null)
        {
            json.WriteNull("compatibility");
            return;
        }

        json.WriteStartArray("compatibility");
        foreach (var r in matrix)
        {
            WriteResult(json, r);
        }

        json.WriteEndArray();
    }

    private static void WriteWhatIf(Utf8JsonWriter json, WhatIfImpact? impact)
    {
        if (impact is null)
        {
            json.WriteNull("whatIf");
            return;
        }

        json.WriteStartObject("whatIf");
        json.WriteString("change", impact.Change.ToString());
        json.WriteStartArray("lost");
        foreach (var r in impact.Lost)
        {
            WriteResult(json, r);
        }

        json.WriteEndArray();
        json.WriteStartArray("gained");
        foreach (var r in impact.Gained)
        {
            WriteResult(json, r);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CompatibilityResult r)
    {
        json.WriteStartObject();
        json.WriteString("client", r.Client.Id);
        json.WriteString("name", r.Client.Name);
        json.WriteBoolean("connects", r.Connects);
        json.WritePropertyName("handshake");
        if (r.Connects)
        {
            WriteHandshake(json, r);
        }
        else
        {
            json.WriteNullValue();
        }

        WriteNullable(json, "cause", r.Cause is { } c ? DiagnoseText.FailureKey(c) : null);
        json.WriteString("explanation", r.Explanation);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
