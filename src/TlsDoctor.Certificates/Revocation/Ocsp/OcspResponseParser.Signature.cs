using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TlsDoctor.Certificates.Revocation.Ocsp;

// Who signed the response, and whether that key may speak for the issuer.
public static partial class OcspResponseParser
{
    /// <summary>
    /// RFC 6960 §4.2.2.2: the key that signs a response MUST belong to the CA that issued the certificate, or to a
    /// CA Designated Responder whose certificate the CA issued directly and marked with id-kp-OCSPSigning in its
    /// extended key usage. (A "Trusted Responder" configured locally is not something a scanner has.)
    /// </summary>
    private static (OcspSignatureCheck Check, string Detail) CheckSignature(BasicOcspResp basic, BcCertificate issuer, DateTimeOffset now)
    {
        if (Verifies(basic, issuer))
        {
            return (OcspSignatureCheck.VerifiedByIssuer, $"signed by the issuer '{issuer.SubjectDN}'");
        }

        var included = basic.GetCerts() ?? [];
        foreach (var signer in included.Where(c => Verifies(basic, c)))
        {
            var name = $"'{signer.SubjectDN}'";
            if (!IssuedBy(signer, issuer))
            {
                return (OcspSignatureCheck.UnauthorizedSigner,
                    $"signed by {name}, which the issuer '{issuer.SubjectDN}' did not issue (RFC 6960 §4.2.2.2)");
            }

            if (!HasOcspSigningUsage(signer))
            {
                return (OcspSignatureCheck.UnauthorizedSigner,
                    $"signed by {name}, whose certificate lacks the id-kp-OCSPSigning extended key usage (RFC 6960 §4.2.2.2)");
            }

            if (now.UtcDateTime < signer.NotBefore || now.UtcDateTime > signer.NotAfter)
            {
                return (OcspSignatureCheck.UnauthorizedSigner,
                    $"signed by {name}, whose certificate is valid only {RevocationFormat.Time(Utc(signer.NotBefore))} to {RevocationFormat.Time(Utc(signer.NotAfter))}");
            }

            return (OcspSignatureCheck.VerifiedByDelegatedResponder, $"signed by the delegated responder {name}");
        }

        return (OcspSignatureCheck.Invalid, included.Length == 0
            ? $"the signature does not verify with the issuer's key ('{issuer.SubjectDN}'), and the response includes no responder certificate"
            : $"the signature verifies neither with the issuer's key ('{issuer.SubjectDN}') nor with any of the {included.Length} certificates in the response");
    }

    private static bool Verifies(BasicOcspResp basic, BcCertificate key)
    {
        try
        {
            return basic.Verify(key.GetPublicKey());
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return false;
        }
    }

    private static bool IssuedBy(BcCertificate certificate, BcCertificate issuer)
    {
        try
        {
            return certificate.IssuerDN.Equivalent(issuer.SubjectDN) && certificate.IsSignatureValid(issuer.GetPublicKey());
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return false;
        }
    }

    private static bool HasOcspSigningUsage(BcCertificate certificate)
    {
        try
        {
            return certificate.GetExtendedKeyUsage()?.Any(oid => oid.Equals(KeyPurposeID.id_kp_OCSPSigning)) == true;
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return false;
        }
    }
}
