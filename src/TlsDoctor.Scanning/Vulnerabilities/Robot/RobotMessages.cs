using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>The records a ROBOT query sends after the server's ServerHelloDone.</summary>
public static class RobotMessages
{
    /// <summary>
    /// Bytes of the fake encrypted Finished: a whole number of AES and 3DES blocks and longer than any real one
    /// (explicit IV + 12-byte verify_data + SHA-384 MAC, or GCM nonce + tag), so it reaches decryption and fails there.
    /// </summary>
    public const int FakeFinishedLength = 80;

    /// <summary>
    /// ClientKeyExchange carrying <paramref name="encryptedPremasterSecret"/> (RFC 5246 §7.4.7.1). TLS frames it as
    /// opaque&lt;0..2^16-1&gt;, two length bytes first; SSL 3.0 sends it bare (the implementation note there: the SSLv3
    /// specification was unclear and many SSLv3 implementations, OpenSSL's among them, take no length bytes).
    /// </summary>
    public static byte[] ClientKeyExchange(ReadOnlySpan<byte> encryptedPremasterSecret, TlsVersion version)
    {
        var body = new WireWriter(sizeof(ushort) + encryptedPremasterSecret.Length);
        if (version == TlsVersion.SSLv3)
        {
            body.WriteBytes(encryptedPremasterSecret);       // EncryptedPreMasterSecret, bare
        }
        else
        {
            using (body.Vector(sizeof(ushort)))
            {
                body.WriteBytes(encryptedPremasterSecret);   // opaque pre_master_secret<0..2^16-1>
            }
        }

        var message = new HandshakeMessage(HandshakeType.ClientKeyExchange, body.ToArray()).Encode();
        return TlsRecord.Encode(ContentType.Handshake, (ushort)version, message);
    }

    /// <summary>ChangeCipherSpec (RFC 5246 §7.1: struct { enum { change_cipher_spec(1) } type; }).</summary>
    public static byte[] ChangeCipherSpec(TlsVersion version) =>
        TlsRecord.Encode(ContentType.ChangeCipherSpec, (ushort)version, [1]);

    /// <summary>A handshake record of random bytes where the encrypted Finished goes: no key can make it decrypt.</summary>
    public static byte[] FakeFinished(TlsVersion version, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var garbage = new byte[FakeFinishedLength];
        random.NextBytes(garbage);
        return TlsRecord.Encode(ContentType.Handshake, (ushort)version, garbage);
    }
}
