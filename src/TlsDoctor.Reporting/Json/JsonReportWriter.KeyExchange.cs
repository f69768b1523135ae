using System.Text.Json;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>"groups" keyed by protocol ({names, serverOrder}) and "dhParameters" (one entry per DHE exchange seen).</summary>
    private static void WriteKeyExchange(Utf8JsonWriter json, ServerScanResult result)
    {
        json.WriteStartObject("groups");
        foreach (var g in ByVersion(result.KeyExchange?.Groups ?? [], g => g.Version))
        {
            json.WriteStartObject(g.Version.Name());
            json.WriteStartArray("names");
            foreach (var group in g.Groups)
            {
                json.WriteStringValue(RegistryNames.Group(group));
            }

            json.WriteEndArray();
            WriteNullableBool(json, "serverOrder", g.ServerOrder);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("dhParameters");
        foreach (var dh in result.KeyExchange?.DhParameters ?? [])
        {
            json.WriteStartObject();
            json.WriteString("protocol", dh.Version.Name());
            json.WriteNumber("primeBits", dh.PrimeBits);
            json.WriteString("knownGroup", dh.KnownGroup);
            json.WriteNumber("generator", dh.GeneratorValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSignatureSchemes(Utf8JsonWriter json, ServerScanResult result)
    {
        json.WriteStartArray("signatureSchemes");
        foreach (var s in result.SignatureSchemes)
        {
            json.WriteStartObject();
            json.WriteString("protocol", s.Version.Name());
            json.WriteString("certificateType", s.CertificateType);
            json.WriteStartArray("schemes");
            foreach (var scheme in s.Schemes)
            {
                json.WriteStringValue(RegistryNames.Scheme(scheme));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
