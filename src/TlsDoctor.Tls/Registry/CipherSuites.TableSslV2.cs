namespace TlsDoctor.Tls.Registry;

// Source: the SSL 2.0 cipher kinds of draft-hickman-netscape-ssl-00 ("The SSL Protocol", 1995): three-byte
// CIPHER-KIND codes named SSL_CK_*. OpenSSL names: OpenSSL 1.0.2 ssl/ssl2.h (SSL2_TXT_*), which gives
// "RC4-MD5", "EXP-RC4-MD5" and "EXP-RC2-CBC-MD5" to SSLv3 suites as well; CipherSuites.FindByName resolves
// those three to the SSLv3/TLS suite.
// Row fields: code, name, OpenSSL name, key exchange, authentication, bulk cipher, mode, effective key
// bits (export kinds 40, DES 56, 3DES 112), record MAC, oldest protocol version. One row per line, in code order.
public static partial class CipherSuites
{
    private static IEnumerable<CipherSuite> Sslv2Specs() =>
    [
        new(0x010080, "SSL_CK_RC4_128_WITH_MD5", "RC4-MD5", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Rc4, CipherMode.Stream, 128, MacAlgorithm.Md5, TlsVersion.SSLv2),
        new(0x020080, "SSL_CK_RC4_128_EXPORT40_WITH_MD5", "EXP-RC4-MD5", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Rc4, CipherMode.Stream, 40, MacAlgorithm.Md5, TlsVersion.SSLv2, Export: true),
        new(0x030080, "SSL_CK_RC2_128_CBC_WITH_MD5", "RC2-CBC-MD5", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Rc2, CipherMode.Cbc, 128, MacAlgorithm.Md5, TlsVersion.SSLv2),
        new(0x040080, "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5", "EXP-RC2-CBC-MD5", KeyExchange.RsaExport, Authentication.Rsa, BulkCipher.Rc2, CipherMode.Cbc, 40, MacAlgorithm.Md5, TlsVersion.SSLv2, Export: true),
        new(0x050080, "SSL_CK_IDEA_128_CBC_WITH_MD5", "IDEA-CBC-MD5", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Idea, CipherMode.Cbc, 128, MacAlgorithm.Md5, TlsVersion.SSLv2),
        new(0x060040, "SSL_CK_DES_64_CBC_WITH_MD5", "DES-CBC-MD5", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Des, CipherMode.Cbc, 56, MacAlgorithm.Md5, TlsVersion.SSLv2),
        new(0x0700C0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "DES-CBC3-MD5", KeyExchange.Rsa, Authentication.Rsa, BulkCipher.TripleDes, CipherMode.Cbc, 112, MacAlgorithm.Md5, TlsVersion.SSLv2),
    ];
}
