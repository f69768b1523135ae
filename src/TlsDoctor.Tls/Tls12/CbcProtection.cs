using System.Security.Cryptography;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>
/// AES-CBC with HMAC, MAC-then-encrypt (RFC 5246 §6.2.3.2). TLS 1.1+ sends a fresh explicit IV in each record
/// (RFC 4346 §6.2.3.2); TLS 1.0 chains: each record's IV is the last ciphertext block of the one before
/// (RFC 2246 §6.2.3.2), the first comes from the key block.
/// </summary>
internal sealed class CbcProtection : RecordProtection
{
    private const int Block = SuiteCrypto.AesBlockLength;

    private readonly HashAlgorithmName _macHash;
    private readonly byte[] _macKey;
    private readonly Aes _aes;
    private byte[] _chainedIv;

    public CbcProtection(TlsVersion version, HashAlgorithmName macHash, byte[] macKey, byte[] key, byte[] fixedIv)
        : base(version)
    {
        _macHash = macHash;
        _macKey = macKey;
        _aes = Aes.Create();
        _aes.Key = key;
        _chainedIv = fixedIv;
    }

    private bool ExplicitIv => Version >= TlsVersion.Tls11;

    private int MacLength => _macKey.Length;

    // RFC 5246 §6.2.3.1: MAC(MAC_write_key, seq_num + type + version + length + fragment).
    private byte[] Mac(ulong sequence, ContentType type, ReadOnlySpan<byte> content) =>
        Prf.Hmac(_macHash, _macKey, [.. PseudoHeader(sequence, type, content.Length), .. content]);

    protected override byte[] SealFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> plaintext)
    {
        // GenericBlockCipher: content, MAC, padding (padding_length+1 bytes all of value padding_length).
        var mac = Mac(sequence, type, plaintext);
        var unpadded = plaintext.Length + mac.Length + 1;
        var paddingLength = (Block - (unpadded % Block)) % Block;
        var inner = new byte[unpadded + paddingLength];
        plaintext.CopyTo(inner);
        mac.CopyTo(inner, plaintext.Length);
        inner.AsSpan(plaintext.Length + mac.Length).Fill((byte)paddingLength);

        var iv = ExplicitIv ? RandomNumberGenerator.GetBytes(Block) : _chainedIv;
        var ciphertext = _aes.EncryptCbc(inner, iv, PaddingMode.None);
        if (!ExplicitIv)
        {
            _chainedIv = ciphertext[^Block..];
            return ciphertext;
        }

        return [.. iv, .. ciphertext];
    }

    protected override byte[]? OpenFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> fragment)
    {
        var ivLength = ExplicitIv ? Block : 0;
        var body = fragment[ivLength..];
        if (body.Length == 0 || body.Length % Block != 0 || body.Length < MacLength + 1)
        {
            return null;
        }

        var iv = ExplicitIv ? fragment[..Block].ToArray() : _chainedIv;
        var inner = _aes.DecryptCbc(body, iv, PaddingMode.None);
        var paddingLength = inner[^1];
        var contentLength = inner.Length - 1 - paddingLength - MacLength;
        if (contentLength < 0 || inner.AsSpan(inner.Length - 1 - paddingLength, paddingLength).ContainsAnyExcept(paddingLength))
        {
            return null;
        }

        var content = inner.AsSpan(0, contentLength);
        var mac = inner.AsSpan(contentLength, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(sequence, type, content)))
        {
            return null;
        }

        if (!ExplicitIv)
        {
            _chainedIv = body[^Block..].ToArray();
        }

        return content.ToArray();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
        }
    }
}
