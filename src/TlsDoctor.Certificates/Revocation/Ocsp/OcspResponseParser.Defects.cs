using Org.BouncyCastle.Ocsp;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TlsDoctor.Certificates.Revocation.Ocsp;

// Why a successful response still cannot be relied on.
public static partial class OcspResponseParser
{
    private static List<string> Defects(OcspResponseInfo info, SingleResp[] singles, BcCertificate certificate, DateTimeOffset now, TimeSpan skew)
    {
        var defects = new List<string>();
        if (info.Signature is OcspSignatureCheck.Invalid or OcspSignatureCheck.UnauthorizedSigner)
        {
            defects.Add(info.SignatureDetail!);
        }

        if (!info.CertIdMatches)
        {
            defects.Add(singles.Length == 0
                ? "the response holds no SingleResponse at all"
                : $"the response is about {string.Join(", ", singles.Select(s => Describe(s.GetCertID())))}, not about serial {SerialHex(certificate.SerialNumber)} of this issuer (CertID mismatch)");
            return defects;
        }

        // RFC 6960 §4.2.2.1: thisUpdate in the future or nextUpdate in the past means the response must not be used.
        if (info.ThisUpdate is { } thisUpdate && thisUpdate > now + skew)
        {
            defects.Add($"thisUpdate {RevocationFormat.Time(thisUpdate)} lies {RevocationFormat.Duration(thisUpdate - now)} in the future");
        }

        if (info.NextUpdate is { } nextUpdate && nextUpdate < now)
        {
            defects.Add($"stale: nextUpdate {RevocationFormat.Time(nextUpdate)} passed {RevocationFormat.Duration(now - nextUpdate)} ago");
        }

        return defects;
    }

    private static string Describe(CertificateID id)
    {
        try
        {
            return $"serial {SerialHex(id.SerialNumber)} (issuer key hash {Hex(id.GetIssuerKeyHash())})";
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return "an unreadable CertID";
        }
    }
}
