using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;
using CertificateRequest = TlsDoctor.Tls.Handshake.CertificateRequest;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// CertificateRequest: RFC 5246 §7.4.4 (certificate_types, supported_signature_algorithms from TLS 1.2,
/// certificate_authorities) and RFC 8446 §4.3.2 (certificate_request_context and extensions).
/// </summary>
public class CertificateRequestTests
{
    /// <summary>DistinguishedName "CN=Root CA" in DER (RFC 5280 §4.1.2.4).</summary>
    private static readonly byte[] RootCaName =
    [
        0x30, 0x12,             // Name ::= SEQUENCE, 18 bytes
        0x31, 0x10,             //   RelativeDistinguishedName ::= SET, 16 bytes
        0x30, 0x0E,             //     AttributeTypeAndValue ::= SEQUENCE, 14 bytes
        0x06, 0x03, 0x55, 0x04, 0x03, // type = id-at-commonName (2.5.4.3)
        0x0C, 0x07, 0x52, 0x6F, 0x6F, 0x74, 0x20, 0x43, 0x41, // value = UTF8String "Root CA"
    ];

    private static readonly byte[] IssuerName = new X500DistinguishedName(TestCertificates.IssuerSubject).RawData;

    internal static byte[] Tls12WithAuthorities()
    {
        byte[] authorities =
        [
            .. Hex.U16(RootCaName.Length), // DistinguishedName length
            .. RootCaName,
            .. Hex.U16(IssuerName.Length), // DistinguishedName length
            .. IssuerName,
        ];
        byte[] body =
        [
            0x02,                   // certificate_types length = 2
            0x01,                   //   rsa_sign(1)
            0x40,                   //   ecdsa_sign(64) (RFC 8422 §5.5)
            0x00, 0x04,             // supported_signature_algorithms length = 4
            0x04, 0x01,             //   rsa_pkcs1_sha256
            0x04, 0x03,             //   ecdsa_secp256r1_sha256
            .. Hex.U16(authorities.Length), // certificate_authorities length
            .. authorities,
        ];
        return
        [
            0x0D,                   // Handshake.msg_type = certificate_request(13)
            .. Hex.U24(body.Length),// Handshake.length
            .. body,
        ];
    }

    internal static readonly byte[] Tls11NoAuthorities =
    [
        0x0D,                   // Handshake.msg_type = certificate_request(13)
        0x00, 0x00, 0x05,       // Handshake.length = 5
        0x02,                   // certificate_types length = 2
        0x01,                   //   rsa_sign(1)
        0x02,                   //   dss_sign(2)
                                // no supported_signature_algorithms before TLS 1.2
        0x00, 0x00,             // certificate_authorities: empty (any CA)
    ];

    internal static readonly byte[] Tls13 =
    [
        0x0D,                   // Handshake.msg_type = certificate_request(13)
        0x00, 0x00, 0x29,       // Handshake.length = 41
        0x00,                   // certificate_request_context: empty (in the handshake, RFC 8446 §4.3.2)
        0x00, 0x26,             // extensions length = 38
        0x00, 0x0D, 0x00, 0x08, //   signature_algorithms, length 8
        0x00, 0x06,             //     supported_signature_algorithms length = 6
        0x08, 0x04,             //       rsa_pss_rsae_sha256
        0x04, 0x03,             //       ecdsa_secp256r1_sha256
        0x08, 0x07,             //       ed25519
        0x00, 0x2F, 0x00, 0x16, //   certificate_authorities, length 22 (RFC 8446 §4.2.4)
        0x00, 0x14,             //     authorities length = 20
        0x30, 0x12, 0x31, 0x10, 0x30, 0x0E, 0x06, 0x03, 0x55, 0x04, 0x03, // DistinguishedName "CN=Root CA"
        0x0C, 0x07, 0x52, 0x6F, 0x6F, 0x74, 0x20, 0x43, 0x41,
    ];

    [Fact]
    public void TryParse_Tls12WithAuthorities_ReadsTypesSchemesAndNames()
    {
        var message = Tls12WithAuthorities();

        var request = ParseAssert.Done(CertificateRequest.TryParse(message, TlsVersion.Tls12), message.Length);

        Assert.Equal(new byte[] { 0x01, 0x40 }, request.CertificateTypes);
        Assert.Equal([SignatureScheme.RsaPkcs1Sha256, SignatureScheme.EcdsaSecp256r1Sha256], request.SignatureSchemes);
        Assert.Equal([RootCaName, IssuerName], request.CertificateAuthorities);
        Assert.Equal("CN=Root CA", new X500DistinguishedName(request.CertificateAuthorities[0]).Name);
        Assert.Empty(request.Extensions);
    }

