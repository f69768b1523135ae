using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

// Source: https://ssl-config.mozilla.org/guidelines/6.0.json
// (mozilla/ssl-config-generator, src/static/guidelines/6.0.json). 6.0 has no "old" configuration;
// against 5.7 it drops the DHE suites from intermediate and adds X25519MLKEM768 to tls_curves.
public static partial class MozillaProfiles
{
    private const string Source60 = "https://ssl-config.mozilla.org/guidelines/6.0.json";

    public static MozillaProfile Modern60 => field ??= new(
        Name: "modern",
        GuidelinesVersion: "6.0",
        Source: Source60,
        Protocols: [TlsVersion.Tls13],
        Ciphers: [],
        Tls13Suites: Tls13Suites,
        Groups: ["X25519MLKEM768", "X25519", "prime256v1", "secp384r1"],
        CertificateCurves: CertificateCurves,
        CertificateTypes: ["ecdsa"],
        CertificateSignatures: EcdsaSignatures,
        RsaKeySize: null,
        DhParamSize: null,
        EcdhParamSize: 256,
        HstsMinAge: TwoYears,
        MaximumCertificateLifespanDays: 90,
        ServerPreferredOrder: false,
        OcspStaple: true)
    {
        RequiredProtocols = [TlsVersion.Tls13],
    };

    public static MozillaProfile Intermediate60 => field ??= new(
        Name: "intermediate",
        GuidelinesVersion: "6.0",
        Source: Source60,
        Protocols: [TlsVersion.Tls12, TlsVersion.Tls13],
        Ciphers:
        [
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        ],
        Tls13Suites: Tls13Suites,
        Groups: ["X25519MLKEM768", "X25519", "prime256v1", "secp384r1"],
        CertificateCurves: CertificateCurves,
        CertificateTypes: ["ecdsa", "rsa"],
        CertificateSignatures: ["sha256WithRSAEncryption", .. EcdsaSignatures],
        RsaKeySize: 2048,
        DhParamSize: 2048,
        EcdhParamSize: 256,
        HstsMinAge: TwoYears,
        MaximumCertificateLifespanDays: 366,
        ServerPreferredOrder: false,
        OcspStaple: true)
    {
        RequiredProtocols = [TlsVersion.Tls12, TlsVersion.Tls13],
    };
}
