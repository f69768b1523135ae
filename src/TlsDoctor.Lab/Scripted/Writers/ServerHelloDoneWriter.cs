using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted.Writers;

/// <summary>Writes ServerHelloDone (RFC 5246 §7.4.5: <c>struct { } ServerHelloDone;</c>).</summary>
public static class ServerHelloDoneWriter
{
    /// <summary>The whole message: the four-byte header and an empty body.</summary>
    public static byte[] Write() => new HandshakeMessage(HandshakeType.ServerHelloDone, []).Encode();
}
