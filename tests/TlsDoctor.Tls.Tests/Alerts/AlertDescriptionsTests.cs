using TlsDoctor.Tls.Alerts;
using AlertTable = TlsDoctor.Tls.Alerts.AlertDescriptions;

namespace TlsDoctor.Tls.Tests.Alerts;

public class AlertDescriptionsTests
{
    [Fact]
    public void All_EveryEnumValue_HasARowWithAMeaning()
    {
        Assert.All(Enum.GetValues<AlertDescription>(), d =>
        {
            var row = AlertTable.Find((byte)d);
            Assert.NotNull(row);
            Assert.False(string.IsNullOrWhiteSpace(row.Meaning));
        });
    }

    [Fact]
    public void All_NamesAndValues_AreUniqueAndInOrder()
    {
        var all = AlertTable.All;

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
        Assert.Equal(name, AlertTable.Name(description));
    }

    [Fact]
    public void Meaning_HandshakeFailure_TellsAHumanWhatWentWrong()
    {
        Assert.Equal("the server found no cipher suite / group / signature it shares with the client",
            AlertTable.Meaning(40));
    }

    [Fact]
    public void Name_UnknownDescription_IsHexAndUnknown()
    {
        Assert.Equal("0x37 (unknown)", AlertTable.Name(0x37));
        Assert.Equal("0x37 (unknown)", AlertTable.Name((AlertDescription)0x37));
        Assert.Equal("an alert this scanner does not know", AlertTable.Meaning(0x37));
    }

    [Fact]
    public void IanaName_RetiredAlert_CarriesReservedSuffix()
    {
        var row = AlertTable.Find((byte)AlertDescription.DecryptionFailed);

        Assert.Equal("decryption_failed", row?.Name);
        Assert.Equal("decryption_failed_RESERVED", row?.IanaName);
        Assert.Equal("handshake_failure", AlertTable.Find(40)?.IanaName);
    }
}
