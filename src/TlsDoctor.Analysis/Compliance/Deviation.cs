namespace TlsDoctor.Analysis.Compliance;

/// <summary>What part of a policy (Mozilla profile or custom) a server departs from.</summary>
public enum DeviationKind : byte
{
    /// <summary>A protocol version offered that the profile excludes.</summary>
    ProtocolOffered,
    /// <summary>A protocol version the profile lists that the server does not offer.</summary>
    ProtocolMissing,
    /// <summary>A cipher suite accepted at a version that the profile does not list for it.</summary>
    CipherSuite,
    /// <summary>Whose suite order decides, against server_preferred_order.</summary>
    CipherOrder,
    /// <summary>A key exchange group the profile does not list.</summary>
    Group,
    /// <summary>Finite-field DH parameters smaller than dh_param_size.</summary>
    DhParameters,
    CertificateType,
    CertificateKeySize,
    CertificateCurve,
    CertificateSignature,
    CertificateLifetime,
    /// <summary>HSTS missing, not in force, shorter than hsts_min_age, or without a required includeSubDomains.</summary>
    Hsts,
    /// <summary>A vulnerability check the policy forbids found the server Vulnerable.</summary>
    Vulnerability,
    /// <summary>The SSL Labs–style grade is below the policy's min_grade.</summary>
    Grade,
}

/// <summary>One way a server departs from a profile, with the profile's value and what the scan saw.</summary>
public sealed record Deviation(DeviationKind Kind, string Text);
