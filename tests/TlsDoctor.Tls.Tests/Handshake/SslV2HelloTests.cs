using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// SSLv2 CLIENT-HELLO and SERVER-HELLO: draft-hickman-netscape-ssl-00, "Client Only Protocol Messages" and
/// "Server Only Protocol Messages"; cipher kinds from its "Cipher Kind Values" appendix.
/// </summary>
public class SslV2HelloTests
{
    private static readonly byte[] ConnectionId =
        [0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF];

    internal static byte[] ServerHelloRecord()
    {
        var certificate = TestCertificates.LeafDer;
        byte[] message =
        [
            0x04,                           // MSG-SERVER-HELLO
            0x00,                           // SESSION-ID-HIT = 0 (no cached session)
            0x01,                           // CERTIFICATE-TYPE = SSL_X509_CERTIFICATE
            0x00, 0x02,                     // SERVER-VERSION = SSL_SERVER_VERSION (2)
            .. Hex.U16(certificate.Length), // CERTIFICATE-LENGTH
            0x00, 0x06,                     // CIPHER-SPECS-LENGTH = 6 (two specs of 3 bytes)
            0x00, 0x10,                     // CONNECTION-ID-LENGTH = 16
            .. certificate,                 // CERTIFICATE-DATA (X.509, DER)
            0x01, 0x00, 0x80,               // CIPHER-SPECS-DATA: SSL_CK_RC4_128_WITH_MD5
            0x07, 0x00, 0xC0,               //                    SSL_CK_DES_192_EDE3_CBC_WITH_MD5
            .. ConnectionId,                // CONNECTION-ID-DATA
        ];
        return
        [
            (byte)(0x80 | (message.Length >> 8)), // record header: high bit set (no padding), length MSB
            (byte)message.Length,                  //                length LSB
            .. message,
        ];
    }

    [Fact]
    public void TryParse_ServerHello_ReadsEveryField()
    {
        var record = ServerHelloRecord();

        var hello = ParseAssert.Done(SslV2ServerHello.TryParse(record), record.Length);

        Assert.False(hello.SessionIdHit);
        Assert.Equal(1, hello.CertificateType);
        Assert.Equal(0x0002, hello.Version);
        Assert.Equal(TestCertificates.LeafDer, hello.Certificate);
        Assert.Equal([0x010080u, 0x0700C0u], hello.CipherSpecs);
        Assert.Equal(ConnectionId, hello.ConnectionId);
        using var certificate = X509CertificateLoader.LoadCertificate(hello.Certificate);
        Assert.Equal(TestCertificates.LeafSubject, certificate.Subject);
    }

    [Fact]
    public void TryParse_ServerHelloWithNoCommonCipher_ReadsEmptySpecList()
    {
        byte[] record =
        [
            0x80, 0x0D,             // record header, length 13
            0x04,                   // MSG-SERVER-HELLO
            0x01,                   // SESSION-ID-HIT = 1
            0x01,                   // CERTIFICATE-TYPE = SSL_X509_CERTIFICATE
            0x00, 0x02,             // SERVER-VERSION = 2
            0x00, 0x00,             // CERTIFICATE-LENGTH = 0 (a session hit sends none)
            0x00, 0x00,             // CIPHER-SPECS-LENGTH = 0
            0x00, 0x02,             // CONNECTION-ID-LENGTH = 2
            0xAB, 0xCD,             // CONNECTION-ID-DATA
        ];

        var hello = ParseAssert.Done(SslV2ServerHello.TryParse(record), record.Length);

        Assert.True(hello.SessionIdHit);
        Assert.Empty(hello.Certificate);
        Assert.Empty(hello.CipherSpecs);
        Assert.Equal(new byte[] { 0xAB, 0xCD }, hello.ConnectionId);
    }

    [Fact]
    public void TryParse_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(ServerHelloRecord(), bytes => SslV2ServerHello.TryParse(bytes));

    [Fact]
    public void TryParse_TlsHandshakeRecord_Invalid() =>
        ParseAssert.Invalid(SslV2ServerHello.TryParse([0x16, 0x03, 0x01, 0x00, 0x04]), "two-byte record header");

    [Fact]
    public void TryParse_ErrorMessage_InvalidNamingItsType()
    {
        byte[] record =
        [
            0x80, 0x03,             // record header, length 3
            0x00,                   // MSG-ERROR
            0x00, 0x01,             // SSL_PE_NO_CIPHER
        ];

        ParseAssert.Invalid(SslV2ServerHello.TryParse(record), "type 0 is not SERVER-HELLO");
    }

    [Fact]
    public void TryParse_CipherSpecsNotMultipleOf3_Invalid()
    {
        byte[] record =
        [
            0x80, 0x0F,             // record header, length 15
            0x04, 0x00, 0x01, 0x00, 0x02, // SERVER-HELLO, no hit, X.509, version 2
            0x00, 0x00,             // CERTIFICATE-LENGTH = 0
            0x00, 0x04,             // CIPHER-SPECS-LENGTH = 4
            0x00, 0x00,             // CONNECTION-ID-LENGTH = 0
            0x01, 0x00, 0x80, 0x07,
        ];

        ParseAssert.Invalid(SslV2ServerHello.TryParse(record), "not a multiple of 3");
    }

    [Fact]
    public void TryParse_FieldsOverrunRecord_Invalid()
    {
        byte[] record =
        [
            0x80, 0x0C,             // record header, length 12
            0x04, 0x00, 0x01, 0x00, 0x02, // SERVER-HELLO, no hit, X.509, version 2
            0x01, 0x00,             // CERTIFICATE-LENGTH = 256, one byte follows
            0x00, 0x00,             // CIPHER-SPECS-LENGTH = 0
            0x00, 0x00,             // CONNECTION-ID-LENGTH = 0
            0x30,
        ];

        ParseAssert.Invalid(SslV2ServerHello.TryParse(record), "overrun");
    }

    [Fact]
    public void TryParse_ShorterThanFixedFields_Invalid() =>
        ParseAssert.Invalid(SslV2ServerHello.TryParse([0x80, 0x03, 0x04, 0x00, 0x01]), "fixed fields");

    [Fact]
    public void ClientHelloBuild_TwoSpecs_WritesAnnotatedBytes()
    {
        byte[] challenge = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F];
        byte[] expected =
        [
            0x80, 0x1F,             // record header: high bit set, length 31
            0x01,                   // MSG-CLIENT-HELLO
            0x00, 0x02,             // CLIENT-VERSION = SSL_CLIENT_VERSION (2)
            0x00, 0x06,             // CIPHER-SPECS-LENGTH = 6
            0x00, 0x00,             // SESSION-ID-LENGTH = 0 (no session to resume)
            0x00, 0x10,             // CHALLENGE-LENGTH = 16
            0x01, 0x00, 0x80,       // CIPHER-SPECS-DATA: SSL_CK_RC4_128_WITH_MD5
            0x07, 0x00, 0xC0,       //                    SSL_CK_DES_192_EDE3_CBC_WITH_MD5
            .. challenge,           // CHALLENGE-DATA
        ];

        var bytes = SslV2ClientHello.Build([0x010080, 0x0700C0], challenge);

        Assert.Equal(expected, bytes);
        var record = ParseAssert.Done(SslV2Record.TryParse(bytes), bytes.Length);
        Assert.Equal(expected[2..], record.Message);
    }
}
