using System.Text.Json;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>
    /// "protocols": {"TLSv1.2": true, …} — null where the probe could not decide — and "protocolEvidence" with
    /// what the server did for each.
    /// </summary>
    private static void WriteProtocols(Utf8JsonWriter json, ServerScanResult result)
    {
        var protocols = ByVersion(result.Protocols, p => p.Version).ToList();
        json.WriteStartObject("protocols");
        foreach (var p in protocols)
        {
            WriteNullableBool(json, p.Version.Name(), p.Supported ? true : p.Conclusive ? false : null);
        }

        json.WriteEndObject();
        json.WriteStartObject("protocolEvidence");
        foreach (var p in protocols)
        {
            json.WriteString(p.Version.Name(), p.Evidence);
        }

        json.WriteEndObject();
    }

    private static void WriteCiphers(Utf8JsonWriter json, ServerScanResult result)
    {
        json.WriteStartObject("ciphers");
        foreach (var c in ByVersion(result.CipherSuites, c => c.Version))
        {
            json.WriteStartObject(c.Version.Name());
            json.WriteString("order", SnakeCase.Of(c.Order));
            WriteSuites(json, "suites", c.Accepted);
            WriteSuites(json, "undecided", c.Undecided);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteSuites(Utf8JsonWriter json, string name, IReadOnlyList<CipherSuite> suites)
    {
        json.WriteStartArray(name);
        foreach (var s in suites)
        {
            json.WriteStartObject();
            json.WriteString("iana", s.IanaName);
            json.WriteString("openssl", s.OpenSslName);
            json.WriteString("code", s.CodeText);
            json.WriteString("keyExchange", SuiteText.KeyExchange(s));
            json.WriteString("authentication", SuiteText.Authentication(s));
            json.WriteString("cipher", SuiteText.Cipher(s));
            json.WriteNumber("bits", s.CipherBits);
            json.WriteString("mac", SuiteText.Mac(s));
            json.WriteBoolean("aead", s.IsAead);
            json.WriteBoolean("forwardSecrecy", s.ForwardSecrecy);
            json.WriteBoolean("export", s.Export);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
