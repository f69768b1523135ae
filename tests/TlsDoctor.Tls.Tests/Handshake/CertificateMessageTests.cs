using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// Certificate messages in both shapes: RFC 5246 §7.4.2 (certificate_list of ASN.1Cert) and RFC 8446 §4.4.2
/// (certificate_request_context, then CertificateEntry with per-entry extensions). Real DER from
/// <see cref="TestCertificates"/>.
/// </summary>
public class CertificateMessageTests
{
    private const int Uint24 = 3;

    private static readonly byte[] Leaf = TestCertificates.LeafDer;
    private static readonly byte[] Issuer = TestCertificates.IssuerDer;

    /// <summary>RFC 5246 shape: leaf then issuer.</summary>
    internal static byte[] Tls12TwoCertificates()
    {
        var listLength = Uint24 + Leaf.Length + Uint24 + Issuer.Length;   // each ASN.1Cert has a uint24 length
        return
        [
            0x0B,                       // Handshake.msg_type = certificate(11)
            .. Hex.U24(Uint24 + listLength), // Handshake.length: certificate_list's length field, then the list
            .. Hex.U24(listLength),     // certificate_list length
            .. Hex.U24(Leaf.Length),    //   ASN.1Cert length
            .. Leaf,                    //     leaf certificate (DER)
            .. Hex.U24(Issuer.Length),  //   ASN.1Cert length
            .. Issuer,                  //     issuing CA (DER)
        ];
    }

    /// <summary>The OCSP response the TLS 1.3 leaf entry staples: OCSPResponse { responseStatus tryLater(3) }.</summary>
    private static readonly byte[] OcspTryLater = [0x30, 0x03, 0x0A, 0x01, 0x03];

    /// <summary>RFC 8446 shape: a request context, the leaf with a stapled OCSP response, the issuer with no extensions.</summary>
    internal static byte[] Tls13WithContextAndEntryExtensions()
    {
        byte[] leafExtensions =
        [
            0x00, 0x05,                 // extension_type = status_request(5) (RFC 8446 §4.4.2.1)
            0x00, 0x09,                 // extension_data length = 9
            0x01,                       //   CertificateStatus.status_type = ocsp(1)
            0x00, 0x00, 0x05,           //   OCSPResponse length = 5
            .. OcspTryLater,            //     OCSPResponse
        ];
        byte[] list =
        [
            .. Hex.U24(Leaf.Length),    // CertificateEntry.cert_data length
            .. Leaf,                    //   leaf certificate (DER)
            0x00, 0x0D,                 // CertificateEntry.extensions length = 13
            .. leafExtensions,
            .. Hex.U24(Issuer.Length),  // CertificateEntry.cert_data length
            .. Issuer,                  //   issuing CA (DER)
            0x00, 0x00,                 // CertificateEntry.extensions: none
        ];
        return
        [
            0x0B,                       // Handshake.msg_type = certificate(11)
            .. Hex.U24(1 + 2 + Uint24 + list.Length), // Handshake.length: context (1 + 2), list length, list
            0x02,                       // certificate_request_context length = 2
            0xC0, 0xDE,                 //   context (echoes a post-handshake CertificateRequest, RFC 8446 §4.6.2)
            .. Hex.U24(list.Length),    // certificate_list length
            .. list,
        ];
    }

