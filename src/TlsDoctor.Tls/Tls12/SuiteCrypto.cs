using System.Security.Cryptography;
using TlsDoctor.Tls.Registry;
using CipherMode = TlsDoctor.Tls.Registry.CipherMode;

namespace TlsDoctor.Tls.Tls12;

/// <summary>How a TLS 1.0–1.2 suite protects records.</summary>
public enum RecordCipherKind : byte
{
    /// <summary>AES-GCM with a 4-byte implicit salt and an 8-byte explicit nonce (RFC 5288 §3).</summary>
    AesGcm,
    /// <summary>ChaCha20-Poly1305 with a 12-byte IV XORed with the sequence number (RFC 7905 §2).</summary>
    ChaCha20Poly1305,
    /// <summary>AES-CBC with HMAC, MAC-then-encrypt (RFC 5246 §6.2.3.2).</summary>
    AesCbc,
}

/// <summary>
/// The record-protection parameters of a suite we can complete a handshake with (RFC 5246 §6.3 key block layout),
/// and which key exchanges we can do: ECDHE, static RSA and DHE, with RSA or ECDSA server authentication.
/// </summary>
/// <param name="Cipher">How records are protected.</param>
/// <param name="KeyLength">enc_key_length.</param>
/// <param name="FixedIvLength">fixed_iv_length: GCM salt 4, ChaCha20 12, CBC one block (used as IV only by TLS 1.0).</param>
/// <param name="MacKeyLength">mac_key_length (0 for AEAD suites).</param>
/// <param name="MacHash">The record MAC's hash for CBC suites.</param>
/// <param name="PrfHash">The TLS 1.2 PRF hash.</param>
public sealed record SuiteCrypto(CipherSuite Suite, RecordCipherKind Cipher, int KeyLength, int FixedIvLength, int MacKeyLength, HashAlgorithmName MacHash, HashAlgorithmName PrfHash)
{
    /// <summary>AES block size, the CBC IV and padding unit.</summary>
    public const int AesBlockLength = 16;

    /// <summary>RFC 5288 §3: GCMNonce.salt is 4 bytes.</summary>
    public const int GcmSaltLength = 4;

    /// <summary>RFC 7905 §2: the ChaCha20-Poly1305 IV is 12 bytes.</summary>
    public const int ChaChaIvLength = 12;

    /// <summary>Bytes of key block this suite takes: two MAC keys, two cipher keys, two fixed IVs (RFC 5246 §6.3).</summary>
    public int KeyBlockLength => (2 * MacKeyLength) + (2 * KeyLength) + (2 * FixedIvLength);

    /// <summary>The parameters for <paramref name="code"/>, or null when we cannot complete a handshake with it.</summary>
    public static SuiteCrypto? For(ushort code) => CipherSuites.Find(code) is { } suite ? For(suite) : null;

    /// <summary>The parameters for <paramref name="suite"/>, or null when we cannot complete a handshake with it.</summary>
    public static SuiteCrypto? For(CipherSuite suite)
    {
        if (suite.IsTls13 || suite.IsSslV2 || suite.Export
            || suite.KeyExchange is not (KeyExchange.Ecdhe or KeyExchange.Rsa or KeyExchange.Dhe)
            || suite.Authentication is not (Authentication.Rsa or Authentication.Ecdsa))
        {
            return null;
        }

        var prf = Prf.HashFor(suite);
        var keyLength = suite.CipherBits / 8;
        return (suite.Cipher, suite.Mode, suite.Mac) switch
        {
            (BulkCipher.Aes, CipherMode.Gcm, _) when keyLength is 16 or 32
                => new SuiteCrypto(suite, RecordCipherKind.AesGcm, keyLength, GcmSaltLength, 0, default, prf),
            (BulkCipher.ChaCha20, CipherMode.Poly1305, _)
                => new SuiteCrypto(suite, RecordCipherKind.ChaCha20Poly1305, 32, ChaChaIvLength, 0, default, prf),
            (BulkCipher.Aes, CipherMode.Cbc, MacAlgorithm.Sha1) when keyLength is 16 or 32
                => new SuiteCrypto(suite, RecordCipherKind.AesCbc, keyLength, AesBlockLength, 20, HashAlgorithmName.SHA1, prf),
            (BulkCipher.Aes, CipherMode.Cbc, MacAlgorithm.Sha256) when keyLength is 16 or 32
                => new SuiteCrypto(suite, RecordCipherKind.AesCbc, keyLength, AesBlockLength, 32, HashAlgorithmName.SHA256, prf),
            (BulkCipher.Aes, CipherMode.Cbc, MacAlgorithm.Sha384) when keyLength is 16 or 32
                => new SuiteCrypto(suite, RecordCipherKind.AesCbc, keyLength, AesBlockLength, 48, HashAlgorithmName.SHA384, prf),
            _ => null,
        };
    }

    /// <summary>Codes of every suite we can complete a handshake with at <paramref name="version"/>.</summary>
    public static IReadOnlyList<ushort> Codes(TlsVersion version) =>
        [.. CipherSuites.Offerable(version).Where(s => s.MinVersion <= version && For(s) is not null).Select(s => (ushort)s.Code)];
}
