using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted.Writers;

/// <summary>Writes a TLS ≤ 1.2 Certificate handshake message.</summary>
public static class CertificateWriter
{
    // RFC 5246 §7.4.2:
    //   opaque ASN.1Cert<1..2^24-1>;
    //   struct {
    //       ASN.1Cert certificate_list<0..2^24-1>;
    //   } Certificate;
    private const int CertificateLengthBytes = 3;

    /// <summary>The whole message for a chain of DER certificates, leaf first.</summary>
    public static byte[] Write(IEnumerable<byte[]> chain)
    {
        var body = new WireWriter(4096);
        using (body.Vector(CertificateLengthBytes))             // certificate_list
        {
            foreach (var der in chain)
            {
                using (body.Vector(CertificateLengthBytes))     // ASN.1Cert
                {
                    body.WriteBytes(der);
                }
            }
        }

        return new HandshakeMessage(HandshakeType.Certificate, body.ToArray()).Encode();
    }
}
