namespace TlsDoctor.Tls.Registry;

// Codes outside the IANA assignments that servers still answer with, and their sources:
//   0x00,0x1C-1D  FORTEZZA, SSL 3.0 (RFC 6101 §A.6); IANA reserved the range; 0x00,0x1E is now Kerberos.
//   0x00,0x60-66  56-bit export suites, draft-ietf-tls-56-bit-ciphersuites-01 (1999); OpenSSL 1.0.2 EXP1024-*.
//   0x00,0x80-83  GOST R 34.10-94/2001 suites, draft-chudov-cryptopro-cptls-04; OpenSSL 1.0.2 GOST engine names.
//   0xCC,0x13-15  ChaCha20-Poly1305 before RFC 7905, draft-agl-tls-chacha20poly1305-04; the "-OLD" names are
//                 those of BoringSSL and LibreSSL, which shipped them (mainline OpenSSL never did).
//   0xFE,0xFE-FF  Netscape/NSS SSL_RSA_FIPS_* (NSS lib/ssl/sslproto.h); 0xFF,0xE0-E1 their older
//                 "OLDFIPS" codes (same file). OpenSSL has no names for these.
//   0xFF,0x85/87  GOST R 34.11-2012 suites before RFC 9189 moved them to 0xC1,0x02; names from OpenSSL 3
//                 ssl/s3_lib.c ("LEGACY-GOST2012-GOST8912-GOST8912", "GOST2012-NULL-GOST12"). 0xFF,0x85 has
//                 the same IANA-style name as 0xC1,0x02 in the GOST documents; "_LEGACY" keeps names unique.
// Row fields: code, name, OpenSSL name, key exchange, authentication, bulk cipher, mode, effective key
// bits (3DES 112, DES 56, export 40 or 56, NULL 0), record MAC, oldest protocol version. One row per line,
// in code order.
public static partial class CipherSuites
{
    private static IEnumerable<CipherSuite> LegacyCodes() =>
    [
        new(0x001C, "SSL_FORTEZZA_KEA_WITH_NULL_SHA", null, KeyExchange.Fortezza, Authentication.Dss, BulkCipher.Null, CipherMode.None, 0, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0x001D, "SSL_FORTEZZA_KEA_WITH_FORTEZZA_CBC_SHA", null, KeyExchange.Fortezza, Authentication.Dss, BulkCipher.Fortezza, CipherMode.Cbc, 80, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0x0060, "TLS_RSA_EXPORT1024_WITH_RC4_56_MD5", "EXP1024-RC4-MD5", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Rc4, CipherMode.Stream, 56, MacAlgorithm.Md5, TlsVersion.SSLv3, Export: true),
        new(0x0061, "TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5", "EXP1024-RC2-CBC-MD5", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Rc2, CipherMode.Cbc, 56, MacAlgorithm.Md5, TlsVersion.SSLv3, Export: true),
        new(0x0062, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", "EXP1024-DES-CBC-SHA", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Des, CipherMode.Cbc, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3, Export: true),
        new(0x0063, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", "EXP1024-DHE-DSS-DES-CBC-SHA", KeyExchange.Dhe, Authentication.Dss, BulkCipher.Des, CipherMode.Cbc, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3, Export: true),
        new(0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", "EXP1024-RC4-SHA", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Rc4, CipherMode.Stream, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3, Export: true),
        new(0x0065, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", "EXP1024-DHE-DSS-RC4-SHA", KeyExchange.Dhe, Authentication.Dss, BulkCipher.Rc4, CipherMode.Stream, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3, Export: true),
        new(0x0066, "TLS_DHE_DSS_WITH_RC4_128_SHA", "DHE-DSS-RC4-SHA", KeyExchange.Dhe, Authentication.Dss, BulkCipher.Rc4, CipherMode.Stream, 128, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0x0080, "TLS_GOSTR341094_WITH_28147_CNT_IMIT", "GOST94-GOST89-GOST89", KeyExchange.Gost, Authentication.Gost, BulkCipher.Gost28147, CipherMode.Cnt, 256, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0x0081, "TLS_GOSTR341001_WITH_28147_CNT_IMIT", "GOST2001-GOST89-GOST89", KeyExchange.Gost, Authentication.Gost, BulkCipher.Gost28147, CipherMode.Cnt, 256, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0x0082, "TLS_GOSTR341094_WITH_NULL_GOSTR3411", "GOST94-NULL-GOST94", KeyExchange.Gost, Authentication.Gost, BulkCipher.Null, CipherMode.None, 0, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0x0083, "TLS_GOSTR341001_WITH_NULL_GOSTR3411", "GOST2001-NULL-GOST94", KeyExchange.Gost, Authentication.Gost, BulkCipher.Null, CipherMode.None, 0, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0xCC13, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "ECDHE-RSA-CHACHA20-POLY1305-OLD", KeyExchange.Ecdhe, Authentication.Rsa, BulkCipher.ChaCha20, CipherMode.Poly1305, 256, MacAlgorithm.Aead, TlsVersion.Tls12),
        new(0xCC14, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "ECDHE-ECDSA-CHACHA20-POLY1305-OLD", KeyExchange.Ecdhe, Authentication.Ecdsa, BulkCipher.ChaCha20, CipherMode.Poly1305, 256, MacAlgorithm.Aead, TlsVersion.Tls12),
        new(0xCC15, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD", "DHE-RSA-CHACHA20-POLY1305-OLD", KeyExchange.Dhe, Authentication.Rsa, BulkCipher.ChaCha20, CipherMode.Poly1305, 256, MacAlgorithm.Aead, TlsVersion.Tls12),
        new(0xFEFE, "SSL_RSA_FIPS_WITH_DES_CBC_SHA", null, KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Des, CipherMode.Cbc, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0xFEFF, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA", null, KeyExchange.Rsa, Authentication.Rsa, BulkCipher.TripleDes, CipherMode.Cbc, 112, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0xFF85, "TLS_GOSTR341112_256_WITH_28147_CNT_IMIT_LEGACY", "LEGACY-GOST2012-GOST8912-GOST8912", KeyExchange.Gost, Authentication.Gost, BulkCipher.Gost28147, CipherMode.Cnt, 256, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0xFF87, "TLS_GOSTR341112_256_WITH_NULL_GOSTR3411", "GOST2012-NULL-GOST12", KeyExchange.Gost, Authentication.Gost, BulkCipher.Null, CipherMode.None, 0, MacAlgorithm.Gost, TlsVersion.Tls10),
        new(0xFFE0, "SSL_RSA_OLDFIPS_WITH_3DES_EDE_CBC_SHA", null, KeyExchange.Rsa, Authentication.Rsa, BulkCipher.TripleDes, CipherMode.Cbc, 112, MacAlgorithm.Sha1, TlsVersion.SSLv3),
        new(0xFFE1, "SSL_RSA_OLDFIPS_WITH_DES_CBC_SHA", null, KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Des, CipherMode.Cbc, 56, MacAlgorithm.Sha1, TlsVersion.SSLv3),
    ];
}
