using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Json;

/// <summary>
/// Writes a <see cref="ScanReport"/> as JSON, field by field, in the shape schema/scan-result.schema.json describes
/// (see <see cref="ScanResultSchema"/>). Every key is always present; absent data is null or empty, never missing.
/// </summary>
public sealed partial class JsonReportWriter : IReportWriter
{
    /// <summary>Bumped when the shape changes incompatibly; the schema's "schemaVersion" const follows it.</summary>
    public const int SchemaVersion = 1;

    public const string ToolName = "tlsdoctor";

    public void Write(ScanReport report, TextWriter output) => JsonOutput.Write(output, json => WriteReport(json, report));

    /// <summary>Writes UTF-8 JSON straight to a buffer (a file, a socket).</summary>
    public void Write(ScanReport report, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        WriteReport(json, report);
    }

    private static void WriteReport(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject();
        json.WriteString("tool", ToolName);
        json.WriteString("version", report.ToolVersion);
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("startedAt", report.StartedAt);
        json.WriteNumber("durationMs", Milliseconds(report.Duration));
        json.WriteStartArray("targets");
        for (var i = 0; i < report.Targets.Count; i++)
        {
            WriteTarget(json, report.Targets[i], i < report.Assessments.Count ? report.Assessments[i] : null);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static long Milliseconds(TimeSpan duration) => Math.Max(0, (long)Math.Round(duration.TotalMilliseconds));

    /// <summary>Per-protocol entries as one object keyed by "TLSv1.2" etc.: oldest first, one entry per version.</summary>
    private static IEnumerable<T> ByVersion<T>(IEnumerable<T> items, Func<T, TlsVersion> version) =>
        items.DistinctBy(version).OrderBy(i => (ushort)version(i));

    private static void WriteNullableBool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
