using System.Buffers.Binary;
using System.Security.Cryptography;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;
using TlsDoctor.Tls.Tls13;

namespace TlsDoctor.Tls.Tests.Tls13;

/// <summary>
/// Opening the server's protected handshake records: RFC 8446 §5.2 (TLSInnerPlaintext, additional_data) and §5.3
/// (per-record nonce), against the encrypted flight of RFC 8448 §3, plus round trips for the other four suites.
/// </summary>
public class ServerFlightDecryptorTests
{
    private const ushort Aes128GcmSha256 = 0x1301;

    private static ServerFlightDecryptor Rfc8448Decryptor() =>
        ServerFlightDecryptor.Create(Aes128GcmSha256, Rfc8448.SharedSecret, Rfc8448.ClientHello, Rfc8448.ServerHello);

    private static TlsRecord Rfc8448Record() =>
        ParseAssert.Done(TlsRecord.TryParse(Rfc8448.ServerFlightRecord), Rfc8448.ServerFlightRecord.Length);

    [Fact]
    public void Decrypt_Rfc8448ServerFlight_YieldsEncryptedExtensionsThroughFinished()
    {
        using var decryptor = Rfc8448Decryptor();

        var (type, content) = ParseAssert.Done(decryptor.Decrypt(Rfc8448Record()), Rfc8448.ServerFlightRecord.Length - TlsRecord.HeaderLength);

        Assert.Equal(ContentType.Handshake, type);
        Assert.Equal(
            [.. Rfc8448.EncryptedExtensions, .. Rfc8448.Certificate, .. Rfc8448.CertificateVerify, .. Rfc8448.Finished],
            content);
    }

    [Fact]
    public void Decrypt_Rfc8448ServerFlight_ReassemblesIntoFourMessages()
    {
        using var decryptor = Rfc8448Decryptor();
        var (_, content) = decryptor.Decrypt(Rfc8448Record()).Value;

        var messages = ParseAssert.Done(new HandshakeReassembler().Add(content), content.Length);

        Assert.Equal(
            [HandshakeType.EncryptedExtensions, HandshakeType.Certificate, HandshakeType.CertificateVerify, HandshakeType.Finished],
            messages.Select(m => m.Type));
        var certificate = ParseAssert.Done(CertificateMessage.TryParse(messages[1].Encode(), tls13: true), Rfc8448.Certificate.Length);
        var leaf = Assert.Single(certificate.Certificates);
        Assert.Equal(0x1B0, leaf.Length);
        Assert.Empty(certificate.RequestContext);
        Assert.Equal(Rfc8448.Finished[4..], messages[3].Body);
    }

    [Fact]
    public void Decrypt_SameRecordTwice_SecondFailsBecauseTheSequenceNumberMoved()
    {
        using var decryptor = Rfc8448Decryptor();

        ParseAssert.Done(decryptor.Decrypt(Rfc8448Record()), Rfc8448.ServerFlightRecord.Length - TlsRecord.HeaderLength);
        ParseAssert.Invalid(decryptor.Decrypt(Rfc8448Record()), "record 1 does not authenticate");
    }

    [Fact]
    public void Decrypt_OneBitFlipped_InvalidNamingTheSuite()
    {
        using var decryptor = Rfc8448Decryptor();
        var bytes = (byte[])Rfc8448.ServerFlightRecord.Clone();
        bytes[100] ^= 0x01;

        ParseAssert.Invalid(decryptor.Decrypt(TlsRecord.TryParse(bytes).Value!), "suite 0x1301");
    }

    [Fact]
    public void Decrypt_RecordVersionChanged_InvalidBecauseItIsAuthenticated()
    {
        using var decryptor = Rfc8448Decryptor();
        var record = Rfc8448Record() with { Version = 0x0301 };

        ParseAssert.Invalid(decryptor.Decrypt(record), "does not authenticate");
    }

    [Fact]
    public void Decrypt_WrongSharedSecret_Invalid()
    {
        var wrong = (byte[])Rfc8448.SharedSecret.Clone();
        wrong[0] ^= 0x80;
        using var decryptor = ServerFlightDecryptor.Create(Aes128GcmSha256, wrong, Rfc8448.ClientHello, Rfc8448.ServerHello);

        ParseAssert.Invalid(decryptor.Decrypt(Rfc8448Record()), "does not authenticate");
    }

    [Fact]
    public void Decrypt_HandshakeRecord_InvalidAsNotEncrypted()
    {
        using var decryptor = Rfc8448Decryptor();

        ParseAssert.Invalid(decryptor.Decrypt(new TlsRecord(ContentType.Handshake, 0x0303, new byte[40])), "not an encrypted");
    }

