using TlsDoctor.Tls;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted.Writers;

/// <summary>Writes a TLS ≤ 1.2 ServerHello handshake message.</summary>
public static class ServerHelloWriter
{
    // RFC 5246 §7.4.1.3:
    //   struct {
    //       ProtocolVersion server_version;
    //       Random random;
    //       SessionID session_id;                  opaque SessionID<0..32>;
    //       CipherSuite cipher_suite;
    //       CompressionMethod compression_method;
    //       select (extensions_present) {
    //           case false: struct {};
    //           case true:  Extension extensions<0..2^16-1>;
    //       };
    //   } ServerHello;

    /// <summary>The whole message, header included. With no extensions the block is left out (what SSLv3 servers send).</summary>
    public static byte[] Write(ushort version, ReadOnlySpan<byte> random, ReadOnlySpan<byte> sessionId, ushort cipherSuite, byte compression, IReadOnlyList<Extension> extensions)
    {
        var body = new WireWriter(128);
        body.WriteUInt16(version);                  // server_version
        body.WriteBytes(random);                    // random (32 bytes)
        using (body.Vector(1))
        {
            body.WriteBytes(sessionId);             // session_id
        }

        body.WriteUInt16(cipherSuite);              // cipher_suite
        body.WriteUInt8(compression);               // compression_method
        if (extensions.Count > 0)
        {
            using (body.Vector(2))                  // extensions
            {
                foreach (var extension in extensions)
                {
                    body.WriteUInt16(extension.Type);        // extension_type
                    using (body.Vector(Extension.LengthFieldLength))
                    {
                        body.WriteBytes(extension.Data);     // extension_data
                    }
                }
            }
        }

        return new HandshakeMessage(HandshakeType.ServerHello, body.ToArray()).Encode();
    }
}
