namespace TlsDoctor.Certificates.Problems;

/// <summary>The stable problem codes. The lab's manifest.json uses the same names for the problems it has.</summary>
public static class ProblemCodes
{
    // Validity
    public const string Expired = "expired";
    public const string NotYetValid = "not_yet_valid";
    public const string ExpiresSoon = "expires_soon";
    public const string LifetimeTooLong = "lifetime_too_long";

    /// <summary>Advice: the leaf's lifetime exceeds a CA/Browser Forum limit that is announced but not yet in force.</summary>
    public const string LifetimeLimitComing = "lifetime_limit_coming";

    // Name
    public const string HostnameMismatch = "hostname_mismatch";

    /// <summary>The name matched only the subject CN because the certificate has no DNS subjectAltName.</summary>
    public const string HostnameCnFallback = "hostname_cn_fallback";

    // Trust
    public const string SelfSigned = "self_signed";
    public const string UnknownIssuer = "unknown_issuer";
    public const string IncompleteChain = "incomplete_chain";
    public const string UntrustedRoot = "untrusted_root";

    // Chain as sent
    public const string WrongOrder = "wrong_order";
    public const string ExtraCertificates = "extra_certificates";
    public const string RootIncluded = "root_included";
    public const string DuplicateCertificate = "duplicate_certificate";
    public const string UnparseableCertificate = "unparseable_certificate";

    // Strength and constraints
    public const string WeakKeyRsa1024 = "weak_key_rsa1024";
    public const string WeakKey = "weak_key";
    public const string Sha1Signature = "sha1_signature";
    public const string Md5Signature = "md5_signature";
    public const string NotACa = "not_a_ca";
    public const string PathLengthExceeded = "path_length_exceeded";
    public const string WrongKeyUsage = "wrong_key_usage";
    public const string WrongExtendedKeyUsage = "wrong_extended_key_usage";

    // Revocation and transparency
    public const string Revoked = "revoked";
    public const string RevocationUnknown = "revocation_unknown";
    public const string MustStapleWithoutStaple = "must_staple_without_staple";
    public const string StapleInvalid = "ocsp_staple_invalid";
    public const string NoSct = "no_sct";
}
