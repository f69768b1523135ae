using System.Buffers.Binary;
using System.Security.Cryptography;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls13;

/// <summary>
/// Decrypts the server's TLS 1.3 handshake records (EncryptedExtensions, Certificate, CertificateVerify, Finished)
/// with the server handshake traffic key, so a probe can read the chain without completing the handshake.
/// </summary>
public sealed class ServerFlightDecryptor : IDisposable
{
    // RFC 8446 §5.2: the AEAD nonce is the 12-byte IV XORed with the 64-bit record sequence number, left-padded.
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int Ccm8TagLength = 8;

    private readonly ushort _suite;
    private readonly byte[] _iv;
    private readonly IDisposable _aead;
    private readonly int _tagLength;
    private ulong _sequence;

    private ServerFlightDecryptor(ushort suite, byte[] key, byte[] iv)
    {
        _suite = suite;
        _iv = iv;
        (_aead, _tagLength) = suite switch
        {
            0x1303 => ((IDisposable)new ChaCha20Poly1305(key), TagLength),
            0x1304 => (new AesCcm(key), TagLength),
            0x1305 => (new AesCcm(key), Ccm8TagLength),
            _ => (new AesGcm(key, TagLength), TagLength),
        };
    }

    /// <summary>True for the five TLS 1.3 suites (RFC 8446 §B.4) where this runtime has the AEAD.</summary>
    public static bool Supports(ushort suite) => suite switch
    {
        0x1301 or 0x1302 => AesGcm.IsSupported,
        0x1303 => ChaCha20Poly1305.IsSupported,
        0x1304 or 0x1305 => AesCcm.IsSupported,
        _ => false,
    };

    /// <summary>Keys for the server's handshake records from the shared secret and the hash of ClientHello…ServerHello.</summary>
    public static ServerFlightDecryptor Create(ushort suite, ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> clientHello, ReadOnlySpan<byte> serverHello)
    {
        var hash = KeySchedule.HashFor(suite);
        var transcript = KeySchedule.Hash(hash, [.. clientHello, .. serverHello]);
        var secret = KeySchedule.ServerHandshakeTrafficSecret(hash, sharedSecret, transcript);
        var keyLength = suite is 0x1302 or 0x1303 ? 32 : 16;
        var key = KeySchedule.ExpandLabel(hash, secret, "key", [], keyLength);
        var iv = KeySchedule.ExpandLabel(hash, secret, "iv", [], NonceLength);
        return new ServerFlightDecryptor(suite, key, iv);
    }

    /// <summary>
    /// Opens one application_data record of the server's flight: the inner content type and content
    /// (RFC 8446 §5.2 TLSInnerPlaintext: content, type, zero padding). Invalid when it does not authenticate.
    /// </summary>
    public ParseResult<(ContentType Type, byte[] Content)> Decrypt(TlsRecord record)
    {
        if (record.Type != ContentType.ApplicationData || record.Fragment.Length < _tagLength + 1)
        {
            return ParseResult<(ContentType, byte[])>.Malformed("not an encrypted TLS 1.3 record");
        }

        Span<byte> nonce = stackalloc byte[NonceLength];
        _iv.CopyTo(nonce);
        Span<byte> seq = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(seq, _sequence++);
        for (var i = 0; i < 8; i++)
        {
            nonce[NonceLength - 8 + i] ^= seq[i];
        }

        // additional_data = TLSCiphertext.opaque_type || legacy_record_version || length
        Span<byte> aad = stackalloc byte[TlsRecord.HeaderLength];
        aad[0] = (byte)record.Type;
        BinaryPrimitives.WriteUInt16BigEndian(aad[1..], record.Version);
        BinaryPrimitives.WriteUInt16BigEndian(aad[3..], (ushort)record.Fragment.Length);

        var cipherLength = record.Fragment.Length - _tagLength;
        var ciphertext = record.Fragment.AsSpan(0, cipherLength);
        var tag = record.Fragment.AsSpan(cipherLength);
        var plain = new byte[cipherLength];
        try
        {
            switch (_aead)
            {
                case AesGcm gcm: gcm.Decrypt(nonce, ciphertext, tag, plain, aad); break;
                case ChaCha20Poly1305 chacha: chacha.Decrypt(nonce, ciphertext, tag, plain, aad); break;
                case AesCcm ccm: ccm.Decrypt(nonce, ciphertext, tag, plain, aad); break;
            }
        }
        catch (CryptographicException)
        {
            return ParseResult<(ContentType, byte[])>.Malformed($"record {_sequence - 1} does not authenticate with suite 0x{_suite:x4}");
        }

        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0)
        {
            end--;
        }

        if (end < 0)
        {
            return ParseResult<(ContentType, byte[])>.Malformed("TLSInnerPlaintext has no content type");
        }

        return ParseResult<(ContentType, byte[])>.Ok(((ContentType)plain[end], plain[..end]), record.Fragment.Length);
    }

    public void Dispose() => _aead.Dispose();
}
