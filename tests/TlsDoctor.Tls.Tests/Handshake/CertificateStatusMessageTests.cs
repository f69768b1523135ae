using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>CertificateStatus, RFC 6066 §8 (struct { CertificateStatusType status_type; OCSPResponse response; }).</summary>
public class CertificateStatusMessageTests
{
    private static readonly byte[] Message = HandshakeMessageTests.CertificateStatus;

    [Fact]
    public void TryParse_OcspResponse_ReadsTypeAndResponse()
    {
        var status = ParseAssert.Done(CertificateStatusMessage.TryParse(Message), Message.Length);

        Assert.Equal(CertificateStatusMessage.Ocsp, status.StatusType);
        Assert.Equal(new byte[] { 0x30, 0x03, 0x0A, 0x01, 0x03 }, status.Response);
    }

    [Fact]
    public void TryParse_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Message, bytes => CertificateStatusMessage.TryParse(bytes));

    [Fact]
    public void TryParse_ResponseLengthOverrunsBody_Invalid()
    {
        byte[] message =
        [
            0x16, 0x00, 0x00, 0x05, // certificate_status, length 5
            0x01,                   // status_type = ocsp
            0x00, 0x00, 0x09,       // OCSPResponse length = 9, one byte follows
            0x30,
        ];

        ParseAssert.Invalid(CertificateStatusMessage.TryParse(message), "does not match");
    }

    [Fact]
    public void TryParse_BytesAfterResponse_Invalid()
    {
        byte[] message =
        [
            0x16, 0x00, 0x00, 0x06, // certificate_status, length 6
            0x01,                   // status_type = ocsp
            0x00, 0x00, 0x01,       // OCSPResponse length = 1
            0x30,                   //   response
            0x00,                   // stray byte
        ];

        ParseAssert.Invalid(CertificateStatusMessage.TryParse(message), "does not match");
    }

    [Fact]
    public void TryParse_EmptyBody_Invalid() =>
        ParseAssert.Invalid(CertificateStatusMessage.TryParse([0x16, 0x00, 0x00, 0x00]), "does not match");
}
