using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

// Android's platform TLS (SSLSocket/HttpsURLConnection, Conscrypt). Safari/iOS is with the browsers.
public static partial class KnownClients
{
    private const string AndroidSslSocket = "Android developers reference, javax.net.ssl.SSLSocket: 'Default configuration for different Android versions' tables (protocols and cipher suites supported/enabled by API level; same table in AOSP libcore ojluni/src/main/java/javax/net/ssl/SSLSocket.java)";
    private const string AndroidNoAia = "Android developers, 'Security with network protocols', section 'Missing intermediate certificate authority' (Android does not fetch missing intermediates)";

    /// <summary>
    /// Enabled by default at API 24 (Android 7.0) per the SSLSocket table: AEAD and CBC-SHA ECDHE, DHE-RSA (marked
    /// deprecated, "20–TBD"), plain RSA; no RC4 (enabled only up to 23). Order inferred: AEAD first as Conscrypt sends it.
    /// </summary>
    private static readonly ushort[] Android7Tls12 = Suites(
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA",
        "DHE-RSA-AES128-SHA", "DHE-RSA-AES256-SHA", "AES128-GCM-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES256-SHA");

    /// <summary>Android 10: the API 24 list without DHE (inferred: Conscrypt dropped the deprecated DHE suites before API 29).</summary>
    private static readonly ushort[] Android10Tls12 = [.. Android7Tls12.Where(c => Tls.Registry.CipherSuites.Find(c)!.KeyExchange != KeyExchange.Dhe)];

    private static IEnumerable<ClientProfile> Mobile() =>
    [
        new("android-4.4.2", "Android 4.4.2 (KitKat, API 19)")
        {
            Versions = [TlsVersion.SSLv3, TlsVersion.Tls10],
            CipherSuites = Suites(
                "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA",
                "DHE-RSA-AES128-SHA", "DHE-RSA-AES256-SHA", "DHE-DSS-AES128-SHA", "DHE-DSS-AES256-SHA",
                "AES128-SHA", "AES256-SHA", "ECDH-ECDSA-AES128-SHA", "ECDH-ECDSA-AES256-SHA", "ECDH-RSA-AES128-SHA",
                "ECDH-RSA-AES256-SHA", "ECDHE-ECDSA-RC4-SHA", "ECDHE-RSA-RC4-SHA", "ECDH-ECDSA-RC4-SHA", "ECDH-RSA-RC4-SHA",
                "RC4-SHA", "RC4-MD5", "ECDHE-ECDSA-DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "ECDH-ECDSA-DES-CBC3-SHA",
                "ECDH-RSA-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "EDH-DSS-DES-CBC3-SHA", "DES-CBC3-SHA",
                "EDH-RSA-DES-CBC-SHA", "EDH-DSS-DES-CBC-SHA", "DES-CBC-SHA", "EXP-EDH-RSA-DES-CBC-SHA",
                "EXP-EDH-DSS-DES-CBC-SHA", "EXP-DES-CBC-SHA", "EXP-RC4-MD5"),
            Groups = [NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
            TrustStore = ClientTrustStore.Android,
            Sources = [AndroidSslSocket + ": TLSv1.1/1.2 supported from API 16 but enabled for clients only from API 20", AndroidNoAia, SslLabsClients + ", entry 'Android 4.4.2'"],
            Notes = "Platform SSLSocket defaults. SSL Labs' 'Android 4.4.2' simulates the browser, which may enable TLS 1.2; apps using the " +
                "default socket factory get SSLv3/TLS 1.0. The DES and export suites the table still enables at API 19 are left out; order inferred " +
                "(ECDHE first, as Android 4.4 reordered them). No DH or key-size floor is documented.",
        },
        new("android-7.0", "Android 7.0 (Nougat, API 24)")
        {
            Versions = Tls10To12,
            CipherSuites = Android7Tls12,
            Groups = [NamedGroup.Secp256r1],
            SignatureSchemes = ModernSchemes,
            MinRsaBits = 1024,
            TrustStore = ClientTrustStore.Android,
            Sources =
            [
                AndroidSslSocket, AndroidNoAia,
                SslLabsClients + ", entry 'Android 7.0'",
            ],
            Notes = "Inferred, not from a document at hand: Android 7.0 offers only the secp256r1 curve (a known 7.0 bug, fixed in 7.1.1, " +
                "that breaks servers configured with secp384r1 only). RSA-1024 floor inferred from Conscrypt/BoringSSL defaults of that era.",
        },
        new("android-10", "Android 10+ (API 29+)")
        {
            Versions = Tls10To13,
            CipherSuites = Join(Tls13AesFirst, Android10Tls12),
            Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1],
            SignatureSchemes = ModernSchemes,
            MinRsaBits = 1024,
            AcceptsSha1Certificates = false,
            TrustStore = ClientTrustStore.Android,
            Sources =
            [
                AndroidSslSocket + " (TLSv1.3 enabled by default from API 29)",
                AndroidNoAia,
                "Android 10 behavior changes: 'TLS 1.3 enabled by default', 'SHA-1 signed certificates not trusted in TLS'",
                SslLabsClients + ", entry 'Android 10.0'",
            ],
            Notes = "TLS 1.0/1.1 stay enabled in SSLSocket until later Conscrypt releases (inferred from the SSLSocket table).",
        },
    ];
}
