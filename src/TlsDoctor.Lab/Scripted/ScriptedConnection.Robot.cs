using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// <see cref="ServerBehaviours.RobotOracle"/>: a server that checks the PKCS#1 v1.5 block of the RSA premaster secret
/// and says so when it is wrong, the behaviour Bleichenbacher (CRYPTO '98) attacked and RFC 5246 §7.4.7.1 forbids
/// (a server must go on with a random premaster secret and fail only at Finished). The check is the one of
/// Bleichenbacher's paper, "PKCS conforming": 00 02, at least eight nonzero padding bytes, then a 00 anywhere; the
/// length and version of what follows are not checked. So:
/// not conforming → fatal handshake_failure at once; conforming → the handshake goes on, and the Finished (which no
/// key this server derives can decrypt) gets a fatal bad_record_mac. With the ROBOT paper's vectors this is a strong
/// oracle: "wrong first bytes" and "no 0x00" are refused at once, "0x00 in the wrong place" is not.
/// </summary>
internal sealed partial class ScriptedConnection
{
    /// <summary>RFC 8017 §7.2.2 step 3: at least eight bytes of padding string.</summary>
    private const int RobotMinPadding = 8;

    /// <summary>The agreement of this connection's hello (set by Reply), for flaws that depend on the suite.</summary>

    private bool _robotKeyExchangeTaken;

    /// <summary>Handles one record after the flight; false ends the connection.</summary>
    private async Task<bool> OnRobotRecordAsync(TlsRecord record)
    {
        if (_agreed is not { Suite.KeyExchange: KeyExchange.Rsa } agreed || keys.Leaf is not { } leaf)
        {
            return true;
        }

        var recordVersion = (ushort)agreed.Version;
        if (record.Type == ContentType.Handshake && !_robotKeyExchangeTaken)
        {
            var message = HandshakeMessage.TryParse(record.Fragment);
            if (!message.IsDone || message.Value!.Type != HandshakeType.ClientKeyExchange)
            {
                return true;
            }

            _robotKeyExchangeTaken = true;
            using var rsa = leaf.GetRSAPrivateKey() ?? throw new InvalidOperationException("the RSA leaf has no private key");
            var plaintext = RawDecrypt(EncryptedPremasterSecret(message.Value.Body), rsa.ExportParameters(includePrivateParameters: true));
            if (IsPkcsConforming(plaintext))
            {
                return true; // goes on: waits for ChangeCipherSpec and Finished
            }

            await SendAsync(new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure).Encode(recordVersion)).ConfigureAwait(false);
            return false;
        }

        if (record.Type == ContentType.Handshake)
        {
            // After ChangeCipherSpec this is the encrypted Finished; this server derives no keys, so it never verifies.
            await SendAsync(new Alert(AlertLevel.Fatal, AlertDescription.BadRecordMac).Encode(recordVersion)).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    /// <summary>TLS frames the encrypted secret with two length bytes (RFC 5246 §7.4.7.1); SSL 3.0 clients often do not.</summary>
    private static ReadOnlySpan<byte> EncryptedPremasterSecret(byte[] body) =>
        body.Length >= sizeof(ushort) && BinaryPrimitives.ReadUInt16BigEndian(body) == body.Length - sizeof(ushort)
            ? body.AsSpan(sizeof(ushort))
            : body;

    /// <summary>
    /// Textbook RSA decryption, m = c^d mod n (RFC 8017 §5.1.2 RSADP), as k big-endian bytes. Deliberately not
    /// RSA.Decrypt: the platform may do implicit rejection and hide exactly the padding this flaw must see.
    /// </summary>
    private static byte[] RawDecrypt(ReadOnlySpan<byte> ciphertext, RSAParameters key)
    {
        var n = new BigInteger(key.Modulus, isUnsigned: true, isBigEndian: true);
        var d = new BigInteger(key.D, isUnsigned: true, isBigEndian: true);
        var m = BigInteger.ModPow(new BigInteger(ciphertext, isUnsigned: true, isBigEndian: true) % n, d, n);
        var bytes = m.ToByteArray(isUnsigned: true, isBigEndian: true);
        var k = key.Modulus!.Length;
        var block = new byte[Math.Max(k, bytes.Length)];
        bytes.CopyTo(block.AsSpan(block.Length - bytes.Length));
        return block;
    }

    /// <summary>Bleichenbacher's "PKCS conforming": 00 02, eight or more nonzero bytes, a 00 after them.</summary>
    private static bool IsPkcsConforming(ReadOnlySpan<byte> block)
    {
        if (block.Length < 2 + RobotMinPadding + 1 || block[0] != 0x00 || block[1] != 0x02)
        {
            return false;
        }

        var separator = block[2..].IndexOf((byte)0x00);
        return separator >= RobotMinPadding;
    }
}