    [Fact]
    public void TryParse_Tls12TwoCertificates_ReadsTheChainInOrder()
    {
        var message = Tls12TwoCertificates();

        var certificate = ParseAssert.Done(CertificateMessage.TryParse(message, tls13: false), message.Length);

        Assert.Empty(certificate.RequestContext);
        Assert.Equal(2, certificate.Certificates.Count);
        Assert.Equal(Leaf, certificate.Certificates[0]);
        Assert.Equal(Issuer, certificate.Certificates[1]);
        Assert.Empty(certificate.EntryExtensions);
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.Certificates[0]);
        Assert.Equal(TestCertificates.LeafSubject, leaf.Subject);
        Assert.Equal(TestCertificates.IssuerSubject, leaf.Issuer);
    }

    [Fact]
    public void TryParse_Tls13WithContextAndEntryExtensions_ReadsEachEntry()
    {
        var message = Tls13WithContextAndEntryExtensions();

        var certificate = ParseAssert.Done(CertificateMessage.TryParse(message, tls13: true), message.Length);

        Assert.Equal(new byte[] { 0xC0, 0xDE }, certificate.RequestContext);
        Assert.Equal([Leaf, Issuer], certificate.Certificates);
        Assert.Equal(2, certificate.EntryExtensions.Count);
        var statusRequest = Assert.Single(certificate.EntryExtensions[0]);
        Assert.Equal(ExtensionType.StatusRequest, statusRequest.KnownType);
        Assert.Equal([0x01, 0x00, 0x00, 0x05, .. OcspTryLater], statusRequest.Data);
        Assert.Empty(certificate.EntryExtensions[1]);
    }

    [Fact]
    public void TryParse_EmptyList_DoneWithNoCertificates()
    {
        byte[] message =
        [
            0x0B,             // certificate
            0x00, 0x00, 0x03, // length = 3
            0x00, 0x00, 0x00, // certificate_list: empty (a client with no certificate, RFC 5246 §7.4.6)
        ];

        Assert.Empty(ParseAssert.Done(CertificateMessage.TryParse(message, tls13: false), message.Length).Certificates);
    }

    [Fact]
    public void TryParse_EveryProperPrefixOfTls12Shape_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Tls12TwoCertificates(), bytes => CertificateMessage.TryParse(bytes, tls13: false));

    [Fact]
    public void TryParse_EveryProperPrefixOfTls13Shape_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Tls13WithContextAndEntryExtensions(), bytes => CertificateMessage.TryParse(bytes, tls13: true));

    [Fact]
    public void TryParse_CertificateLengthOverrunsList_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x08, // certificate, length 8
            0x00, 0x00, 0x05,       // certificate_list length = 5
            0x00, 0x00, 0x09,       //   ASN.1Cert length = 9, but 2 bytes remain in the list
            0x30, 0x00,
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: false), "overruns");
    }

    [Fact]
    public void TryParse_EmptyCertificate_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x06, // certificate, length 6
            0x00, 0x00, 0x03,       // certificate_list length = 3
            0x00, 0x00, 0x00,       //   ASN.1Cert length = 0 (RFC 5246: <1..2^24-1>)
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: false), "empty");
    }

    [Fact]
    public void TryParse_ListShorterThanBody_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x04, // certificate, length 4
            0x00, 0x00, 0x00,       // certificate_list length = 0
            0xFF,                   // a stray byte after the list
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: false), "does not match");
    }

    [Fact]
    public void TryParse_ContextOverrunsBody_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x02, // certificate, length 2
            0x05,                   // certificate_request_context length = 5, one byte follows
            0x00,
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: true), "certificate_request_context");
    }

    [Fact]
    public void TryParse_EntryExtensionsOverrunList_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x0A, // certificate, length 10
            0x00,                   // certificate_request_context: empty
            0x00, 0x00, 0x06,       // certificate_list length = 6
            0x00, 0x00, 0x01, 0x30, //   cert_data: one byte
            0x00, 0x04,             //   extensions length = 4, nothing follows
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: true), "extensions overrun");
    }

    [Fact]
    public void TryParse_DuplicateEntryExtensions_Invalid()
    {
        byte[] message =
        [
            0x0B, 0x00, 0x00, 0x12, // certificate, length 18
            0x00,                   // certificate_request_context: empty
            0x00, 0x00, 0x0E,       // certificate_list length = 14
            0x00, 0x00, 0x01, 0x30, //   cert_data: one byte
            0x00, 0x08,             //   extensions length = 8
            0x00, 0x12, 0x00, 0x00, //     signed_certificate_timestamp, empty
            0x00, 0x12, 0x00, 0x00, //     signed_certificate_timestamp again
        ];

        ParseAssert.Invalid(CertificateMessage.TryParse(message, tls13: true), "appears twice");
    }

    [Fact]
    public void TryParse_Tls13ShapeReadAsTls12_Invalid() =>
        Assert.Equal(ParseStatus.Invalid, CertificateMessage.TryParse(Tls13WithContextAndEntryExtensions(), tls13: false).Status);

    [Fact]
    public void TryParse_ServerHelloDoneType_Invalid() =>
        ParseAssert.Invalid(CertificateMessage.TryParse([0x0E, 0x00, 0x00, 0x00], tls13: false), "is not Certificate");
}
