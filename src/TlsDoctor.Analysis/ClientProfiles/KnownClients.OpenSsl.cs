using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// OpenSSL-based clients with the library's defaults: the DEFAULT cipher string as `openssl ciphers -v DEFAULT` of that
// version lists it (PSK and SRP suites dropped: a client offers them only with a PSK/SRP callback), and the security
// level (SSL_CTX_set_security_level(3)): level 1 = RSA/DH ≥ 1024, ECC ≥ 160; level 2 = RSA/DH ≥ 2048, ECC ≥ 224.
public static partial class KnownClients
{
    private const string SecurityLevelMan = "OpenSSL man page SSL_CTX_set_security_level(3) (3.0: SHA-1 and MD5 signatures forbidden from level 1; level 2 = 112 bits: RSA/DSA/DH ≥ 2048, ECC ≥ 224)";
    private const string OpenSsl31VersionBan = "openssl/openssl commit 7bf2e4d 'tls: ban SSL3, TLS1, TLS1.1 and DTLS1.0 at security level one and above' (3.1; in 3.0 these versions fail on their MD5-SHA1 signatures instead)";
    private const string DebianSeclevel = "Debian 12 libssl3 3.0.x: default security level 2 (observed on Debian 12.11, libssl3 3.0.19-1~deb12u2: SSL_CTX security level 2 with the DEFAULT cipher string and no openssl.cnf override)";
    private const string OpenSslChanges = "OpenSSL CHANGES.md / NEWS.md for the release (DEFAULT cipher list, s_client SNI by default from 1.1.1)";

    /// <summary>`openssl ciphers -v DEFAULT` of OpenSSL 1.1.1 and 3.0 (TLS 1.2 and older part).</summary>
    private static readonly ushort[] OpenSsl111Default = Suites(
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305", "DHE-RSA-CHACHA20-POLY1305",
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "DHE-RSA-AES256-SHA256",
        "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "DHE-RSA-AES128-SHA256",
        "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA", "DHE-RSA-AES256-SHA",
        "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA",
        "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA");

    /// <summary>`openssl ciphers -v DEFAULT` of OpenSSL 1.0.1/1.0.2 (strength-sorted ALL:!aNULL:!eNULL), EXPORT/LOW/SRP/PSK left out.</summary>
    private static readonly ushort[] OpenSsl10Default = Suites(
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-SHA384", "ECDHE-ECDSA-AES256-SHA384",
        "ECDHE-RSA-AES256-SHA", "ECDHE-ECDSA-AES256-SHA", "DHE-DSS-AES256-GCM-SHA384", "DHE-RSA-AES256-GCM-SHA384",
        "DHE-RSA-AES256-SHA256", "DHE-DSS-AES256-SHA256", "DHE-RSA-AES256-SHA", "DHE-DSS-AES256-SHA",
        "DHE-RSA-CAMELLIA256-SHA", "DHE-DSS-CAMELLIA256-SHA", "ECDH-RSA-AES256-GCM-SHA384", "ECDH-ECDSA-AES256-GCM-SHA384",
        "ECDH-RSA-AES256-SHA384", "ECDH-ECDSA-AES256-SHA384", "ECDH-RSA-AES256-SHA", "ECDH-ECDSA-AES256-SHA",
        "AES256-GCM-SHA384", "AES256-SHA256", "AES256-SHA", "CAMELLIA256-SHA",
        "ECDHE-RSA-DES-CBC3-SHA", "ECDHE-ECDSA-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "EDH-DSS-DES-CBC3-SHA",
        "ECDH-RSA-DES-CBC3-SHA", "ECDH-ECDSA-DES-CBC3-SHA", "DES-CBC3-SHA",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA256", "ECDHE-ECDSA-AES128-SHA256",
        "ECDHE-RSA-AES128-SHA", "ECDHE-ECDSA-AES128-SHA", "DHE-DSS-AES128-GCM-SHA256", "DHE-RSA-AES128-GCM-SHA256",
        "DHE-RSA-AES128-SHA256", "DHE-DSS-AES128-SHA256", "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA",
        "DHE-RSA-SEED-SHA", "DHE-DSS-SEED-SHA", "DHE-RSA-CAMELLIA128-SHA", "DHE-DSS-CAMELLIA128-SHA",
        "ECDH-RSA-AES128-GCM-SHA256", "ECDH-ECDSA-AES128-GCM-SHA256", "ECDH-RSA-AES128-SHA256", "ECDH-ECDSA-AES128-SHA256",
        "ECDH-RSA-AES128-SHA", "ECDH-ECDSA-AES128-SHA", "AES128-GCM-SHA256", "AES128-SHA256", "AES128-SHA",
        "SEED-SHA", "CAMELLIA128-SHA", "ECDHE-RSA-RC4-SHA", "ECDHE-ECDSA-RC4-SHA", "ECDH-RSA-RC4-SHA", "ECDH-ECDSA-RC4-SHA",
        "RC4-SHA", "RC4-MD5");

    private static readonly NamedGroup[] OpenSsl111Groups =
        [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X448, NamedGroup.Secp521r1, NamedGroup.Secp384r1];

    private static readonly NamedGroup[] OpenSsl30Groups =
    [
        NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X448, NamedGroup.Secp521r1, NamedGroup.Secp384r1,
        NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072, NamedGroup.Ffdhe4096, NamedGroup.Ffdhe6144, NamedGroup.Ffdhe8192,
    ];

