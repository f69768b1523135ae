using System.Security.Cryptography;
using System.Text;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>The TLS 1.0–1.2 pseudo-random function and the secrets made with it (no I/O).</summary>
public static class Prf
{
    /// <summary>RFC 5246 §8.1: the master secret is always 48 bytes.</summary>
    public const int MasterSecretLength = 48;

    /// <summary>RFC 5246 §7.4.9: verify_data_length is 12 for every suite we speak.</summary>
    public const int VerifyDataLength = 12;

    /// <summary>
    /// PRF(secret, label, seed)[length]. TLS 1.2 (RFC 5246 §5): P_hash with the suite's PRF hash. TLS 1.0/1.1
    /// (RFC 2246 §5): P_MD5 over the first half of the secret XOR P_SHA-1 over the second half (halves overlap by one
    /// byte when the length is odd).
    /// </summary>
    public static byte[] Compute(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> seed, int length)
    {
        byte[] labelSeed = [.. Encoding.ASCII.GetBytes(label), .. seed];
        if (version >= TlsVersion.Tls12)
        {
            return PHash(hash, secret, labelSeed, length);
        }

        var half = (secret.Length + 1) / 2;
        var md5 = PHash(HashAlgorithmName.MD5, secret[..half], labelSeed, length);
        var sha1 = PHash(HashAlgorithmName.SHA1, secret[(secret.Length - half)..], labelSeed, length);
        for (var i = 0; i < length; i++)
        {
            md5[i] ^= sha1[i];
        }

        return md5;
    }

    /// <summary>
    /// RFC 5246 §5: P_hash(secret, seed) = HMAC_hash(secret, A(1) + seed) + HMAC_hash(secret, A(2) + seed) + …,
    /// A(0) = seed, A(i) = HMAC_hash(secret, A(i-1)).
    /// </summary>
    public static byte[] PHash(HashAlgorithmName hash, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> seed, int length)
    {
        var output = new byte[length];
        var a = Hmac(hash, secret, seed);
        var written = 0;
        while (written < length)
        {
            var block = Hmac(hash, secret, [.. a, .. seed]);
            var take = Math.Min(block.Length, length - written);
            block.AsSpan(0, take).CopyTo(output.AsSpan(written));
            written += take;
            a = Hmac(hash, secret, a);
        }

        return output;
    }

    /// <summary>RFC 5246 §8.1: master_secret = PRF(pre_master_secret, "master secret", ClientHello.random + ServerHello.random)[0..47].</summary>
    public static byte[] MasterSecret(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> preMasterSecret, ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom) =>
        Compute(version, hash, preMasterSecret, "master secret", [.. clientRandom, .. serverRandom], MasterSecretLength);

    /// <summary>RFC 7627 §4: master_secret = PRF(pre_master_secret, "extended master secret", session_hash)[0..47].</summary>
    public static byte[] ExtendedMasterSecret(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> preMasterSecret, ReadOnlySpan<byte> sessionHash) =>
        Compute(version, hash, preMasterSecret, "extended master secret", sessionHash, MasterSecretLength);

    /// <summary>RFC 5246 §6.3: key_block = PRF(master_secret, "key expansion", server_random + client_random).</summary>
    public static byte[] KeyBlock(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> masterSecret, ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom, int length) =>
        Compute(version, hash, masterSecret, "key expansion", [.. serverRandom, .. clientRandom], length);

    /// <summary>
    /// RFC 5246 §7.4.9: verify_data = PRF(master_secret, finished_label, Hash(handshake_messages))[0..11], with
    /// finished_label "client finished" or "server finished"; <paramref name="transcriptHash"/> is <see cref="TranscriptHash"/>.
    /// </summary>
    public static byte[] VerifyData(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> masterSecret, bool client, ReadOnlySpan<byte> transcriptHash) =>
        Compute(version, hash, masterSecret, client ? "client finished" : "server finished", transcriptHash, VerifyDataLength);

    /// <summary>
    /// The handshake hash Finished and the extended master secret take: the PRF hash in TLS 1.2 (RFC 5246 §7.4.9),
    /// MD5(handshake_messages) + SHA-1(handshake_messages) in TLS 1.0/1.1 (RFC 2246 §7.4.9, RFC 7627 §3).
    /// </summary>
    public static byte[] TranscriptHash(TlsVersion version, HashAlgorithmName hash, ReadOnlySpan<byte> handshakeMessages) =>
        version >= TlsVersion.Tls12
            ? Hash(hash, handshakeMessages)
            : [.. MD5.HashData(handshakeMessages), .. SHA1.HashData(handshakeMessages)];

    /// <summary>RFC 5246 §5: the PRF hash is SHA-256 unless the suite names another (the *_SHA384 suites of RFC 5289/5288 use SHA-384).</summary>
    public static HashAlgorithmName HashFor(CipherSuite suite) =>
        suite.IanaName.EndsWith("_SHA384", StringComparison.Ordinal) ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;

    internal static byte[] Hmac(HashAlgorithmName hash, ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => hash.Name switch
    {
        "MD5" => HMACMD5.HashData(key, data),
        "SHA1" => HMACSHA1.HashData(key, data),
        "SHA384" => HMACSHA384.HashData(key, data),
        "SHA512" => HMACSHA512.HashData(key, data),
        _ => HMACSHA256.HashData(key, data),
    };

    private static byte[] Hash(HashAlgorithmName hash, ReadOnlySpan<byte> data) => hash.Name switch
    {
        "SHA384" => SHA384.HashData(data),
        "SHA512" => SHA512.HashData(data),
        _ => SHA256.HashData(data),
    };
}
