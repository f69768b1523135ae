using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509.Extension;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>Where a certificate says its revocation status can be fetched: AIA id-ad-ocsp and CRL distribution point URLs.</summary>
public sealed record RevocationUrls(IReadOnlyList<Uri> Ocsp, IReadOnlyList<Uri> Crl)
{
    public static readonly RevocationUrls None = new([], []);

    /// <summary>
    /// Reads the Authority Information Access extension (RFC 5280 §4.2.2.1, accessMethod id-ad-ocsp) and the CRL
    /// Distribution Points extension (§4.2.1.13, fullName uniformResourceIdentifier). Unreadable extensions and
    /// URIs that are not absolute give no URL rather than an exception.
    /// </summary>
    public static RevocationUrls Read(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        try
        {
            var bc = ToBouncyCastle(certificate);
            return new RevocationUrls(OcspUrls(bc), CrlUrls(bc));
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return None;
        }
    }

    private static List<Uri> OcspUrls(Org.BouncyCastle.X509.X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.AuthorityInfoAccess);
        if (value is null)
        {
            return [];
        }

        var access = AuthorityInformationAccess.GetInstance(X509ExtensionUtilities.FromExtensionValue(value));
        return [.. access.GetAccessDescriptions()
            .Where(d => d.AccessMethod.Equals(AccessDescription.IdADOcsp))
            .Select(d => UriOf(d.AccessLocation))
            .OfType<Uri>()];
    }

    private static List<Uri> CrlUrls(Org.BouncyCastle.X509.X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.CrlDistributionPoints);
        if (value is null)
        {
            return [];
        }

        var points = CrlDistPoint.GetInstance(X509ExtensionUtilities.FromExtensionValue(value));
        return [.. points.GetDistributionPoints()
            .Select(p => p.DistributionPointName)
            .Where(n => n is not null && n.Type == DistributionPointName.FullName)
            .SelectMany(n => GeneralNames.GetInstance(n.Name).GetNames())
            .Select(UriOf)
            .OfType<Uri>()];
    }

    private static Uri? UriOf(GeneralName name) =>
        name.TagNo == GeneralName.UniformResourceIdentifier
        && Uri.TryCreate(DerIA5String.GetInstance(name.Name).GetString(), UriKind.Absolute, out var uri)
            ? uri
            : null;
}