    private static readonly SignatureScheme[] OpenSslSchemes =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512,
        SignatureScheme.Ed25519, SignatureScheme.Ed448, SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssPssSha384,
        SignatureScheme.RsaPssPssSha512, SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384,
        SignatureScheme.RsaPssRsaeSha512, SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384,
        SignatureScheme.RsaPkcs1Sha512, SignatureScheme.EcdsaSha224, SignatureScheme.RsaPkcs1Sha224,
    ];

    /// <summary>OpenSSL 3.0 at security level 2 (Debian 12): the base of curl, Python and others on that system.</summary>
    private static ClientProfile Debian12OpenSsl(string id, string name) => new(id, name)
    {
        Versions = Tls12And13,
        CipherSuites = Join(Tls13OpenSsl, OpenSsl111Default),
        Groups = OpenSsl30Groups,
        SignatureSchemes = OpenSslSchemes,
        MinDhBits = 2048,
        MinRsaBits = 2048,
        MinEcdsaBits = 224,
        AcceptsSha1Certificates = false,
        Sources = [SecurityLevelMan, DebianSeclevel, OpenSsl31VersionBan, OpenSslChanges],
    };

    private static IEnumerable<ClientProfile> OpenSsl() =>
    [
        new("openssl-1.0.1", "OpenSSL 1.0.1 (s_client defaults)")
        {
            Versions = [TlsVersion.SSLv3, .. Tls10To12],
            CipherSuites = OpenSsl10Default,
            Groups =
            [
                NamedGroup.Sect571r1, NamedGroup.Sect571k1, NamedGroup.Secp521r1, NamedGroup.Sect409k1, NamedGroup.Sect409r1,
                NamedGroup.Secp384r1, NamedGroup.Sect283k1, NamedGroup.Sect283r1, NamedGroup.Secp256k1, NamedGroup.Secp256r1,
            ],
            SendsSni = false,
            MinDhBits = 768,
            Sources =
            [
                "OpenSSL 1.0.1 ciphers(1): DEFAULT is ALL:!aNULL:!eNULL:!SSLv2, sorted by strength",
                "OpenSSL security advisory 2015-06-11 (Logjam): clients reject DH parameters below 768 bits (1.0.1n, 1.0.2b)",
                "OpenSSL 1.0.1 ssl/t1_lib.c default elliptic_curves preference list", OpenSslChanges,
            ],
            Notes = "s_client before 1.1.1 sends SNI only with -servername; applications linking the library choose for themselves. " +
                "Curve list cut after secp256r1 (the rest are weaker curves a server will not pick). No certificate key or signature floor.",
        },
        new("openssl-1.0.2", "OpenSSL 1.0.2 (s_client defaults)")
        {
            Versions = [TlsVersion.SSLv3, .. Tls10To12],
            CipherSuites = OpenSsl10Default,
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp521r1, NamedGroup.BrainpoolP512r1, NamedGroup.BrainpoolP384r1, NamedGroup.Secp384r1, NamedGroup.BrainpoolP256r1, NamedGroup.Secp256k1],
            SendsSni = false,
            MinDhBits = 768,
            Sources =
            [
                "OpenSSL 1.0.2 ciphers(1): DEFAULT is ALL:!aNULL:!eNULL:!SSLv2 (EXPORT and LOW dropped from DEFAULT in 1.0.2g)",
                "OpenSSL security advisory 2015-06-11 (Logjam): clients reject DH parameters below 768 bits", OpenSslChanges,
            ],
            Notes = "Same DEFAULT order as 1.0.1 as far as these suites go; SSLv3 is compiled in but many builds disable it. Curve order inferred " +
                "from 1.0.2's 'auto' list. s_client sends SNI only with -servername.",
        },
        new("openssl-1.1.1", "OpenSSL 1.1.1 (upstream defaults, SECLEVEL 1)")
        {
            Versions = Tls10To13,
            CipherSuites = Join(Tls13OpenSsl, OpenSsl111Default),
            Groups = OpenSsl111Groups,
            SignatureSchemes = OpenSslSchemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            MinEcdsaBits = 160,
            Sources = ["OpenSSL 1.1.1 SSL_CTX_set_security_level(3): default level 1 (RSA/DH ≥ 1024, ECC ≥ 160)", "OpenSSL 1.1.1 ciphers(1) DEFAULT and TLS 1.3 ciphersuites", OpenSslChanges],
            Notes = "Upstream defaults; Debian 10/11 raised these to SECLEVEL 2 and MinProtocol TLSv1.2 in openssl.cnf. SHA-1 certificate " +
                "signatures are still allowed at level 1 in 1.1.1 (the exclusion came with 3.0). SSLv3 is not built by default.",
        },
        Debian12OpenSsl("openssl-3.0-debian12", "OpenSSL 3.0 (Debian 12, SECLEVEL 2)") with
        {
            Notes = "Modelled as TLS 1.2+: in 3.0 a TLS 1.0/1.1 handshake fails at security level ≥ 1 once the server signs its key exchange " +
                "with MD5-SHA1 (< 80 bits); only a plain-RSA key exchange at TLS 1.0/1.1 could still complete, which the model does not predict.",
        },
        Debian12OpenSsl("curl-debian12", "curl 7.88 (Debian 12, OpenSSL 3.0)") with
        {
            Alpn = ["h2", "http/1.1"],
            Sources = [SecurityLevelMan, DebianSeclevel, "curl(1) man page (--tlsv1.2 etc.; default: the TLS library's minimum)", "Debian 12 package curl 7.88.1 built with OpenSSL 3.0"],
            Notes = "curl leaves versions and ciphers to OpenSSL's defaults and the system configuration; trust is /etc/ssl/certs.",
        },
    ];
}
