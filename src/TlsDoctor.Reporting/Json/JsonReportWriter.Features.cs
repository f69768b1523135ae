using System.Text.Json;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>"alpn": the protocols selected, [] when the server ignores ALPN, null when not probed.</summary>
    private static void WriteAlpn(Utf8JsonWriter json, ServerScanResult result)
    {
        if (result.Alpn is null)
        {
            json.WriteNull("alpn");
            return;
        }

        json.WriteStartArray("alpn");
        foreach (var protocol in result.Alpn.Protocols)
        {
            json.WriteStringValue(protocol);
        }

        json.WriteEndArray();
    }

    /// <summary>"features": each true/false, null where not testable; the whole object null when not probed.</summary>
    private static void WriteFeatures(Utf8JsonWriter json, ServerScanResult result)
    {
        if (result.Features is not { } f)
        {
            json.WriteNull("features");
            return;
        }

        json.WriteStartObject("features");
        WriteNullableBool(json, "compression", f.Compression);
        WriteNullableBool(json, "secureRenegotiation", f.SecureRenegotiation);
        WriteNullableBool(json, "sessionTicket", f.SessionTicket);
        WriteNullableBool(json, "sessionId", f.SessionId);
        WriteNullableBool(json, "extendedMasterSecret", f.ExtendedMasterSecret);
        WriteNullableBool(json, "encryptThenMac", f.EncryptThenMac);
        WriteNullableBool(json, "ocspStapling", f.OcspStapling);
        WriteNullableBool(json, "heartbeat", f.Heartbeat);
        WriteNullableBool(json, "fallbackScsv", f.FallbackScsv);
        json.WriteEndObject();
    }

    private static void WriteProbeFailures(Utf8JsonWriter json, ServerScanResult result)
    {
        json.WriteStartArray("probeFailures");
        foreach (var failure in result.ProbeFailures)
        {
            json.WriteStartObject();
            json.WriteString("probe", failure.Probe);
            json.WritePropertyName("error");
            WriteError(json, failure.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
