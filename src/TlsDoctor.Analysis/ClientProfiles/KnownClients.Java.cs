using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// Oracle/OpenJDK JSSE (SunJSSE) defaults. Limits come from java.security: jdk.tls.disabledAlgorithms (suites, versions,
// DH/EC key sizes in the handshake) and jdk.certpath.disabledAlgorithms (keys and signatures in the chain).
public static partial class KnownClients
{
    private const string JsseDocs = "Oracle 'Java Security Standard Algorithm Names' and JSSE Reference Guide, SunJSSE default-enabled cipher suites in preference order";
    private const string JavaAia = "Java PKI Programmer's Guide: com.sun.security.enableAIAcaIssuers defaults to false (no fetching of missing intermediates)";
    private const string JavaSha1 = "java.security jdk.certpath.disabledAlgorithms 'SHA1 jdkCA & usage TLSServer': SHA-1 rejected only for chains to JDK cacerts roots";

    /// <summary>JDK 11's order: TLS 1.3, then ECDHE/DHE AES-GCM, CBC-SHA384/256, CBC-SHA, plain RSA last.</summary>
    private static readonly ushort[] Jdk11 = Suites(
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-DSS-AES256-GCM-SHA384",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-DSS-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256",
        "DHE-RSA-AES256-SHA256", "DHE-DSS-AES256-SHA256", "DHE-RSA-AES128-SHA256", "DHE-DSS-AES128-SHA256",
        "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA", "DHE-RSA-AES256-SHA", "DHE-DSS-AES256-SHA",
        "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA",
        "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA");

    /// <summary>
    /// JDK 17/21: ChaCha20 added (JDK 12), static ECDH disabled (JDK-8279164). Order as OpenJDK 17.0.15 reports it
    /// (SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites()), plain RSA key exchange last.
    /// </summary>
    private static readonly ushort[] Jdk17 = Suites(
        "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES128-GCM-SHA256",
        "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305", "DHE-DSS-AES256-GCM-SHA384",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-DSS-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256",
        "DHE-RSA-AES256-SHA256", "DHE-DSS-AES256-SHA256", "DHE-RSA-AES128-SHA256", "DHE-DSS-AES128-SHA256",
        "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA",
        "DHE-RSA-AES256-SHA", "DHE-DSS-AES256-SHA", "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA",
        "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA");

    private static readonly NamedGroup[] Jdk11Groups =
    [
        NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1, NamedGroup.X448,
        NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072, NamedGroup.Ffdhe4096, NamedGroup.Ffdhe6144, NamedGroup.Ffdhe8192,
    ];

