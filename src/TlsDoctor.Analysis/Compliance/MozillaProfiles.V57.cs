using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

// Source: https://ssl-config.mozilla.org/guidelines/5.7.json
// (mozilla/ssl-config-generator, src/static/guidelines/5.7.json, 2023-05-15; read from a mirror of that repository).
public static partial class MozillaProfiles
{
    private const string Source57 = "https://ssl-config.mozilla.org/guidelines/5.7.json";

    private static string[] Groups57 => ["X25519", "prime256v1", "secp384r1"];

    public static MozillaProfile Modern57 => field ??= Modern60 with
    {
        GuidelinesVersion = "5.7",
        Source = Source57,
        Groups = Groups57,
    };

    public static MozillaProfile Intermediate57 => field ??= Intermediate60 with
    {
        GuidelinesVersion = "5.7",
        Source = Source57,
        Ciphers =
        [
            .. Intermediate60.Ciphers!,
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        ],
        Groups = Groups57,
    };

    public static MozillaProfile Old57 => field ??= new(
        Name: "old",
        GuidelinesVersion: "5.7",
        Source: Source57,
        Protocols: [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12, TlsVersion.Tls13],
        Ciphers:
        [
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
            "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
            "TLS_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_RSA_WITH_AES_256_CBC_SHA256",
            "TLS_RSA_WITH_AES_128_CBC_SHA",
            "TLS_RSA_WITH_AES_256_CBC_SHA",
            "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        ],
        Tls13Suites: Tls13Suites,
        Groups: Groups57,
        CertificateCurves: CertificateCurves,
        CertificateTypes: ["rsa"],
        CertificateSignatures: ["sha256WithRSAEncryption"],
        RsaKeySize: 2048,
        DhParamSize: 1024,
        EcdhParamSize: 256,
        HstsMinAge: TwoYears,
        MaximumCertificateLifespanDays: 366,
        ServerPreferredOrder: true,
        OcspStaple: true)
    {
        RequiredProtocols = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12, TlsVersion.Tls13],
    };
}
