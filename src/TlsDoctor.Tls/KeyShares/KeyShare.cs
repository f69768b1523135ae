using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// A client key share for one group: the public bytes that go into key_share (RFC 8446 §4.2.8) and the private
/// half, so that a TLS 1.3 probe can derive the handshake secret and read the server's encrypted flight.
/// </summary>
public abstract class KeyShare(NamedGroup group, byte[] publicKey)
{
    public NamedGroup Group { get; } = group;

    /// <summary>KeyShareEntry.key_exchange as sent.</summary>
    public byte[] PublicKey { get; } = publicKey;

    /// <summary>
    /// The (EC)DHE / KEM shared secret for the server's key_exchange bytes, or null when those bytes are not a
    /// valid share for this group (wrong length, point not on the curve).
    /// </summary>
    public abstract byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare);
}
