using System.Buffers.Binary;
using System.Security.Cryptography;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>AES-GCM (RFC 5288 §3) and ChaCha20-Poly1305 (RFC 7905 §2) record protection for TLS 1.2.</summary>
internal sealed class AeadProtection : RecordProtection
{
    /// <summary>RFC 5288 §3: GCMNonce.nonce_explicit is 8 bytes and travels in the record.</summary>
    private const int ExplicitNonceLength = 8;

    /// <summary>Both AEADs take a 12-byte nonce.</summary>
    private const int NonceLength = 12;

    private readonly AesGcm? _gcm;
    private readonly ChaCha20Poly1305? _chaCha;
    private readonly byte[] _fixedIv;

    public AeadProtection(TlsVersion version, byte[] key, byte[] fixedIv, bool chaCha)
        : base(version)
    {
        _fixedIv = fixedIv;
        if (chaCha)
        {
            _chaCha = new ChaCha20Poly1305(key);
        }
        else
        {
            _gcm = new AesGcm(key, TagLength);
        }
    }

    // GCM: struct { opaque salt[4]; opaque nonce_explicit[8]; } GCMNonce; we use the sequence number as
    // nonce_explicit (RFC 5288 §3 allows any value that never repeats under a key).
    // ChaCha20-Poly1305: the 64-bit sequence number, left-padded with zeros to 12 bytes, XOR client/server_write_IV.
    private byte[] Nonce(ulong sequence, ReadOnlySpan<byte> explicitNonce)
    {
        var nonce = new byte[NonceLength];
        if (_chaCha is not null)
        {
            BinaryPrimitives.WriteUInt64BigEndian(nonce.AsSpan(NonceLength - SequenceLength), sequence);
            for (var i = 0; i < NonceLength; i++)
            {
                nonce[i] ^= _fixedIv[i];
            }
        }
        else
        {
            _fixedIv.CopyTo(nonce, 0);
            explicitNonce.CopyTo(nonce.AsSpan(SuiteCrypto.GcmSaltLength));
        }

        return nonce;
    }

    protected override byte[] SealFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> plaintext)
    {
        var explicitLength = _gcm is null ? 0 : ExplicitNonceLength;
        var fragment = new byte[explicitLength + plaintext.Length + TagLength];
        if (_gcm is not null)
        {
            BinaryPrimitives.WriteUInt64BigEndian(fragment, sequence);                   // nonce_explicit
        }

        var nonce = Nonce(sequence, fragment.AsSpan(0, explicitLength));
        var aad = PseudoHeader(sequence, type, plaintext.Length);
        var ciphertext = fragment.AsSpan(explicitLength, plaintext.Length);
        var tag = fragment.AsSpan(explicitLength + plaintext.Length, TagLength);
        if (_gcm is not null)
        {
            _gcm.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        }
        else
        {
            _chaCha!.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        }

        return fragment;
    }

    protected override byte[]? OpenFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> fragment)
    {
        var explicitLength = _gcm is null ? 0 : ExplicitNonceLength;
        if (fragment.Length < explicitLength + TagLength)
        {
            return null;
        }

        var length = fragment.Length - explicitLength - TagLength;
        var nonce = Nonce(sequence, fragment[..explicitLength]);
        var aad = PseudoHeader(sequence, type, length);
        var plaintext = new byte[length];
        try
        {
            if (_gcm is not null)
            {
                _gcm.Decrypt(nonce, fragment.Slice(explicitLength, length), fragment[^TagLength..], plaintext, aad);
            }
            else
            {
                _chaCha!.Decrypt(nonce, fragment.Slice(explicitLength, length), fragment[^TagLength..], plaintext, aad);
            }

            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gcm?.Dispose();
            _chaCha?.Dispose();
        }
    }
}
