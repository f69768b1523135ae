using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain;
using TlsDoctor.Reporting.Formatting;

using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Reporting.Explain;

/// <summary>
/// Writes an <see cref="ExplainReport"/> as one JSON object in the shape schema/explain-result.schema.json describes
/// (see <see cref="ExplainResultSchema"/>). Every key is always present; absent data is null or empty.
/// </summary>
public sealed class ExplainJsonWriter
{
    /// <summary>Bumped when the shape changes incompatibly; the schema's "schemaVersion" const follows it.</summary>
    public const int SchemaVersion = 1;


    public void Write(ExplainReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonOutput.Write(output, json => WriteReport(json, report));
    }

    private static void WriteReport(Utf8JsonWriter json, ExplainReport report)
    {
        var explanation = report.Explanation;
        json.WriteStartObject();
        json.WriteString("tool", "tlsdoctor");
        json.WriteString("version", report.ToolVersion);
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("text", explanation.Text);
        json.WriteBoolean("known", explanation.Known);
        if (explanation.Family is { } family)
        {
            json.WriteString("family", family.Key());
        }
        else
        {
            json.WriteNull("family");
        }

        json.WriteStartArray("families");
        foreach (var f in explanation.Families)
        {
            json.WriteStartObject();
            json.WriteString("key", f.Key());
            json.WriteString("name", f.DisplayName());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteMatches(json, explanation);
        WriteCauses(json, explanation);
        WriteTarget(json, report);
        if (explanation.Known)
        {
            json.WriteNull("hint");
        }
        else
        {
            json.WriteString("hint", $"{ExplainReport.UnknownText}; {ExplainReport.UnknownHint}");
        }

        json.WriteEndObject();
    }

    private static void WriteMatches(Utf8JsonWriter json, Explanation explanation)
    {
        json.WriteStartArray("matches");
        foreach (var match in explanation.Matches)
        {
            json.WriteStartObject();
            json.WriteString("family", match.Signature.Family.Key());
            json.WriteString("name", match.Signature.Name);
            json.WriteString("matched", match.MatchedText);
            json.WriteString("source", match.Signature.Source);
            json.WriteStartArray("causes");
            foreach (var cause in match.Signature.Causes)
            {
                json.WriteStringValue(CauseCatalog.Get(cause).Key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCauses(Utf8JsonWriter json, Explanation explanation)
    {
        json.WriteStartArray("causes");
        foreach (var cause in explanation.Causes)
        {
            json.WriteStartObject();
            json.WriteString("id", cause.Key);
            json.WriteString("title", cause.Title);
            json.WriteString("explanation", cause.Explanation);
            json.WriteString("check", cause.Check);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter json, ExplainReport report)
    {
        if (report.Verdict is not { } verdict || report.Scan is not { } scan)
        {
            json.WriteNull("target");
            return;
        }

        json.WriteStartObject("target");
        json.WriteString("target", verdict.Target);
        json.WriteString("outcome", SnakeCase.Of(scan.Outcome));
        if (scan.Failure is { } failure)
        {
            json.WriteString("failure", failure.Message);
        }
        else
        {
            json.WriteNull("failure");
        }

        json.WriteStartArray("checks");
        foreach (var check in verdict.Checks)
        {
            json.WriteStartObject();
            json.WriteString("cause", CauseCatalog.Get(check.Cause).Key);
            json.WriteString("verdict", ExplainText.VerdictKey(check.Confirmation));
            json.WriteString("evidence", check.Evidence);
            if (check.Fix is { } fix)
            {
                json.WriteString("fix", fix);
            }
            else
            {
                json.WriteNull("fix");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("confirmed");
        foreach (var check in verdict.Confirmed)
        {
            json.WriteStringValue(CauseCatalog.Get(check.Cause).Key);
        }

        json.WriteEndArray();
        json.WriteString("conclusion", verdict.Conclusion);
        json.WriteEndObject();
    }
}
