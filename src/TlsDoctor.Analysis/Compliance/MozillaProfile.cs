using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// One configuration of Mozilla's Server Side TLS guidelines ("modern", "intermediate", "old") at one guidelines
/// version, with the values and JSON key names of the published guidelines file.
/// </summary>
/// <param name="Name">"modern", "intermediate" or "old".</param>
/// <param name="GuidelinesVersion">"5.7", "6.0".</param>
/// <param name="Source">The published JSON this data was taken from.</param>
/// <param name="Protocols">tls_versions: every version listed should be offered, none other.</param>
/// <param name="Ciphers">ciphers.iana: the TLS 1.2-and-below suites allowed, by IANA name.</param>
/// <param name="Tls13Suites">ciphersuites: the TLS 1.3 suites allowed.</param>
/// <param name="Groups">tls_curves, in Mozilla's (OpenSSL) spelling: the key exchange groups allowed.</param>
/// <param name="CertificateCurves">certificate_curves, in Mozilla's spelling.</param>
/// <param name="CertificateTypes">certificate_types: "rsa", "ecdsa".</param>
/// <param name="CertificateSignatures">certificate_signatures, as OpenSSL names them ("sha256WithRSAEncryption").</param>
/// <param name="RsaKeySize">rsa_key_size: minimum RSA modulus in bits; null when the profile states none.</param>
/// <param name="DhParamSize">dh_param_size: minimum finite-field DH group size; null when DHE is not in the profile.</param>
/// <param name="EcdhParamSize">ecdh_param_size: minimum ECDH curve size in bits.</param>
/// <param name="HstsMinAge">hsts_min_age in seconds.</param>
/// <param name="MaximumCertificateLifespanDays">maximum_certificate_lifespan in days.</param>
/// <param name="ServerPreferredOrder">server_preferred_order: whether the server should choose by its own suite order.</param>
/// <param name="OcspStaple">ocsp_staple.</param>
public sealed record MozillaProfile(
    string Name,
    string GuidelinesVersion,
    string Source,
    IReadOnlyList<TlsVersion> Protocols,
    IReadOnlyList<string> Ciphers,
    IReadOnlyList<string> Tls13Suites,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> CertificateCurves,
    IReadOnlyList<string> CertificateTypes,
    IReadOnlyList<string> CertificateSignatures,
    int? RsaKeySize,
    int? DhParamSize,
    int EcdhParamSize,
    int HstsMinAge,
    int MaximumCertificateLifespanDays,
    bool ServerPreferredOrder,
    bool OcspStaple)
{
    /// <summary>"intermediate 5.7".</summary>
    public string Title => $"Mozilla {Name} {GuidelinesVersion}";
}
