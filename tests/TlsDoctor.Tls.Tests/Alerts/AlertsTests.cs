using TlsDoctor.Tls.Alerts;

namespace TlsDoctor.Tls.Tests.Alerts;

public class AlertsTests
{
    [Fact]
    public void All_EveryEnumValue_HasARowWithAMeaning()
    {
        Assert.All(Enum.GetValues<AlertDescription>(), d =>
        {
            var row = TlsDoctor.Tls.Alerts.Alerts.Find((byte)d);
            Assert.NotNull(row);
            Assert.False(string.IsNullOrWhiteSpace(row.Meaning));
        });
    }

    [Fact]
    public void All_NamesAndValues_AreUniqueAndInOrder()
    {
        var all = TlsDoctor.Tls.Alerts.Alerts.All;

        Assert.Equal(all.Count, all.Select(a => a.Name).Distinct().Count());
        Assert.Equal(all.OrderBy(a => a.Value), all);
    }

    [Theory]
    [InlineData(40, "handshake_failure")]
    [InlineData(70, "protocol_version")]
    [InlineData(112, "unrecognized_name")]
    [InlineData(86, "inappropriate_fallback")]
    [InlineData(0, "close_notify")]
    [InlineData(120, "no_application_protocol")]
    public void Name_KnownDescription_IsIanaName(byte description, string name)
    {
        Assert.Equal(name, TlsDoctor.Tls.Alerts.Alerts.Name(description));
    }

    [Fact]
    public void Meaning_HandshakeFailure_TellsAHumanWhatWentWrong()
    {
        Assert.Equal("the server found no cipher suite / group / signature it shares with the client",
            TlsDoctor.Tls.Alerts.Alerts.Meaning(40));
    }

    [Fact]
    public void Name_UnknownDescription_IsHexAndUnknown()
    {
        Assert.Equal("0x37 (unknown)", TlsDoctor.Tls.Alerts.Alerts.Name(0x37));
        Assert.Equal("0x37 (unknown)", TlsDoctor.Tls.Alerts.Alerts.Name((AlertDescription)0x37));
        Assert.Equal("an alert this scanner does not know", TlsDoctor.Tls.Alerts.Alerts.Meaning(0x37));
    }

    [Fact]
    public void IanaName_RetiredAlert_CarriesReservedSuffix()
    {
        var row = TlsDoctor.Tls.Alerts.Alerts.Find((byte)AlertDescription.DecryptionFailed);

        Assert.Equal("decryption_failed", row?.Name);
        Assert.Equal("decryption_failed_RESERVED", row?.IanaName);
        Assert.Equal("handshake_failure", TlsDoctor.Tls.Alerts.Alerts.Find(40)?.IanaName);
    }
}