    private static readonly SignatureScheme[] JdkSchemes =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512,
        SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
        SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssPssSha384, SignatureScheme.RsaPssPssSha512,
        SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha512,
        SignatureScheme.DsaSha256, SignatureScheme.EcdsaSha1, SignatureScheme.RsaPkcs1Sha1, SignatureScheme.DsaSha1,
    ];

    private static ClientProfile Jdk(string id, string name, ushort[] suites, string[] sources, string notes) => new(id, name)
    {
        Versions = Tls12And13,
        CipherSuites = suites,
        Groups = Jdk11Groups,
        SignatureSchemes = JdkSchemes,
        MinDhBits = 1024,
        MinRsaBits = 1024,
        MinEcdsaBits = 224,
        TrustStore = ClientTrustStore.JavaCacerts,
        Sources = [.. sources, JsseDocs, JavaAia, JavaSha1],
        Notes = notes + " SHA-1 certificates are modelled as accepted because the jdkCA constraint spares private CAs; " +
            "public CAs no longer issue them.",
    };

    private static IEnumerable<ClientProfile> Java() =>
    [
        new("java-7u25", "Java 7u25")
        {
            Versions = [TlsVersion.SSLv3, TlsVersion.Tls10],
            CipherSuites = Suites(
                "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "AES128-SHA", "ECDH-ECDSA-AES128-SHA", "ECDH-RSA-AES128-SHA",
                "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA", "ECDHE-ECDSA-RC4-SHA", "ECDHE-RSA-RC4-SHA", "RC4-SHA",
                "ECDH-ECDSA-RC4-SHA", "ECDH-RSA-RC4-SHA", "ECDHE-ECDSA-DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "DES-CBC3-SHA",
                "ECDH-ECDSA-DES-CBC3-SHA", "ECDH-RSA-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "EDH-DSS-DES-CBC3-SHA", "RC4-MD5"),
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            MaxDhBits = 1024,
            TrustStore = ClientTrustStore.JavaCacerts,
            Sources =
            [
                "Oracle JDK 7 JSSE Reference Guide / SunJSSE provider docs: TLSv1.1 and TLSv1.2 supported but not enabled for clients by default",
                "OpenJDK 7u jdk/src/share/classes/sun/security/ssl/CipherSuite.java: preference order, no AES-GCM in JDK 7",
                "Oracle JDK 7 SunJCE/JSSE documentation: DH key sizes limited to 512–1024 bits (the error 'Prime size must be multiple of 64, and can only range from 512 to 1024')",
                JsseDocs + " (JDK 7 version)", JavaAia, SslLabsClients + ", entry 'Java 7u25'",
            ],
            Notes = "AES-256 needs the unlimited-strength policy files, which JDK 7 did not ship enabled, so only AES-128 is offered. " +
                "The DHE limit makes Java 7 fail on servers that pick DHE with a 2048-bit group.",
        },
        new("java-8u161", "Java 8u161")
        {
            Versions = Tls10To12,
            CipherSuites = Suites(
                "ECDHE-ECDSA-AES256-SHA384", "ECDHE-RSA-AES256-SHA384", "AES256-SHA256", "ECDH-ECDSA-AES256-SHA384",
                "ECDH-RSA-AES256-SHA384", "DHE-RSA-AES256-SHA256", "DHE-DSS-AES256-SHA256", "ECDHE-ECDSA-AES256-SHA",
                "ECDHE-RSA-AES256-SHA", "AES256-SHA", "ECDH-ECDSA-AES256-SHA", "ECDH-RSA-AES256-SHA", "DHE-RSA-AES256-SHA",
                "DHE-DSS-AES256-SHA", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES128-SHA256", "AES128-SHA256",
                "ECDH-ECDSA-AES128-SHA256", "ECDH-RSA-AES128-SHA256", "DHE-RSA-AES128-SHA256", "DHE-DSS-AES128-SHA256",
                "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES128-SHA", "AES128-SHA", "ECDH-ECDSA-AES128-SHA", "ECDH-RSA-AES128-SHA",
                "DHE-RSA-AES128-SHA", "DHE-DSS-AES128-SHA", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256",
                "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-GCM-SHA256",
                "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256", "DHE-DSS-AES256-GCM-SHA384", "DHE-DSS-AES128-GCM-SHA256",
                "ECDHE-ECDSA-DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "EDH-DSS-DES-CBC3-SHA"),
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            SignatureSchemes =
            [
                SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.RsaPkcs1Sha512, SignatureScheme.EcdsaSecp384r1Sha384,
                SignatureScheme.RsaPkcs1Sha384, SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPkcs1Sha256,
                SignatureScheme.DsaSha256, SignatureScheme.EcdsaSha1, SignatureScheme.RsaPkcs1Sha1, SignatureScheme.DsaSha1,
            ],
            MinDhBits = 1024,
            MinRsaBits = 1024,
            MinEcdsaBits = 224,
            TrustStore = ClientTrustStore.JavaCacerts,
            Sources =
            [
                "Oracle JDK 8u161 release notes: unlimited cryptographic policy enabled by default (AES-256 suites offered)",
                "JDK 8 java.security of that release: jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224 (3DES_EDE_CBC only from 8u171)",
                "OpenJDK 8 jdk/src/share/classes/sun/security/ssl/CipherSuite.java: default-enabled suites in preference order " +
                    "(ECDHE-ECDSA, ECDHE-RSA, RSA, ECDH, DHE; AES-256 before AES-128; CBC before GCM)",
                JsseDocs + " (JDK 8 version)", JavaAia, JavaSha1, SslLabsClients + ", entry 'Java 8u161'",
            ],
            Notes = "TLS 1.3 reached JDK 8 only in 8u261. The order is JDK 8's CipherSuite.java as released; whether the later GCM-first " +
                "reordering (JDK-8028518) had reached 8u161 is not confirmed here. The EC curve list is cut to the NIST " +
                "prime curves (JDK 8 also lists binary curves the server will not pick). The upper DHE limit of that release is not modelled.",
        },
        Jdk("java-11", "Java 11 (11.0.11+)", Jdk11,
            ["JDK 11.0.11 release notes: TLS 1.0 and 1.1 disabled by default (JDK-8202343)",
             "OpenJDK 11 java.security: jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL"],
            "TLS_RSA_* suites are kept: a backport of the TLS_RSA_* restriction to 11u is not confirmed here (inferred)."),
        Jdk("java-17", "Java 17 (17.0.15)", Jdk17,
            ["Observed on OpenJDK 17.0.15: default protocols TLSv1.3,TLSv1.2 and the enabled suites in order; java.security " +
                 "jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, " +
                 "3DES_EDE_CBC, anon, NULL, ECDH; jdk.certpath.disabledAlgorithms=… SHA1 jdkCA & usage TLSServer, RSA keySize < 1024, EC keySize < 224",
             "OpenJDK jdk17u-dev commit 7bc22f7 (JDK-8279164): static ECDH suites disabled",
             "Observed with OpenJDK 17.0.15 on Debian 12 against the lab (RealClients matrix): a 1024-bit DHE group, an RSA-1024 leaf " +
                 "and a SHA-1 signed leaf under a non-JDK root are accepted; expired, not-yet-valid, wrong-host, self-signed and " +
                 "incomplete-chain leaves fail"],
            "Later 17u updates add TLS_RSA_* to jdk.tls.disabledAlgorithms (jdk17u-dev pull request 3895); from then on the last six suites are not offered."),
        Jdk("java-21", "Java 21", Jdk17,
            ["OpenJDK java.security (21): jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH",
             "OpenJDK jdk pull request 22163: TLS_RSA_* added to jdk.tls.disabledAlgorithms in mainline (JDK 24)"],
            "Inferred: the same suite order as the observed Java 17 (JSSE's order is shared by 17 and 21). Update releases that take the " +
            "TLS_RSA_* restriction stop offering the last six suites."),
    ];
}
