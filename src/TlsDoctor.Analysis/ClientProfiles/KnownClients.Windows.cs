using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// Schannel clients. Schannel's default suite lists come from Microsoft's "TLS Cipher Suites in Windows …" pages; the
// _P256/_P384 curve suffixes of the Windows 7 list fold into one IANA suite each.
public static partial class KnownClients
{
    private const string Windows7Suites = "Microsoft Learn, 'TLS Cipher Suites in Windows 7' (priority order after update 3042058)";
    private const string Windows10Suites = "Microsoft Learn, 'TLS Cipher Suites in Windows 10 v1903' (and v1809 … v21H2, same order)";
    private const string SchannelDh = "Microsoft Security Advisory 3061518 (2015): Schannel clients reject DHE groups below 1024 bits";
    private const string SchannelRsa = "Microsoft Security Advisory 2661254 (2012): certificates with RSA keys below 1024 bits are blocked";
    private const string WindowsSha1 = "Microsoft 'Windows Enforcement of SHA1 certificates' (2017): SHA-1 TLS server certificates blocked only under Microsoft Trusted Root Program roots";

    private static readonly ushort[] Windows7 = Suites(
        "ECDHE-RSA-AES256-SHA384", "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA",
        "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-GCM-SHA256",
        "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-SHA384",
        "ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA",
        "DHE-DSS-AES256-SHA256", "DHE-DSS-AES128-SHA256", "DHE-DSS-AES256-SHA", "DHE-DSS-AES128-SHA",
        "DES-CBC3-SHA", "EDH-DSS-DES-CBC3-SHA", "RC4-SHA", "RC4-MD5");

    private static readonly ushort[] Windows10 = Suites(
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-SHA384", "ECDHE-ECDSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA384", "ECDHE-RSA-AES128-SHA256",
        "ECDHE-ECDSA-AES256-SHA", "ECDHE-ECDSA-AES128-SHA", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-AES128-SHA",
        "AES256-GCM-SHA384", "AES128-GCM-SHA256", "AES256-SHA256", "AES128-SHA256", "AES256-SHA", "AES128-SHA",
        "DES-CBC3-SHA");

    private static readonly NamedGroup[] Windows7Curves = [NamedGroup.Secp256r1, NamedGroup.Secp384r1];
    private static readonly NamedGroup[] Windows10Curves = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1];

    private static readonly SignatureScheme[] SchannelSchemes =
    [
        SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha1,
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSha1,
        SignatureScheme.DsaSha1, SignatureScheme.RsaPkcs1Sha512, SignatureScheme.EcdsaSecp521r1Sha512,
    ];

    private static readonly SignatureScheme[] Schannel10Schemes =
    [
        SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha1,
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSha1,
        SignatureScheme.RsaPkcs1Sha512, SignatureScheme.EcdsaSecp521r1Sha512,
        SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
    ];

    private static IEnumerable<ClientProfile> Windows() =>
    [
        new("ie-11-win7", "IE 11 / Windows 7")
        {
            Versions = Tls10To12,
            CipherSuites = Windows7,
            Groups = Windows7Curves,
            SignatureSchemes = SchannelSchemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Alpn = ["http/1.1"],
            Sources = [Windows7Suites, "Microsoft IE blog: IE 11 enables TLS 1.1 and 1.2 by default", SchannelDh, SchannelRsa, WindowsSha1, SslLabsClients + ", entry 'IE 11 / Win 7'"],
            Notes = "Windows 7's Schannel has no ECDHE_RSA with AES-GCM; a server offering only ECDHE-RSA-GCM and CHACHA20 at TLS 1.2 " +
                "gets DHE-RSA-GCM or plain RSA from it. SSLv3 was switched off in IE 11 in 2015. CryptoAPI fetches missing intermediates (AIA). " +
                "SHA-1 is accepted under private roots.",
        },
        new("ie-11-win10", "IE 11 / Windows 10")
        {
            Versions = Tls10To12,
            CipherSuites = Windows10,
            Groups = Windows10Curves,
            SignatureSchemes = Schannel10Schemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Alpn = ["h2", "http/1.1"],
            Sources = [Windows10Suites, SchannelDh, SchannelRsa, WindowsSha1, SslLabsClients + ", entry 'IE 11 / Win 10'"],
            Notes = "TLS 1.3 is in Schannel only from Windows 11 / Server 2022. The Windows 10 list's TLS_RSA_WITH_NULL_* and PSK " +
                "entries are left out: IE never offers them (inferred from SSL Labs' simulation).",
        },
        new("edge-legacy-win10", "Edge 18 (EdgeHTML) / Windows 10")
        {
            Versions = Tls10To12,
            CipherSuites = Windows10,
            Groups = Windows10Curves,
            SignatureSchemes = Schannel10Schemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Alpn = ["h2", "http/1.1"],
            Sources = [Windows10Suites, SchannelDh, SslLabsClients + ", entry 'Edge 18 / Win 10'"],
            Notes = "EdgeHTML uses Schannel like IE 11 on the same Windows; Edge 79+ is Chromium (see chrome-131).",
        },
        new("dotnet-45-win7", ".NET Framework 4.5 / Windows 7")
        {
            Versions = [TlsVersion.SSLv3, TlsVersion.Tls10],
            CipherSuites = Windows7,
            Groups = Windows7Curves,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Sources =
            [
                "Microsoft Learn, 'Transport Layer Security (TLS) best practices with the .NET Framework': " +
                    "ServicePointManager.SecurityProtocol defaults to Ssl3 | Tls on .NET 4.5 (SystemDefault only from 4.7)",
                Windows7Suites, SchannelDh, SchannelRsa,
            ],
            Notes = "TLS 1.1/1.2 need SecurityProtocol set in code or SchUseStrongCrypto in the registry (same Microsoft page); the profile is the " +
                "out-of-the-box default. SSLv3 itself is often disabled by Windows updates; the model keeps it as documented.",
        },
        new("dotnet-48-win10", ".NET Framework 4.8 / Windows 10")
        {
            Versions = Tls10To12,
            CipherSuites = Windows10,
            Groups = Windows10Curves,
            SignatureSchemes = Schannel10Schemes,
            MinDhBits = 1024,
            MinRsaBits = 1024,
            FetchesMissingIntermediates = true,
            TrustStore = ClientTrustStore.Windows,
            Sources =
            [
                "Microsoft Learn, 'Transport Layer Security (TLS) best practices with the .NET Framework' (4.7+: SystemDefault, the OS chooses)",
                Windows10Suites, SchannelDh, SchannelRsa,
            ],
            Notes = "With SystemDefault the versions are Windows 10's Schannel defaults (TLS 1.0–1.2).",
        },
        new("rdp-win10", "Remote Desktop client (mstsc) / Windows 10")
        {
            Versions = Tls10To12,
            CipherSuites = Windows10,
            Groups = Windows10Curves,
            SignatureSchemes = Schannel10Schemes,
            SendsSni = false,
            MinDhBits = 1024,
            ValidatesCertificates = false,
            TrustStore = ClientTrustStore.Windows,
            Sources =
            [
                Windows10Suites, SchannelDh,
                "Microsoft Learn, 'Configure Server Authentication and Encryption Levels' for Remote Desktop (certificate warning the user can accept)",
            ],
            Notes = "Inferred: RDP (TLS inside the RDP negotiation, CredSSP) uses Schannel's defaults and sends no SNI. " +
                "An untrusted or mismatched certificate brings up a prompt instead of failing, so certificate problems are notes, not failures.",
        },
    ];
}
