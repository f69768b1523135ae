using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>
/// The key block cut into its parts (RFC 5246 §6.3): client_write_MAC_key, server_write_MAC_key,
/// client_write_key, server_write_key, client_write_IV, server_write_IV, in that order.
/// </summary>
public sealed record KeyBlock(byte[] ClientMacKey, byte[] ServerMacKey, byte[] ClientKey, byte[] ServerKey, byte[] ClientIv, byte[] ServerIv)
{
    /// <summary>Derives the key block for <paramref name="crypto"/> from the master secret and both randoms.</summary>
    public static KeyBlock Derive(TlsVersion version, SuiteCrypto crypto, ReadOnlySpan<byte> masterSecret, ReadOnlySpan<byte> clientRandom, ReadOnlySpan<byte> serverRandom)
    {
        var block = Prf.KeyBlock(version, crypto.PrfHash, masterSecret, clientRandom, serverRandom, crypto.KeyBlockLength);
        var offset = 0;
        byte[] Take(int length)
        {
            var part = block.AsSpan(offset, length).ToArray();
            offset += length;
            return part;
        }

        var clientMac = Take(crypto.MacKeyLength);
        var serverMac = Take(crypto.MacKeyLength);
        var clientKey = Take(crypto.KeyLength);
        var serverKey = Take(crypto.KeyLength);
        var clientIv = Take(crypto.FixedIvLength);
        var serverIv = Take(crypto.FixedIvLength);
        return new KeyBlock(clientMac, serverMac, clientKey, serverKey, clientIv, serverIv);
    }
}
