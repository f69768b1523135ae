using System.Security.Cryptography;
using System.Text;

namespace TlsDoctor.Tls.Tls13;

/// <summary>
/// The slice of the TLS 1.3 key schedule (RFC 8446 §7.1) a scanner needs to read the server's handshake flight:
/// from the (EC)DHE secret and the ClientHello…ServerHello transcript to the server handshake traffic key and IV.
/// </summary>
public static class KeySchedule
{
    private static readonly byte[] LabelPrefix = Encoding.ASCII.GetBytes("tls13 ");

    /// <summary>The hash of a TLS 1.3 suite (RFC 8446 §B.4: SHA-384 only for TLS_AES_256_GCM_SHA384).</summary>
    public static HashAlgorithmName HashFor(ushort suite) => suite == 0x1302 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;

    public static int HashLength(HashAlgorithmName hash) => hash == HashAlgorithmName.SHA384 ? 48 : 32;

    /// <summary>
    /// HKDF-Expand-Label (RFC 8446 §7.1):
    ///   struct { uint16 length = Length; opaque label&lt;7..255&gt; = "tls13 " + Label; opaque context&lt;0..255&gt; = Context; } HkdfLabel;
    /// </summary>
    public static byte[] ExpandLabel(HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> context, int length)
    {
        var info = new WireWriter(64);
        info.WriteUInt16((ushort)length);                       // length
        using (info.Vector(1))                                  // label
        {
            info.WriteBytes(LabelPrefix);
            info.WriteBytes(Encoding.ASCII.GetBytes(label));
        }

        using (info.Vector(1))                                  // context
        {
            info.WriteBytes(context);
        }

        var output = new byte[length];
        HKDF.Expand(hash, secret, output, info.Written);
        return output;
    }

    /// <summary>Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length).</summary>
    public static byte[] DeriveSecret(HashAlgorithmName hash, ReadOnlySpan<byte> secret, string label, ReadOnlySpan<byte> transcriptHash) =>
        ExpandLabel(hash, secret, label, transcriptHash, HashLength(hash));

    /// <summary>server_handshake_traffic_secret for a shared secret and the hash of ClientHello…ServerHello.</summary>
    public static byte[] ServerHandshakeTrafficSecret(HashAlgorithmName hash, ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> helloHash)
    {
        var zeros = new byte[HashLength(hash)];
        //   0 -> HKDF-Extract = Early Secret (no PSK: IKM is zeros)
        var early = HKDF.Extract(hash, zeros, zeros);
        //   Derive-Secret(., "derived", "")
        var emptyHash = Hash(hash, []);
        var derived = DeriveSecret(hash, early, "derived", emptyHash);
        //   (EC)DHE -> HKDF-Extract = Handshake Secret
        var handshake = HKDF.Extract(hash, sharedSecret.ToArray(), derived);
        return DeriveSecret(hash, handshake, "s hs traffic", helloHash);
    }

    public static byte[] Hash(HashAlgorithmName hash, ReadOnlySpan<byte> data) =>
        hash == HashAlgorithmName.SHA384 ? SHA384.HashData(data) : SHA256.HashData(data);
}
