using System.Text.Json;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>
    /// "certificates": the chains as sent, leaf first, each certificate as base64 DER with what could be read of it,
    /// and the chain's "analysis" (null when not analysed); null when no chain was captured. A certificate that does
    /// not parse carries "error" instead of its fields.
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
            for (var i = 0; i < chain.Certificates.Count; i++)
            {
                WriteCertificate(json, CertificateSummary.Read(chain.Certificates[i]), Details(chain, i));
            }

            json.WriteEndArray();
            AnalysisJson.Write(json, "analysis", chain.Analysis);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The analysis decoded every certificate already; a chain not analysed is decoded here.</summary>
    private static CertificateDetails Details(CapturedChain chain, int index) =>
        chain.Analysis is { } analysis && index < analysis.Certificates.Count
            ? analysis.Certificates[index]
            : CertificateDetails.FromDer(chain.Certificates[index]);

    private static void WriteCertificate(Utf8JsonWriter json, CertificateSummary cert, CertificateDetails details)
    {
        json.WriteStartObject();
        json.WriteBase64String("der", cert.Der);
        json.WriteString("sha256", cert.Sha256);
        if ((cert.Error ?? details.Error) is { } error)
        {
            json.WriteString("error", error);
        }
        else
        {
            json.WriteString("subject", cert.Subject);
            json.WriteString("issuer", cert.Issuer);
            json.WriteString("notBefore", cert.NotBefore!.Value);
            json.WriteString("notAfter", cert.NotAfter!.Value);
            json.WriteString("keyType", cert.KeyType);
            json.WriteString("serial", details.SerialNumber);
            json.WriteString("sha1", Fingerprint.Sha1Hex(cert.Der));
            CertificateJson.WriteSans(json, details);
            json.WriteString("signatureAlgorithm", details.SignatureAlgorithm.Name);
            json.WriteNumber("keySize", details.KeySizeBits);
            json.WriteBoolean("mustStaple", details.MustStaple);
        }

        json.WriteEndObject();
    }
}
