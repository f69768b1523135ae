using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class ExtensionTypesTests
{
    [Fact]
    public void All_EveryEnumValue_HasARow()
    {
        var missing = Enum.GetValues<ExtensionType>().Where(t => ExtensionTypes.Find((ushort)t) is null);
        Assert.Empty(missing);
    }

    [Fact]
    public void All_NamesAndValues_AreUniqueAndInOrder()
    {
        Assert.Equal(ExtensionTypes.All.Count, ExtensionTypes.All.Select(e => e.Name).Distinct().Count());
        Assert.Equal(ExtensionTypes.All.OrderBy(e => e.Value), ExtensionTypes.All);
    }

    [Theory]
    [InlineData(0x0000, "server_name")]
    [InlineData(0x000A, "supported_groups")]
    [InlineData(0x0010, "application_layer_protocol_negotiation")]
    [InlineData(0x0017, "extended_master_secret")]
    [InlineData(0x002B, "supported_versions")]
    [InlineData(0x0033, "key_share")]
    [InlineData(0xFE0D, "encrypted_client_hello")]
    [InlineData(0xFF01, "renegotiation_info")]
    [InlineData(0x3374, "next_protocol_negotiation")]
    public void Name_KnownValue_IsRegistryName(ushort value, string name)
    {
        Assert.Equal(name, ExtensionTypes.Name(value));
    }

    [Fact]
    public void Name_EnumOverload_MatchesNumeric()
    {
        Assert.Equal("renegotiation_info", ExtensionTypes.Name(ExtensionType.RenegotiationInfo));
    }

    [Fact]
    public void Name_UnknownValue_IsHexAndUnknown()
    {
        Assert.Equal("0x1a2b (unknown)", ExtensionTypes.Name(0x1a2b));
        Assert.Equal("0xfafa (GREASE)", ExtensionTypes.Name(0xFAFA));
    }
}