    [Fact]
    public void TryParse_Tls11_HasNoSignatureAlgorithms()
    {
        var request = ParseAssert.Done(CertificateRequest.TryParse(Tls11NoAuthorities, TlsVersion.Tls11), Tls11NoAuthorities.Length);

        Assert.Equal(new byte[] { 0x01, 0x02 }, request.CertificateTypes);
        Assert.Empty(request.SignatureSchemes);
        Assert.Empty(request.CertificateAuthorities);
    }

    [Fact]
    public void TryParse_Tls13_ReadsSchemesFromSignatureAlgorithms()
    {
        var request = ParseAssert.Done(CertificateRequest.TryParse(Tls13, TlsVersion.Tls13), Tls13.Length);

        Assert.Equal([SignatureScheme.RsaPssRsaeSha256, SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.Ed25519], request.SignatureSchemes);
        Assert.Empty(request.CertificateTypes);
        Assert.Equal([ExtensionType.SignatureAlgorithms, ExtensionType.CertificateAuthorities], request.Extensions.Select(e => e.KnownType));
        Assert.Equal([0x00, 0x14, .. RootCaName], request.Extensions[1].Data);
    }

    [Fact]
    public void TryParse_EveryProperPrefixOfTls12Shape_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Tls12WithAuthorities(), bytes => CertificateRequest.TryParse(bytes, TlsVersion.Tls12));

    [Fact]
    public void TryParse_EveryProperPrefixOfTls11Shape_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Tls11NoAuthorities, bytes => CertificateRequest.TryParse(bytes, TlsVersion.Tls11));

    [Fact]
    public void TryParse_EveryProperPrefixOfTls13Shape_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Tls13, bytes => CertificateRequest.TryParse(bytes, TlsVersion.Tls13));

    [Fact]
    public void TryParse_OddSignatureAlgorithmsLength_Invalid()
    {
        byte[] message =
        [
            0x0D, 0x00, 0x00, 0x08, // certificate_request, length 8
            0x01, 0x01,             // certificate_types: rsa_sign
            0x00, 0x03,             // supported_signature_algorithms length = 3 (pairs of bytes)
            0x04, 0x01, 0x04,
            0x00,                   // one byte of certificate_authorities length
        ];

        ParseAssert.Invalid(CertificateRequest.TryParse(message, TlsVersion.Tls12), "supported_signature_algorithms");
    }

    [Fact]
    public void TryParse_TypesLengthOverrunsBody_Invalid() =>
        ParseAssert.Invalid(CertificateRequest.TryParse([0x0D, 0x00, 0x00, 0x02, 0x05, 0x01], TlsVersion.Tls12), "certificate_types");

    [Fact]
    public void TryParse_DistinguishedNameOverrunsAuthorities_Invalid()
    {
        byte[] message =
        [
            0x0D, 0x00, 0x00, 0x0B, // certificate_request, length 11
            0x01, 0x01,             // certificate_types: rsa_sign
            0x00, 0x02, 0x04, 0x01, // supported_signature_algorithms: rsa_pkcs1_sha256
            0x00, 0x03,             // certificate_authorities length = 3
            0x00, 0x05, 0x30,       //   DistinguishedName length = 5, one byte follows
        ];

        ParseAssert.Invalid(CertificateRequest.TryParse(message, TlsVersion.Tls12), "DistinguishedName");
    }

    [Fact]
    public void TryParse_AuthoritiesLengthOverrunsBody_Invalid()
    {
        byte[] message =
        [
            0x0D, 0x00, 0x00, 0x04, // certificate_request, length 4
            0x01, 0x01,             // certificate_types: rsa_sign
            0x00, 0x09,             // certificate_authorities length = 9, nothing follows
        ];

        ParseAssert.Invalid(CertificateRequest.TryParse(message, TlsVersion.Tls11), "certificate_authorities");
    }

    [Fact]
    public void TryParse_Tls13DuplicateExtensions_Invalid()
    {
        byte[] message =
        [
            0x0D, 0x00, 0x00, 0x0B, // certificate_request, length 11
            0x00,                   // context: empty
            0x00, 0x08,             // extensions length = 8
            0x00, 0x31, 0x00, 0x00, //   post_handshake_auth
            0x00, 0x31, 0x00, 0x00, //   post_handshake_auth again
        ];

        ParseAssert.Invalid(CertificateRequest.TryParse(message, TlsVersion.Tls13), "appears twice");
    }

    [Fact]
    public void TryParse_Tls13ExtensionsLengthOverrunsBody_Invalid() =>
        ParseAssert.Invalid(CertificateRequest.TryParse([0x0D, 0x00, 0x00, 0x03, 0x00, 0x00, 0x04], TlsVersion.Tls13), "does not match");
}
