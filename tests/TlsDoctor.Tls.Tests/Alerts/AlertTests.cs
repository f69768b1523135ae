using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Alerts;

/// <summary>Alert messages, RFC 8446 §6 (struct { AlertLevel level; AlertDescription description; }) and RFC 5246 §7.2.</summary>
public class AlertTests
{
    internal static readonly byte[] FatalHandshakeFailure =
    [
        0x02, // Alert.level = fatal(2)
        0x28, // Alert.description = handshake_failure(40)
    ];

    [Fact]
    public void ParseFragment_FatalHandshakeFailure_ReadsLevelAndDescription()
    {
        var alert = ParseAssert.Done(Alert.ParseFragment(FatalHandshakeFailure), Alert.Length);

        Assert.Equal(AlertLevel.Fatal, alert.Level);
        Assert.Equal(AlertDescription.HandshakeFailure, alert.Description);
    }

    [Fact]
    public void ParseFragment_WarningCloseNotify_ReadsLevelAndDescription()
    {
        byte[] fragment =
        [
            0x01, // Alert.level = warning(1)
            0x00, // Alert.description = close_notify(0)
        ];

        var alert = ParseAssert.Done(Alert.ParseFragment(fragment), Alert.Length);

        Assert.Equal(new Alert(AlertLevel.Warning, AlertDescription.CloseNotify), alert);
    }

    [Fact]
    public void ParseFragment_UnknownDescription_KeptAsItsNumber()
    {
        var alert = ParseAssert.Done(Alert.ParseFragment([0x02, 0xFE]), Alert.Length);

        Assert.Equal((AlertDescription)0xFE, alert.Description);
    }

    [Fact]
    public void ParseFragment_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(FatalHandshakeFailure, bytes => Alert.ParseFragment(bytes));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(0xFF)]
    public void ParseFragment_LevelNeitherWarningNorFatal_Invalid(byte level) =>
        ParseAssert.Invalid(Alert.ParseFragment([level, 0x28]), $"alert level {level}");

    [Fact]
    public void Encode_FatalHandshakeFailure_WritesAlertRecord()
    {
        byte[] expected =
        [
            0x15,       // TLSPlaintext.type = alert(21)
            0x03, 0x03, // legacy_record_version = TLS 1.2
            0x00, 0x02, // length = 2
            0x02,       // Alert.level = fatal
            0x28,       // Alert.description = handshake_failure
        ];

        var bytes = new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure).Encode();

        Assert.Equal(expected, bytes);
        var record = ParseAssert.Done(TlsRecord.TryParse(bytes), bytes.Length);
        Assert.Equal(ContentType.Alert, record.Type);
    }
}
