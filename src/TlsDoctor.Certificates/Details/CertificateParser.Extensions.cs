using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Details;

// Extensions: each decoded on its own, so one malformed extension costs only its own fields (and a note).
internal static partial class CertificateParser
{
    // RFC 5280 §4.2.1.9, §4.2.1.3, §4.2.1.12
    private const string BasicConstraintsOid = "2.5.29.19";
    private const string KeyUsageOid = "2.5.29.15";
    private const string ExtendedKeyUsageOid = "2.5.29.37";

    private static CertificateDetails ReadExtensions(X509Certificate2 certificate, CertificateDetails details, List<string> notes)
    {
        foreach (var extension in certificate.Extensions)
        {
            var oid = extension.Oid?.Value ?? "";
            try
            {
                details = Apply(details, oid, extension);
            }
            catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
            {
                notes.Add($"{extension.Oid?.FriendlyName ?? oid}: malformed ({e.Message})");
            }
        }

        return details;
    }

    private static CertificateDetails Apply(CertificateDetails details, string oid, X509Extension extension)
    {
        var value = extension.RawData;
        switch (oid)
        {
            case BasicConstraintsOid:
                var constraints = new X509BasicConstraintsExtension(new AsnEncodedData(value), extension.Critical);
                return details with
                {
                    HasBasicConstraints = true,
                    IsCa = constraints.CertificateAuthority,
                    PathLength = constraints.HasPathLengthConstraint ? constraints.PathLengthConstraint : null,
                };
            case KeyUsageOid:
                return details with { KeyUsage = new X509KeyUsageExtension(new AsnEncodedData(value), extension.Critical).KeyUsages };
            case ExtendedKeyUsageOid:
                var usages = new X509EnhancedKeyUsageExtension(new AsnEncodedData(value), extension.Critical).EnhancedKeyUsages;
                return details with { ExtendedKeyUsages = [.. usages.Cast<Oid>().Select(o => KeyPurposes.From(o.Value ?? ""))] };
            case ExtensionReader.SubjectAltNameOid:
                var names = ExtensionReader.SubjectAltNames(value);
                return details with
                {
                    HasSubjectAltName = true,
                    DnsNames = names.DnsNames,
                    IpAddresses = names.IpAddresses,
                    OtherNames = [.. names.Others, .. names.Uris.Select(u => "URI:" + u)],
                };
            case ExtensionReader.SubjectKeyIdentifierOid:
                return details with { SubjectKeyIdentifier = Convert.ToHexString(ExtensionReader.SubjectKeyIdentifier(value)) };
            case ExtensionReader.AuthorityKeyIdentifierOid:
                var keyId = ExtensionReader.AuthorityKeyIdentifier(value);
                return details with { AuthorityKeyIdentifier = keyId is null ? null : Convert.ToHexString(keyId) };
            case ExtensionReader.AuthorityInfoAccessOid:
                var (caIssuers, ocsp) = ExtensionReader.AuthorityInfoAccess(value);
                return details with { CaIssuersUrls = caIssuers, OcspUrls = ocsp };
            case ExtensionReader.CrlDistributionPointsOid:
                return details with { CrlDistributionPoints = ExtensionReader.CrlDistributionPoints(value) };
            case ExtensionReader.TlsFeatureOid:
                return details with { MustStaple = ExtensionReader.HasStatusRequestFeature(value) };
            case ExtensionReader.SctListOid:
                return details with { EmbeddedSctCount = ExtensionReader.SctCount(value) };
            default:
                return details;
        }
    }
}
