namespace TlsDoctor.Tls.Registry;

// Placeholder rows until the full tables land (see CipherSuites.cs for the sources).
public static partial class CipherSuites
{
    private static IEnumerable<CipherSuite> Sslv2Specs() => [];

    private static IEnumerable<CipherSuite> IanaSuites() =>
    [
        new(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", KeyExchange.Any, Authentication.Any, BulkCipher.Aes, CipherMode.Gcm, 128, MacAlgorithm.Aead, TlsVersion.Tls13),
        new(0x1302, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", KeyExchange.Any, Authentication.Any, BulkCipher.Aes, CipherMode.Gcm, 256, MacAlgorithm.Aead, TlsVersion.Tls13),
        new(0x1303, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", KeyExchange.Any, Authentication.Any, BulkCipher.ChaCha20, CipherMode.Poly1305, 256, MacAlgorithm.Aead, TlsVersion.Tls13),
        new(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", KeyExchange.Ecdhe, Authentication.Rsa, BulkCipher.Aes, CipherMode.Gcm, 128, MacAlgorithm.Aead, TlsVersion.Tls12),
        new(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", "AES128-SHA", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Aes, CipherMode.Cbc, 128, MacAlgorithm.Sha1, TlsVersion.SSLv3),
    ];

    private static IEnumerable<CipherSuite> LegacyCodes() => [];
}
