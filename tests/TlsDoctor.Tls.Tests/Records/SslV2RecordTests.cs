using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Records;

/// <summary>SSLv2 record framing: draft-hickman-netscape-ssl-00, "SSL Record Header" (two- and three-byte headers).</summary>
public class SslV2RecordTests
{
    internal static readonly byte[] ShortHeaderRecord =
    [
        0x80, 0x03,       // two-byte header: high bit set, RECORD-LENGTH = 3
        0x04, 0x00, 0x01, //   message bytes
    ];

    internal static readonly byte[] LongHeaderRecord =
    [
        0x00, 0x05,       // three-byte header: high bit clear, RECORD-LENGTH = 5
        0x02,             // PADDING = 2
        0x07, 0x08, 0x09, //   message bytes
        0x00, 0x00,       //   padding bytes
    ];

    [Fact]
    public void TryParse_TwoByteHeader_ReadsMessageWithoutPadding()
    {
        var record = ParseAssert.Done(SslV2Record.TryParse(ShortHeaderRecord), ShortHeaderRecord.Length);

        Assert.Equal(new byte[] { 0x04, 0x00, 0x01 }, record.Message);
        Assert.Equal(0, record.Padding);
    }

    [Fact]
    public void TryParse_ThreeByteHeader_StripsPadding()
    {
        var record = ParseAssert.Done(SslV2Record.TryParse(LongHeaderRecord), LongHeaderRecord.Length);

        Assert.Equal(new byte[] { 0x07, 0x08, 0x09 }, record.Message);
        Assert.Equal(2, record.Padding);
    }

    [Fact]
    public void TryParse_TwoByteHeaderWithFifteenBitLength_ReadsAllOfIt()
    {
        var message = new byte[0x1234];
        byte[] data = [0x80 | 0x12, 0x34, .. message];   // RECORD-LENGTH = 0x1234 (15 bits)

        var record = ParseAssert.Done(SslV2Record.TryParse(data), data.Length);

        Assert.Equal(0x1234, record.Message.Length);
    }

    [Fact]
    public void TryParse_EveryProperPrefixOfShortHeaderRecord_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(ShortHeaderRecord, bytes => SslV2Record.TryParse(bytes));

    [Fact]
    public void TryParse_EveryProperPrefixOfLongHeaderRecord_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(LongHeaderRecord, bytes => SslV2Record.TryParse(bytes));

    [Fact]
    public void TryParse_ZeroLength_Invalid() =>
        ParseAssert.Invalid(SslV2Record.TryParse([0x80, 0x00]), "length 0");

    [Fact]
    public void TryParse_PaddingLongerThanRecord_Invalid() =>
        ParseAssert.Invalid(SslV2Record.TryParse([0x00, 0x02, 0x03, 0x00, 0x00]), "padding 3");

    [Fact]
    public void Encode_Message_WritesTwoByteHeader()
    {
        var bytes = SslV2Record.Encode([0x04, 0x00, 0x01]);

        Assert.Equal(ShortHeaderRecord, bytes);
    }

    [Fact]
    public void Encode_MessageOver15Bits_Throws() =>
        Assert.Throws<ArgumentException>(() => SslV2Record.Encode(new byte[SslV2Record.MaxShortLength + 1]));
}