    [Fact]
    public void Decrypt_FragmentShorterThanTag_InvalidAsNotEncrypted()
    {
        using var decryptor = Rfc8448Decryptor();

        ParseAssert.Invalid(decryptor.Decrypt(new TlsRecord(ContentType.ApplicationData, 0x0303, new byte[16])), "not an encrypted");
    }

    /// <summary>The five RFC 8446 §B.4 suites, less any whose AEAD this runtime lacks.</summary>
    public static TheoryData<ushort> Suites => [.. new ushort[] { 0x1301, 0x1302, 0x1303, 0x1304, 0x1305 }.Where(ServerFlightDecryptor.Supports)];

    [Theory]
    [MemberData(nameof(Suites))]
    public void Decrypt_TwoRecordsSealedIndependently_OpensBothInOrder(ushort suite)
    {
        var shared = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var sealer = new Sealer(suite, shared);
        using var decryptor = ServerFlightDecryptor.Create(suite, shared, Rfc8448.ClientHello, Rfc8448.ServerHello);

        var first = decryptor.Decrypt(sealer.Seal(ContentType.Handshake, Rfc8448.EncryptedExtensions, padding: 0));
        var second = decryptor.Decrypt(sealer.Seal(ContentType.Alert, [0x02, 0x28], padding: 5));

        Assert.Equal(ContentType.Handshake, first.Value.Type);
        Assert.Equal(Rfc8448.EncryptedExtensions, first.Value.Content);   // its own trailing zeros kept: the type byte ends it
        Assert.Equal(ContentType.Alert, second.Value.Type);
        Assert.Equal(new byte[] { 0x02, 0x28 }, second.Value.Content);   // zero padding stripped
    }

    [Fact]
    public void Decrypt_InnerPlaintextAllZeros_InvalidForLackOfContentType()
    {
        var shared = new byte[32];
        var sealer = new Sealer(Aes128GcmSha256, shared);
        using var decryptor = ServerFlightDecryptor.Create(Aes128GcmSha256, shared, Rfc8448.ClientHello, Rfc8448.ServerHello);

        ParseAssert.Invalid(decryptor.Decrypt(sealer.SealRaw(new byte[8])), "no content type");
    }

    /// <summary>
    /// Seals records as a server would (RFC 8446 §5.2–5.3), written from the RFC rather than from the decryptor, so that
    /// nonce, additional data, tag length and padding are checked independently; only the keys come from <see cref="KeySchedule"/>.
    /// </summary>
    internal sealed class Sealer
    {
        private readonly ushort _suite;
        private readonly byte[] _key;
        private readonly byte[] _iv;
        private ulong _sequence;

        public Sealer(ushort suite, byte[] sharedSecret)
        {
            _suite = suite;
            var hash = KeySchedule.HashFor(suite);
            var secret = KeySchedule.ServerHandshakeTrafficSecret(hash, sharedSecret, KeySchedule.Hash(hash, [.. Rfc8448.ClientHello, .. Rfc8448.ServerHello]));
            _key = KeySchedule.ExpandLabel(hash, secret, "key", [], suite is 0x1302 or 0x1303 ? 32 : 16);   // RFC 8446 §B.4 key sizes
            _iv = KeySchedule.ExpandLabel(hash, secret, "iv", [], 12);
        }

        public TlsRecord Seal(ContentType type, byte[] content, int padding) =>
            SealRaw([.. content, (byte)type, .. new byte[padding]]);                          // TLSInnerPlaintext

        public TlsRecord SealRaw(byte[] innerPlaintext)
        {
            var tagLength = _suite == 0x1305 ? 8 : 16;                                            // CCM_8 has an 8-byte tag
            var nonce = (byte[])_iv.Clone();
            Span<byte> sequence = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(sequence, _sequence++);
            for (var i = 0; i < 8; i++)
            {
                nonce[4 + i] ^= sequence[i];                                                     // iv XOR left-padded seq
            }

            var length = innerPlaintext.Length + tagLength;
            byte[] aad = [0x17, 0x03, 0x03, (byte)(length >> 8), (byte)length];                 // opaque_type, version, length
            var ciphertext = new byte[innerPlaintext.Length];
            var tag = new byte[tagLength];
            switch (_suite)
            {
                case 0x1303:
                    using (var chacha = new ChaCha20Poly1305(_key))
                    {
                        chacha.Encrypt(nonce, innerPlaintext, ciphertext, tag, aad);
                    }

                    break;
                case 0x1304 or 0x1305:
                    using (var ccm = new AesCcm(_key))
                    {
                        ccm.Encrypt(nonce, innerPlaintext, ciphertext, tag, aad);
                    }

                    break;
                default:
                    using (var gcm = new AesGcm(_key, tagLength))
                    {
                        gcm.Encrypt(nonce, innerPlaintext, ciphertext, tag, aad);
                    }

                    break;
            }

            return new TlsRecord(ContentType.ApplicationData, 0x0303, [.. ciphertext, .. tag]);
        }
    }
}
