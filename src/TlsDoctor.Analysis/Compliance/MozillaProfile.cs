using TlsDoctor.Analysis.Grading;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// A policy a server is measured against: one configuration of Mozilla's Server Side TLS guidelines ("modern",
/// "intermediate", "old") at one guidelines version, with the values and JSON key names of the published guidelines
/// file; or a custom policy read from YAML (<see cref="PolicyYaml"/>), where a null field means "not constrained".
/// </summary>
/// <param name="Name">"modern", "intermediate" or "old"; a custom policy's own name.</param>
/// <param name="GuidelinesVersion">"5.7", "6.0"; empty for a custom policy.</param>
/// <param name="Source">The published JSON this data was taken from; a custom policy's file.</param>
/// <param name="Protocols">tls_versions: the versions allowed (Mozilla also wants each offered: <see cref="RequiredProtocols"/>).</param>
/// <param name="Ciphers">ciphers.iana: the TLS 1.2-and-below suites allowed, by IANA name.</param>
/// <param name="Tls13Suites">ciphersuites: the TLS 1.3 suites allowed.</param>
/// <param name="Groups">tls_curves, in Mozilla's (OpenSSL) spelling, or IANA names in a custom policy.</param>
/// <param name="CertificateCurves">certificate_curves, in Mozilla's spelling.</param>
/// <param name="CertificateTypes">certificate_types: "rsa", "ecdsa".</param>
/// <param name="CertificateSignatures">certificate_signatures, as OpenSSL names them ("sha256WithRSAEncryption").</param>
/// <param name="RsaKeySize">rsa_key_size: minimum RSA modulus in bits; null when the profile states none.</param>
/// <param name="DhParamSize">dh_param_size: minimum finite-field DH group size; in a Mozilla profile null means DHE is not in the profile.</param>
/// <param name="EcdhParamSize">ecdh_param_size: minimum ECDH curve size in bits.</param>
/// <param name="HstsMinAge">hsts_min_age in seconds.</param>
/// <param name="MaximumCertificateLifespanDays">maximum_certificate_lifespan in days.</param>
/// <param name="ServerPreferredOrder">server_preferred_order: whether the server should choose by its own suite order.</param>
/// <param name="OcspStaple">ocsp_staple.</param>
public sealed record MozillaProfile(
    string Name,
    string GuidelinesVersion,
    string Source,
    IReadOnlyList<TlsVersion>? Protocols,
    IReadOnlyList<string>? Ciphers,
    IReadOnlyList<string>? Tls13Suites,
    IReadOnlyList<string>? Groups,
    IReadOnlyList<string>? CertificateCurves,
    IReadOnlyList<string>? CertificateTypes,
    IReadOnlyList<string>? CertificateSignatures,
    int? RsaKeySize,
    int? DhParamSize,
    int? EcdhParamSize,
    int? HstsMinAge,
    int? MaximumCertificateLifespanDays,
    bool? ServerPreferredOrder,
    bool OcspStaple)
{
    /// <summary>"Mozilla intermediate 5.7", or "policy acme-internal" for a custom policy.</summary>
    public string Title => IsCustom ? $"policy {Name}" : $"Mozilla {Name} {GuidelinesVersion}";

    /// <summary>Read from a policy file: lists are allow-lists (groups too), and null fields are unconstrained.</summary>
    public bool IsCustom { get; init; }

    /// <summary>Versions that must be offered (Mozilla: every tls_versions entry).</summary>
    public IReadOnlyList<TlsVersion>? RequiredProtocols { get; init; }

    /// <summary>Minimum ECDSA key size in bits (custom policies; Mozilla names curves instead).</summary>
    public int? MinEcdsaBits { get; init; }

    /// <summary>Whether HSTS must carry includeSubDomains.</summary>
    public bool HstsIncludeSubDomains { get; init; }

    /// <summary>Vulnerability ids (<see cref="Scanning.Vulnerabilities.VulnerabilityIds"/>) the server must not be Vulnerable to.</summary>
    public IReadOnlyList<string>? ForbiddenVulnerabilities { get; init; }

    /// <summary>The worst acceptable grade; T and M always fall short.</summary>
    public Grade? MinGrade { get; init; }
}
