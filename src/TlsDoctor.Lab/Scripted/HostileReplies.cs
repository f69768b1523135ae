using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>The bytes a hostile server answers with (see <see cref="HostileMode"/>).</summary>
public static class HostileReplies
{
    /// <summary>0xDE is no TLS content type (RFC 8446 §5.1) and has the SSLv2 bit clear: nothing a client can read.</summary>
    public static byte[] Garbage { get; } = [.. Enumerable.Repeat<byte>(0xDE, 16), .. "not a TLS server\r\n"u8];

    /// <summary>The first half of a well-formed ServerHello record: a header promising more than is sent.</summary>
    public static byte[] TruncatedServerHello()
    {
        var record = ServerHelloRecord(ServerHelloWriter.Write((ushort)TlsVersion.Tls12, new byte[ServerHello.RandomLength], [], Suite, 0, []));
        return record[..(record.Length / 2)];
    }

    /// <summary>
    /// A whole record and handshake message whose ServerHello body lies: its session_id length (0xFF) runs past the
    /// end of the message, so no reader can parse it however many bytes follow.
    /// </summary>
    public static byte[] MalformedServerHello()
    {
        var message = ServerHelloWriter.Write((ushort)TlsVersion.Tls12, new byte[ServerHello.RandomLength], [], Suite, 0, []);
        message[SessionIdLengthOffset] = 0xFF;
        return ServerHelloRecord(message);
    }

    /// <summary>TLS_RSA_WITH_AES_128_CBC_SHA: any plausible suite will do.</summary>
    private const ushort Suite = 0x002F;

    /// <summary>The handshake header, then server_version and random, then session_id's length byte.</summary>
    private const int SessionIdLengthOffset = HandshakeMessage.HeaderLength + 2 + ServerHello.RandomLength;

    private static byte[] ServerHelloRecord(byte[] message) => TlsRecord.Encode(ContentType.Handshake, (ushort)TlsVersion.Tls12, message);
}
