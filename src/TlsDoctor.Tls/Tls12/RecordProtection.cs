using System.Buffers.Binary;
using System.Security.Cryptography;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>
/// One direction of TLS 1.0–1.2 record protection (RFC 5246 §6.2.3) after ChangeCipherSpec: it keeps the 64-bit
/// sequence number (§6.1) and, for TLS 1.0 CBC, the chained IV. No I/O: records in, plaintext out and back.
/// </summary>
public abstract class RecordProtection : IDisposable
{
    /// <summary>RFC 5246 §6.1: seq_num is a uint64.</summary>
    public const int SequenceLength = 8;

    /// <summary>RFC 5288 §3 / RFC 7905: the AEAD tag is 16 bytes.</summary>
    public const int TagLength = 16;

    protected RecordProtection(TlsVersion version) => Version = version;

    /// <summary>The negotiated version, written in every record header and in the MAC/AAD input.</summary>
    public TlsVersion Version { get; }

    /// <summary>The next record's sequence number.</summary>
    public ulong Sequence { get; private set; }

    /// <summary>The record protection for one direction of <paramref name="crypto"/>.</summary>
    public static RecordProtection Create(TlsVersion version, SuiteCrypto crypto, byte[] macKey, byte[] key, byte[] fixedIv) => crypto.Cipher switch
    {
        RecordCipherKind.AesGcm => new AeadProtection(version, key, fixedIv, chaCha: false),
        RecordCipherKind.ChaCha20Poly1305 => new AeadProtection(version, key, fixedIv, chaCha: true),
        _ => new CbcProtection(version, crypto.MacHash, macKey, key, fixedIv),
    };

    /// <summary>The client's sending direction (or the server's receiving one).</summary>
    public static RecordProtection Client(TlsVersion version, SuiteCrypto crypto, KeyBlock keys) =>
        Create(version, crypto, keys.ClientMacKey, keys.ClientKey, keys.ClientIv);

    /// <summary>The server's sending direction (or the client's receiving one).</summary>
    public static RecordProtection Server(TlsVersion version, SuiteCrypto crypto, KeyBlock keys) =>
        Create(version, crypto, keys.ServerMacKey, keys.ServerKey, keys.ServerIv);

    /// <summary>Protects <paramref name="plaintext"/> (at most 2^14 bytes) as one record: header included.</summary>
    public byte[] Seal(ContentType type, ReadOnlySpan<byte> plaintext)
    {
        if (plaintext.Length > TlsRecord.MaxPlaintextLength)
        {
            throw new ArgumentOutOfRangeException(nameof(plaintext), "one record carries at most 2^14 bytes");
        }

        var fragment = SealFragment(Sequence++, type, plaintext);
        return TlsRecord.Encode(type, (ushort)Version, fragment);
    }

    /// <summary>Opens one protected record; null when it does not authenticate (the peer would send bad_record_mac).</summary>
    public byte[]? Open(TlsRecord record)
    {
        var plaintext = OpenFragment(Sequence, record.Type, record.Fragment);
        if (plaintext is not null)
        {
            Sequence++;
        }

        return plaintext;
    }

    protected abstract byte[] SealFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> plaintext);

    protected abstract byte[]? OpenFragment(ulong sequence, ContentType type, ReadOnlySpan<byte> fragment);

    /// <summary>
    /// RFC 5246 §6.2.3.1/§6.2.3.3: seq_num + TLSCompressed.type + TLSCompressed.version + TLSCompressed.length, the
    /// MAC input's header and the AEAD additional data alike.
    /// </summary>
    protected byte[] PseudoHeader(ulong sequence, ContentType type, int length)
    {
        var header = new byte[SequenceLength + TlsRecord.TypeLength + TlsRecord.VersionLength + TlsRecord.LengthFieldLength];
        BinaryPrimitives.WriteUInt64BigEndian(header, sequence);                              // seq_num
        header[SequenceLength] = (byte)type;                                                  // type
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(SequenceLength + 1), (ushort)Version); // version
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(SequenceLength + 3), (ushort)length);  // length
        return header;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
