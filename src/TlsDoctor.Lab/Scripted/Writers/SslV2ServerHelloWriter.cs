using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;

namespace TlsDoctor.Lab.Scripted.Writers;

/// <summary>Writes the SSLv2 SERVER-HELLO and ERROR messages, framed as SSLv2 records.</summary>
public static class SslV2ServerHelloWriter
{
    // draft-hickman-netscape-ssl-00, "Server Only Protocol Messages":
    //   char MSG-SERVER-HELLO
    //   char SESSION-ID-HIT
    //   char CERTIFICATE-TYPE
    //   char SERVER-VERSION-MSB, SERVER-VERSION-LSB
    //   char CERTIFICATE-LENGTH-MSB, CERTIFICATE-LENGTH-LSB
    //   char CIPHER-SPECS-LENGTH-MSB, CIPHER-SPECS-LENGTH-LSB
    //   char CONNECTION-ID-LENGTH-MSB, CONNECTION-ID-LENGTH-LSB
    //   char CERTIFICATE-DATA[MSB<<8|LSB]
    //   char CIPHER-SPECS-DATA[MSB<<8|LSB]
    //   char CONNECTION-ID-DATA[MSB<<8|LSB]

    /// <summary>SSL_CT_X509_CERTIFICATE.</summary>
    public const byte X509CertificateType = 1;

    /// <summary>SSL_SERVER_VERSION.</summary>
    public const ushort ServerVersion = 0x0002;

    /// <summary>ERROR code NO-CIPHER-ERROR: "no common cipher spec".</summary>
    public const ushort NoCipherError = 0x0001;

    /// <summary>A SERVER-HELLO for a new session (SESSION-ID-HIT 0) with the leaf certificate and the specs both sides have.</summary>
    public static byte[] Write(ReadOnlySpan<byte> certificate, IReadOnlyList<uint> cipherSpecs, ReadOnlySpan<byte> connectionId)
    {
        var specsLength = cipherSpecs.Count * SslV2ServerHello.CipherSpecLength;
        var w = new WireWriter(SslV2ServerHello.FixedLength + certificate.Length + specsLength + connectionId.Length);
        w.WriteUInt8((byte)SslV2MessageType.ServerHello);   // MSG-SERVER-HELLO
        w.WriteUInt8(0);                                    // SESSION-ID-HIT: no
        w.WriteUInt8(X509CertificateType);                  // CERTIFICATE-TYPE
        w.WriteUInt16(ServerVersion);                       // SERVER-VERSION
        w.WriteUInt16((ushort)certificate.Length);          // CERTIFICATE-LENGTH
        w.WriteUInt16((ushort)specsLength);                 // CIPHER-SPECS-LENGTH
        w.WriteUInt16((ushort)connectionId.Length);         // CONNECTION-ID-LENGTH
        w.WriteBytes(certificate);                          // CERTIFICATE-DATA
        foreach (var spec in cipherSpecs)
        {
            w.WriteUInt24((int)spec);                       // CIPHER-SPECS-DATA, three bytes each
        }

        w.WriteBytes(connectionId);                         // CONNECTION-ID-DATA
        return SslV2Record.Encode(w.Written);
    }

    /// <summary>An ERROR message: <c>char MSG-ERROR; char ERROR-CODE-MSB; char ERROR-CODE-LSB</c>.</summary>
    public static byte[] Error(ushort code)
    {
        var w = new WireWriter(3);
        w.WriteUInt8((byte)SslV2MessageType.Error);         // MSG-ERROR
        w.WriteUInt16(code);                                // ERROR-CODE
        return SslV2Record.Encode(w.Written);
    }
}
