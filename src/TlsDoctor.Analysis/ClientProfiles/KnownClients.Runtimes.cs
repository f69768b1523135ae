using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// Language runtimes and other TLS libraries, each with its documented out-of-the-box client defaults.
public static partial class KnownClients
{
    /// <summary>Go's crypto/tls cipherSuitesPreferenceOrder with AES hardware (ECDHE AEAD, ECDHE CBC, then RSA key exchange).</summary>
    private static readonly ushort[] GoEcdhe = Suites(
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
        "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA");

    /// <summary>GnuTLS 3.7.9 NORMAL at TLS 1.2 as `gnutls-cli --priority NORMAL -l` orders it (key exchange, then cipher).</summary>
    private static readonly ushort[] GnuTlsNormal = Suites(
        "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_AES_128_CCM_SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-ECDSA-AES256-CCM", "ECDHE-ECDSA-AES256-SHA",
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES128-CCM", "ECDHE-ECDSA-AES128-SHA",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES256-SHA",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA",
        "AES256-GCM-SHA384", "AES256-CCM", "AES256-SHA", "AES128-GCM-SHA256", "AES128-CCM", "AES128-SHA",
        "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305", "DHE-RSA-AES256-CCM", "DHE-RSA-AES256-SHA",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES128-CCM", "DHE-RSA-AES128-SHA");

    private static IEnumerable<ClientProfile> Runtimes() =>
    [
        Debian12OpenSsl("python-3.11", "Python 3.11 ssl.create_default_context() (OpenSSL 3.0)") with
        {
            CipherSuites = Join(Tls13OpenSsl, Suites(
                "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256",
                "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
                "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256",
                "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-SHA256", "DHE-RSA-AES128-SHA256")),
            Sources =
            [
                "CPython bpo-43998 / python/cpython PR 25778 (3.10): minimum TLS 1.2, cipher string " +
                    "'@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM' and its `openssl ciphers -v` expansion",
                "Python docs, ssl module: create_default_context() (CERT_REQUIRED, check_hostname, system CA store)",
                "Observed: Python 3.11.7 on OpenSSL 3.0.19, create_default_context().get_ciphers() lists exactly these suites; minimum_version TLS 1.2",
                SecurityLevelMan,
            ],
            Notes = "The cipher string sets security level 2 itself, so the limits hold on any OpenSSL 1.1.1+ build.",
        },
        new("go-1.21", "Go 1.21 crypto/tls")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Tls13AesFirst, GoEcdhe, Suites("AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES256-SHA", "ECDHE-RSA-DES-CBC3-SHA", "DES-CBC3-SHA")),
            Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.Ed25519, SignatureScheme.RsaPkcs1Sha1, SignatureScheme.EcdsaSha1],
            AcceptsSha1Certificates = false,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Go crypto/tls package docs: Config.MinVersion defaults to TLS 1.2 for clients (Go 1.18+); no DHE support",
                "Go src/crypto/tls/cipher_suites.go (1.21): cipherSuitesPreferenceOrder and defaultCipherSuites",
                "Go 1.18 release notes: crypto/x509 rejects SHA-1 signed certificates (GODEBUG x509sha1)",
            ],
            Notes = "Go orders suites itself (AES-GCM first with AES hardware, ChaCha20 first without) and ignores the server order hint " +
                "only as a server. No AIA fetching on Linux.",
        },
        new("go-1.24", "Go 1.24+ crypto/tls")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Tls13AesFirst, GoEcdhe),
            Groups = [NamedGroup.X25519MlKem768, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes = [.. ModernSchemes, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.Ed25519],
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "golang/go pull request 63413 (Go 1.22): RSA key exchange suites off by default (GODEBUG tlsrsakex)",
                "golang/go issue 66214 (Go 1.23): 3DES suites off by default (GODEBUG tls3des)",
                "Go 1.24 release notes: X25519MLKEM768 by default; crypto/rsa rejects keys under 1024 bits (GODEBUG rsa1024min)",
            ],
            Notes = "ECDHE only: servers that accept nothing but TLS_RSA_* or DHE suites fail with it.",
        },
        new("node-20", "Node.js 20 (bundled OpenSSL 3.0)")
        {
            Versions = Tls12And13,
            CipherSuites = Join(Tls13OpenSsl, Suites(
                "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
                "ECDHE-ECDSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA256", "DHE-RSA-AES128-SHA256",
                "ECDHE-RSA-AES256-SHA384", "DHE-RSA-AES256-SHA256"), Suites(
                "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305", "DHE-RSA-AES256-GCM-SHA384",
                "DHE-RSA-CHACHA20-POLY1305", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256",
                "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA", "DHE-RSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA",
                "ECDHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA", "AES256-GCM-SHA384", "AES128-GCM-SHA256",
                "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA")),
            Groups = OpenSsl30Groups,
            SignatureSchemes = OpenSslSchemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            MinEcdsaBits = 160,
            AcceptsSha1Certificates = false,
            TrustStore = ClientTrustStore.Mozilla,
            Alpn = [],
            Sources =
            [
                "Node.js docs, tls: 'Modifying the default TLS cipher suite' (crypto.constants.defaultCoreCipherList; same list observed in Node 20.20)",
                "Node.js docs, tls.DEFAULT_MIN_VERSION 'TLSv1.2'; bundled root certificates from Mozilla's NSS",
                SecurityLevelMan + " (Node keeps OpenSSL's default level 1)",
                "Observed with node v20.20.2 (OpenSSL 3.0.19) on Debian 12, tls.connect with the lab root as ca: an RSA-1024 leaf and a " +
                    "1024-bit DHE group are accepted, a SHA-1 signed leaf fails (CA_MD_TOO_WEAK) (tests/…/RealClients/CliClientMatrixTests)",
            ],
            Notes = "Node's list also names DHE-RSA-AES256-SHA384, a suite OpenSSL does not have (ignored). The suites after the explicit list come from 'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA'; their order is " +
                "inferred from `openssl ciphers -v HIGH` sorting. SHA-1 certificate signatures fail at OpenSSL 3.0's level 1. Distribution " +
                "packages that link the system OpenSSL (Debian's nodejs) inherit its level 2 instead.",
        },
        Debian12OpenSsl("dotnet-8-debian12", ".NET 8 HttpClient / SslStream (Debian 12, OpenSSL 3.0)") with
        {
            // Debian 12's openssl.cnf names no system CipherString, so .NET sets its own short list (TLS 1.3 + ECDHE AEAD/SHA-2).
            CipherSuites = Join(Tls13OpenSsl, Suites(
                "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
                "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA384",
                "ECDHE-RSA-AES128-SHA256")),
            MinRsaBits = 1024,
            AcceptsSha1Certificates = true,
            Alpn = ["h2", "http/1.1"],
            Sources =
            [
                "Microsoft Learn, 'TLS/SSL best practices' for .NET: on Linux SslStream uses OpenSSL and the system's configured defaults",
                "Microsoft Learn, breaking change '.NET 5: Default TLS cipher suites for .NET on Linux': without a CipherString in " +
                    "openssl.cnf only the TLS 1.3 suites and eight ECDHE AES-GCM/CBC-SHA2 suites are allowed",
                SecurityLevelMan, DebianSeclevel,
                "Observed with .NET 10 SslStream on Debian 12 (OpenSSL 3.0, stock openssl.cnf) against the lab: a DHE-only server " +
                    "answers handshake_failure (no DHE suite offered); an RSA-1024 leaf and a SHA-1 signed leaf are accepted, because " +
                    ".NET validates the chain itself (X509Chain) and OpenSSL's level-2 certificate checks do not apply",
            ],
            Notes = ".NET on Linux defers to OpenSSL's system protocols and curves, but sets its own cipher list when openssl.cnf has " +
                "none (Debian 12's has none) and validates certificates with X509Chain, which does not enforce key size or SHA-1 rules.",
        },
        new("gnutls-3.7", "GnuTLS 3.7 (NORMAL priority, e.g. wget on Debian 12)")
        {
            Versions = Tls10To13,
            CipherSuites = GnuTlsNormal,
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1, NamedGroup.X25519, NamedGroup.X448, NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072, NamedGroup.Ffdhe4096, NamedGroup.Ffdhe6144, NamedGroup.Ffdhe8192],
            SignatureSchemes =
            [
                SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssRsaeSha256,
                SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.Ed25519, SignatureScheme.RsaPkcs1Sha384,
                SignatureScheme.RsaPssPssSha384, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.EcdsaSecp384r1Sha384,
                SignatureScheme.Ed448, SignatureScheme.RsaPkcs1Sha512, SignatureScheme.RsaPssPssSha512,
                SignatureScheme.RsaPssRsaeSha512, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.RsaPkcs1Sha1,
                SignatureScheme.EcdsaSha1,
            ],
            MinDhBits = 1024,
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            Sources =
            [
                "GnuTLS manual, 'Priority strings' (NORMAL) and 'Selecting cryptographic key sizes' (verification profiles)",
                "`gnutls-cli --priority NORMAL -l` of GnuTLS 3.7.9 (Debian 12): suites, protocols, groups and signature algorithms in order",
                "Observed with gnutls-cli 3.7.9 against openssl s_server: a SHA-1 signed leaf fails ('The certificate chain uses insecure " +
                    "algorithm'); a 1024-bit DHE group and an RSA-1024 leaf are accepted",
            ],
            Notes = "The floor below 1024 bits (DH and RSA) was not tested; 1024 is the smallest size seen to work.",
        },
    ];
}
