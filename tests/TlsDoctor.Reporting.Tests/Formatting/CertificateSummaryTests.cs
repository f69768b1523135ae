using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Tests.Formatting;

public sealed class CertificateSummaryTests
{
    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30 })]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 })]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff })]
    public void Read_NotACertificate_ErrorAndFingerprintNoThrow(byte[] der)
    {
        var summary = CertificateSummary.Read(der);

        Assert.NotNull(summary.Error);
        Assert.Null(summary.Subject);
        Assert.Equal(64, summary.Sha256.Length);
    }
}
