namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>Who signed an OCSP response, and whether RFC 6960 §4.2.2.2 lets that key speak for the issuer.</summary>
public enum OcspSignatureCheck : byte
{
    /// <summary>Not a successful response: there is no signature to check.</summary>
    NotChecked,

    /// <summary>The issuing CA's own key signed it.</summary>
    VerifiedByIssuer,

    /// <summary>A certificate in the response signed it, issued directly by the CA and carrying id-kp-OCSPSigning.</summary>
    VerifiedByDelegatedResponder,

    /// <summary>The signature verifies, but with a certificate the CA did not authorise (not issued by it, no id-kp-OCSPSigning, or expired).</summary>
    UnauthorizedSigner,

    /// <summary>Neither the issuer's key nor any certificate in the response verifies the signature.</summary>
    Invalid,
}
