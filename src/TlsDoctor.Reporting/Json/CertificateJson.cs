using System.Text.Json;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Json;

/// <summary>
/// One certificate with every detail `tlsdoctor cert` shows ($defs "certificateDetails" in cert-result.schema.json);
/// a certificate that does not decode carries "error" instead of its fields.
/// </summary>
internal static class CertificateJson
{
    public static void Write(Utf8JsonWriter json, CertificateDetails certificate, DateTimeOffset now)
    {
        json.WriteStartObject();
        json.WriteBase64String("der", certificate.Der);
        json.WriteString("sha256", Fingerprint.Hex(certificate.Der));
        json.WriteString("sha1", Fingerprint.Sha1Hex(certificate.Der));
        if (certificate.Error is not null)
        {
            json.WriteString("error", certificate.Error);
            json.WriteEndObject();
            return;
        }

        json.WriteString("subject", certificate.Subject);
        json.WriteString("issuer", certificate.Issuer);
        json.WriteString("serial", certificate.SerialNumber);
        json.WriteString("notBefore", certificate.NotBefore);
        json.WriteString("notAfter", certificate.NotAfter);
        json.WriteNumber("daysLeft", CertificateText.DaysLeft(certificate, now));
        WriteSans(json, certificate);
        AnalysisJson.WriteStrings(json, "otherNames", certificate.OtherNames);
        json.WriteString("keyType", CertificateText.Key(certificate));
        json.WriteNumber("keySize", certificate.KeySizeBits);
        json.WriteString("signatureAlgorithm", certificate.SignatureAlgorithm.Name);
        json.WriteString("signatureHash", certificate.SignatureAlgorithm.Hash);
        json.WriteBoolean("ca", certificate.IsCa);
        json.WriteBoolean("selfSigned", certificate.IsSelfSigned);
        if (certificate.ExtendedKeyUsages is { } purposes)
        {
            AnalysisJson.WriteStrings(json, "extendedKeyUsages", purposes.Select(p => p.Name));
        }
        else
        {
            json.WriteNull("extendedKeyUsages");
        }

        json.WriteBoolean("mustStaple", certificate.MustStaple);
        json.WriteNumber("embeddedScts", certificate.EmbeddedSctCount);
        AnalysisJson.WriteStrings(json, "ocspUrls", certificate.OcspUrls);
        AnalysisJson.WriteStrings(json, "caIssuers", certificate.CaIssuersUrls);
        AnalysisJson.WriteStrings(json, "crlDistributionPoints", certificate.CrlDistributionPoints);
        AnalysisJson.WriteStrings(json, "parseNotes", certificate.ParseNotes);
        json.WriteEndObject();
    }

    /// <summary>"sans": the DNS names and IP addresses of the subjectAltName extension (empty lists when it is absent).</summary>
    public static void WriteSans(Utf8JsonWriter json, CertificateDetails certificate)
    {
        json.WriteStartObject("sans");
        AnalysisJson.WriteStrings(json, "dns", certificate.DnsNames);
        AnalysisJson.WriteStrings(json, "ip", certificate.IpAddresses.Select(a => a.ToString()));
        json.WriteEndObject();
    }
}
