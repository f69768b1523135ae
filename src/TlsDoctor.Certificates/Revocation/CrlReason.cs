namespace TlsDoctor.Certificates.Revocation;

/// <summary>
/// Why a certificate was revoked: the CRLReason of RFC 5280 §5.3.1, shared by CRL entries and OCSP
/// RevokedInfo (RFC 6960 §4.2.1). Values outside the registry are kept as they came.
/// </summary>
public enum CrlReason : byte
{
    Unspecified = 0,
    KeyCompromise = 1,
    CaCompromise = 2,
    AffiliationChanged = 3,
    Superseded = 4,
    CessationOfOperation = 5,
    CertificateHold = 6,
    // 7 is not used (RFC 5280 §5.3.1).
    RemoveFromCrl = 8,
    PrivilegeWithdrawn = 9,
    AaCompromise = 10,
}

/// <summary>Display names for <see cref="CrlReason"/>, spelled as in the ASN.1 module.</summary>
public static class CrlReasons
{
    /// <summary>"keyCompromise", or "0x0b (unknown)" for a value outside RFC 5280's list.</summary>
    public static string Name(CrlReason reason) => reason switch
    {
        CrlReason.Unspecified => "unspecified",
        CrlReason.KeyCompromise => "keyCompromise",
        CrlReason.CaCompromise => "cACompromise",
        CrlReason.AffiliationChanged => "affiliationChanged",
        CrlReason.Superseded => "superseded",
        CrlReason.CessationOfOperation => "cessationOfOperation",
        CrlReason.CertificateHold => "certificateHold",
        CrlReason.RemoveFromCrl => "removeFromCRL",
        CrlReason.PrivilegeWithdrawn => "privilegeWithdrawn",
        CrlReason.AaCompromise => "aACompromise",
        _ => $"0x{(byte)reason:x2} (unknown)",
    };

    /// <summary>Name of a reason that may be absent: "no reason given" then.</summary>
    public static string Name(CrlReason? reason) => reason is { } r ? Name(r) : "no reason given";
}
