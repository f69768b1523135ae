using System.Text.Json;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>"http": what "/" over HTTPS answered; null when HTTP was not asked (--no-http, or no protocol to ask over).</summary>
    private static void WriteHttp(Utf8JsonWriter json, ServerScanResult result)
    {
        if (result.Http is not { } http)
        {
            json.WriteNull("http");
            return;
        }

        json.WriteStartObject("http");
        json.WriteBoolean("isHttp", http.IsHttp);
        json.WritePropertyName("error");
        WriteError(json, http.Error);
        WriteNullableNumber(json, "statusCode", http.StatusCode);
        WriteHsts(json, http.Hsts);
        json.WriteString("contentEncoding", http.ContentEncoding);
        json.WriteString("server", http.Server);
        json.WriteString("location", http.Location);
        json.WriteStartArray("securityHeaders");
        foreach (var h in http.SecurityHeaders)
        {
            json.WriteStartObject();
            json.WriteString("name", h.Name);
            json.WriteString("value", h.Value);
            json.WriteString("finding", h.Finding);
            json.WriteBoolean("ok", h.Ok);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("cookies");
        foreach (var c in http.Cookies)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            json.WriteBoolean("secure", c.Secure);
            json.WriteBoolean("httpOnly", c.HttpOnly);
            json.WriteString("sameSite", c.SameSite);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WritePlainHttp(json, http.PlainHttp);
        json.WriteEndObject();
    }

    private static void WriteHsts(Utf8JsonWriter json, HstsPolicy? hsts)
    {
        if (hsts is null)
        {
            json.WriteNull("hsts");
            return;
        }

        json.WriteStartObject("hsts");
        json.WriteString("raw", hsts.Raw);
        WriteNullableNumber(json, "maxAgeSeconds", hsts.MaxAgeSeconds);
        json.WriteBoolean("includeSubDomains", hsts.IncludeSubDomains);
        json.WriteBoolean("preload", hsts.Preload);
        json.WriteBoolean("effective", hsts.Effective);
        WriteStrings(json, "problems", hsts.Problems);
        json.WriteEndObject();
    }

    private static void WritePlainHttp(Utf8JsonWriter json, PlainHttpRedirect? plain)
    {
        if (plain is null)
        {
            json.WriteNull("plainHttp");
            return;
        }

        json.WriteStartObject("plainHttp");
        json.WriteNumber("port", plain.Port);
        WriteNullableNumber(json, "statusCode", plain.StatusCode);
        json.WriteString("location", plain.Location);
        json.WriteBoolean("redirectsToHttps", plain.RedirectsToHttps);
        json.WritePropertyName("error");
        WriteError(json, plain.Error);
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
