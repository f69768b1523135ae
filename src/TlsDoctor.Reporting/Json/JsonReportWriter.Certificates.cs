using System.Text.Json;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>
    /// "certificates": the chains as sent, leaf first, each certificate as base64 DER with what could be read of it;
    /// null when no chain was captured. A certificate that does not parse carries "error" instead of its fields.
    /// </summary>
    private static void WriteCertificates(Utf8JsonWriter json, ServerScanResult result)
    {
        if (result.Certificates is null)
        {
            json.WriteNull("certificates");
            return;
        }

        json.WriteStartArray("certificates");
        foreach (var chain in result.Certificates.Chains)
        {
            json.WriteStartObject();
            json.WriteString("certificateType", chain.CertificateType);
            json.WriteString("sni", chain.ServerName);
            json.WriteString("protocol", chain.Version.Name());
            json.WriteBoolean("ocspStapled", chain.OcspResponse is not null);
            json.WriteStartArray("chain");
            foreach (var der in chain.Certificates)
            {
                WriteCertificate(json, CertificateSummary.Read(der));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCertificate(Utf8JsonWriter json, CertificateSummary cert)
    {
        json.WriteStartObject();
        json.WriteBase64String("der", cert.Der);
        json.WriteString("sha256", cert.Sha256);
        if (cert.Error is not null)
        {
            json.WriteString("error", cert.Error);
        }
        else
        {
            json.WriteString("subject", cert.Subject);
            json.WriteString("issuer", cert.Issuer);
            json.WriteString("notBefore", cert.NotBefore!.Value);
            json.WriteString("notAfter", cert.NotAfter!.Value);
            json.WriteString("keyType", cert.KeyType);
        }

        json.WriteEndObject();
    }
}
