using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Records;

/// <summary>
/// TLS record framing, RFC 8446 §5.1 (TLSPlaintext) and RFC 5246 §6.2.1; the 2^14 + 2048 ceiling is
/// RFC 5246 §6.2.3 (TLSCiphertext.length).
/// </summary>
public class TlsRecordTests
{
    /// <summary>A handshake record carrying a ServerHelloDone.</summary>
    internal static readonly byte[] HandshakeRecord =
    [
        0x16,             // TLSPlaintext.type = handshake(22)
        0x03, 0x03,       // TLSPlaintext.legacy_record_version = TLS 1.2
        0x00, 0x04,       // TLSPlaintext.length = 4
        0x0E,             //   Handshake.msg_type = server_hello_done(14)
        0x00, 0x00, 0x00, //   Handshake.length = 0
    ];

    [Fact]
    public void TryParse_HandshakeRecord_ReadsTypeVersionAndFragment()
    {
        var record = ParseAssert.Done(TlsRecord.TryParse(HandshakeRecord), HandshakeRecord.Length);

        Assert.Equal(ContentType.Handshake, record.Type);
        Assert.Equal(0x0303, record.Version);
        Assert.Equal(new byte[] { 0x0E, 0x00, 0x00, 0x00 }, record.Fragment);
    }

    [Fact]
    public void TryParse_TwoRecordsBackToBack_ConsumesOnlyTheFirst()
    {
        byte[] data =
        [
            0x15,             // TLSPlaintext.type = alert(21)
            0x03, 0x01,       // TLSPlaintext.legacy_record_version = TLS 1.0
            0x00, 0x02,       // TLSPlaintext.length = 2
            0x02, 0x28,       //   Alert fatal(2) handshake_failure(40)
            .. HandshakeRecord,
        ];

        var first = ParseAssert.Done(TlsRecord.TryParse(data), 7);
        var second = ParseAssert.Done(TlsRecord.TryParse(data.AsSpan(7)), HandshakeRecord.Length);

        Assert.Equal(ContentType.Alert, first.Type);
        Assert.Equal(0x0301, first.Version);
        Assert.Equal(new byte[] { 0x02, 0x28 }, first.Fragment);
        Assert.Equal(ContentType.Handshake, second.Type);
    }

    [Fact]
    public void TryParse_EmptyFragment_Done()
    {
        byte[] data =
        [
            0x17,             // TLSPlaintext.type = application_data(23)
            0x03, 0x03,       // legacy_record_version
            0x00, 0x00,       // length = 0
        ];

        var record = ParseAssert.Done(TlsRecord.TryParse(data), TlsRecord.HeaderLength);

        Assert.Equal(ContentType.ApplicationData, record.Type);
        Assert.Empty(record.Fragment);
    }

    [Fact]
    public void TryParse_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(HandshakeRecord, bytes => TlsRecord.TryParse(bytes));

    [Fact]
    public void TryParse_EveryProperPrefixOfALargestRecord_NeedsMoreData()
    {
        var record = new byte[TlsRecord.HeaderLength + TlsRecord.MaxFragmentLength];
        record[0] = 0x17;                                 // application_data
        record[1] = 0x03;                                 // legacy_record_version major
        record[2] = 0x03;                                 // legacy_record_version minor
        record[3] = TlsRecord.MaxFragmentLength >> 8;     // length = 2^14 + 2048
        record[4] = TlsRecord.MaxFragmentLength & 0xFF;

        // Spans, not copies: the sweep is 18 437 prefixes and a truncated parse copies nothing.
        for (var length = 0; length < record.Length; length++)
        {
            Assert.Equal(ParseStatus.NeedMoreData, TlsRecord.TryParse(record.AsSpan(0, length)).Status);
        }

        ParseAssert.Done(TlsRecord.TryParse(record), record.Length);
    }

    [Fact]
    public void TryParse_LengthOver2Pow14Plus2048_Invalid()
    {
        byte[] data =
        [
            0x17,             // application_data
            0x03, 0x03,       // legacy_record_version
            0x48, 0x01,       // length = 18433 = 2^14 + 2048 + 1
        ];

        ParseAssert.Invalid(TlsRecord.TryParse(data), "exceeds");
    }

    [Fact]
    public void TryParse_HttpResponse_InvalidNamingTheContentType()
    {
        var data = "HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray();

        // 'H' = 72 is no content type: a plaintext HTTP server answered the ClientHello.
        ParseAssert.Invalid(TlsRecord.TryParse(data), "content type 72");
    }

    [Fact]
    public void TryParse_FirstByteOnlyOfHttp_InvalidAtOnce() =>
        ParseAssert.Invalid(TlsRecord.TryParse("H"u8), "content type");

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x13)]
    [InlineData(0x19)]
    [InlineData(0x80)]
    public void TryParse_UnknownContentType_Invalid(byte type) =>
        ParseAssert.Invalid(TlsRecord.TryParse([type, 0x03, 0x03, 0x00, 0x00]), "content type");

    [Theory]
    [InlineData(0x14, ContentType.ChangeCipherSpec)]
    [InlineData(0x15, ContentType.Alert)]
    [InlineData(0x16, ContentType.Handshake)]
    [InlineData(0x17, ContentType.ApplicationData)]
    [InlineData(0x18, ContentType.Heartbeat)]
    public void TryParse_EachContentType_Done(byte type, ContentType expected)
    {
        var record = ParseAssert.Done(TlsRecord.TryParse([type, 0x03, 0x03, 0x00, 0x01, 0x01]), 6);

        Assert.Equal(expected, record.Type);
    }

    [Fact]
    public void TryParse_MajorVersionNot3_Invalid() =>
        ParseAssert.Invalid(TlsRecord.TryParse([0x16, 0x02, 0x00]), "major byte 2");

    [Fact]
    public void Encode_ShortPayload_WritesOneRecord()
    {
        var bytes = TlsRecord.Encode(ContentType.Handshake, 0x0303, [0x0E, 0x00, 0x00, 0x00]);

        Assert.Equal(HandshakeRecord, bytes);
    }

    [Fact]
    public void Encode_PayloadOver2Pow14_SplitsIntoFullRecordsThenTheRest()
    {
        var payload = new byte[TlsRecord.MaxPlaintextLength + 10];
        new Random(7).NextBytes(payload);

        var bytes = TlsRecord.Encode(ContentType.Handshake, 0x0301, payload);

        var first = ParseAssert.Done(TlsRecord.TryParse(bytes), TlsRecord.HeaderLength + TlsRecord.MaxPlaintextLength);
        var second = ParseAssert.Done(TlsRecord.TryParse(bytes.AsSpan(TlsRecord.HeaderLength + TlsRecord.MaxPlaintextLength)), TlsRecord.HeaderLength + 10);
        Assert.Equal(payload[..TlsRecord.MaxPlaintextLength], first.Fragment);
        Assert.Equal(payload[TlsRecord.MaxPlaintextLength..], second.Fragment);
        Assert.Equal(bytes.Length, (2 * TlsRecord.HeaderLength) + payload.Length);
    }
}
