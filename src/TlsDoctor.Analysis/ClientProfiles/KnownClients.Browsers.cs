using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// Desktop browsers. Suite lists are written with OpenSSL names where OpenSSL has one.
public static partial class KnownClients
{
    private const string SslLabsClients = "SSL Labs, 'SSL/TLS Capabilities of Your Browser' and the handshake simulation client list (https://www.ssllabs.com/ssltest/clients.html)";

    /// <summary>BoringSSL's TLS 1.2 list as Chrome sends it (no DHE since Chrome 53, no 3DES since Chrome 93).</summary>
    private static readonly ushort[] ChromeTls12 = Suites(
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
        "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES256-SHA");

    /// <summary>NSS's default-enabled TLS 1.2 suites in Firefox's order (no DHE since Firefox 78, no 3DES since 93).</summary>
    private static readonly ushort[] FirefoxTls12 = Suites(
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA",
        "AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES256-SHA");

    private static IEnumerable<ClientProfile> Browsers() =>
    [
        new("chrome-131", "Chrome 131+ / Edge 131+ (BoringSSL)")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Tls13AesFirst, ChromeTls12),
            Groups = [NamedGroup.X25519MlKem768, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1],
            SignatureSchemes = ModernSchemes,
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Chrome,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Chromium blog, 'Protecting Chrome users from insecure TLS 1.0/1.1' (removed in Chrome 84)",
                "chromestatus.com 'Remove DHE-based ciphers' (Chrome 53) and 'Remove 3DES in TLS' (Chrome 93)",
                "Chromium blog, 'A new path for Kyber on the web' (X25519MLKEM768 by default in Chrome 131)",
                "Chromium 'SHA-1 certificates' deprecation (rejected since Chrome 57; EnableSha1ForLocalAnchors removed in 92)",
                "Chrome Root Store policy (Chrome Root Store, AIA fetching of missing intermediates)",
                SslLabsClients,
            ],
            Notes = "Suite order is BoringSSL's as seen in Chrome's ClientHello (SSL Labs' client list); GREASE values omitted. " +
                "Edge 79+ is Chromium and sends the same hello. The 1024-bit RSA floor is Chrome's certificate verifier (inferred from ERR_CERT_WEAK_KEY).",
        },
        new("chrome-49-xp", "Chrome 49 / Windows XP SP3")
        {
            Versions = Tls10To12,
            CipherSuites = Suites(
                "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305-OLD",
                "ECDHE-RSA-CHACHA20-POLY1305-OLD", "DHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-SHA",
                "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "DHE-RSA-AES128-SHA",
                "DHE-RSA-AES256-SHA", "AES128-GCM-SHA256", "AES128-SHA", "AES256-SHA", "DES-CBC3-SHA"),
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.RsaPkcs1Sha1, SignatureScheme.EcdsaSha1],
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                SslLabsClients + ", entry 'Chrome 49 / XP SP3'",
                "chromestatus.com 'Minimum DH group size of 1024 bits' (Chrome 45)",
            ],
            Notes = "Chrome 49 was the last Chrome for XP; it used BoringSSL, not XP's Schannel, so it has TLS 1.2 and AES-GCM " +
                "but offers the pre-RFC ChaCha20 code points (0xcc13/0xcc14). SHA-1 certificates were still accepted (distrusted in 57). " +
                "Suite order from SSL Labs' simulation; group list inferred (X25519 came in Chrome 50).",
        },
        new("firefox-current", "Firefox 132+ (NSS)")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Suites("TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384"), FirefoxTls12),
            Groups = [NamedGroup.X25519MlKem768, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1, NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.EcdsaSecp521r1Sha512],
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Mozilla,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Mozilla Security Blog, 'Removing Disabled-by-Default TLS 1.0 and 1.1' (Firefox 78) and TLS 1.3 in Firefox 63",
                "Firefox 78 release notes: DHE-based TLS suites disabled by default; Firefox 93: 3DES disabled",
                "Firefox 132 release notes: X25519MLKEM768 key exchange for TLS 1.3 (on by default: inferred)",
                "Mozilla wiki 'Security/CryptoEngineering/Intermediate Preloading' (missing intermediates filled in)",
                "NSS lib/ssl/sslenum.c (SSL_ImplementedCiphers order)",
                SslLabsClients,
            ],
            Notes = "Firefox ESR 128 sends the same list without X25519MLKEM768. SHA-1: rejected for chains to Mozilla roots; " +
                "Firefox still accepts SHA-1 under locally imported roots (security.pki.sha1_enforcement_level), which this profile does not model.",
        },
        new("firefox-esr-115", "Firefox ESR 115 (NSS)")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Suites("TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384"), FirefoxTls12),
            Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1, NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.EcdsaSecp521r1Sha512],
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Mozilla,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Mozilla Firefox ESR 115 release notes; Mozilla Security Blog on TLS 1.0/1.1 removal (Firefox 78)",
                "NSS lib/ssl/sslenum.c (SSL_ImplementedCiphers order)",
                SslLabsClients,
            ],
            Notes = "Same suite list as current Firefox; no post-quantum hybrid group. Same SHA-1 caveat as current Firefox.",
        },
        new("safari-17", "Safari 17 / iOS 17 / macOS 14")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Suites("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"), Suites(
                "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305",
                "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-CHACHA20-POLY1305",
                "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA",
                "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA", "AES128-SHA",
                "ECDHE-ECDSA-DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "DES-CBC3-SHA")),
            Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.EcdsaSecp521r1Sha512],
            MinRsaBits = 2048,
            AcceptsSha1Certificates = false,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Apple,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Apple support HT210176 'Requirements for trusted certificates in iOS 13 and macOS 10.15' (RSA ≥ 2048 for leaf and issuing CAs, SHA-2 only)",
                "WebKit blog 'Modernizing Transport Security' (2018): TLS 1.0 and 1.1 removed from Safari in 2020; Apple platform deprecation of TLS 1.0/1.1 (iOS 15 / macOS 12)",
                SslLabsClients + ", entry 'Safari 17 / iOS 17'",
            ],
            Notes = "Suite order from SSL Labs' simulation of Apple's Network.framework (boringssl-based coretls); 3DES is still offered at the end. " +
                "Apple also requires SAN names, serverAuth EKU and ≤ 825-day validity for certificates issued after 2019-07-01; not modelled here.",
        },
        new("safari-9", "Safari 9 / iOS 9 / OS X 10.11")
        {
            Versions = Tls10To12,
            CipherSuites = Suites(
                "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-SHA384",
                "ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA",
                "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-SHA384",
                "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA",
                "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA",
                "ECDHE-ECDSA-DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "DES-CBC3-SHA"),
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.RsaPkcs1Sha1, SignatureScheme.EcdsaSha1],
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Apple,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                SslLabsClients + ", entries 'Safari 9 / iOS 9' and 'Safari 9 / OS X 10.11'",
                "Apple iOS 9 / OS X El Capitan security notes: DHE below 1024 bits rejected (Logjam fix, 2015)",
            ],
            Notes = "Safari 9 no longer offered DHE suites (inferred from SSL Labs' simulation). The RSA-1024 floor is inferred: " +
                "Apple's 2048-bit requirement came with iOS 13.",
        },
    ];
}
