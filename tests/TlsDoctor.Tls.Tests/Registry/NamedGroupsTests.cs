using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class NamedGroupsTests
{
    [Fact]
    public void All_EveryEnumValue_HasARow()
    {
        var missing = Enum.GetValues<NamedGroup>().Where(g => NamedGroups.Find(g) is null);
        Assert.Empty(missing);
    }

    [Fact]
    public void All_NamesAndValues_AreUniqueAndInOrder()
    {
        Assert.Equal(NamedGroups.All.Count, NamedGroups.All.Select(g => g.Name.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(NamedGroups.All.OrderBy(g => (ushort)g.Value), NamedGroups.All);
    }

    [Theory]
    [InlineData(0x001D, "x25519", NamedGroupKind.EllipticCurve, 128, true)]
    [InlineData(0x0017, "secp256r1", NamedGroupKind.EllipticCurve, 128, true)]
    [InlineData(0x0018, "secp384r1", NamedGroupKind.EllipticCurve, 192, true)]
    [InlineData(0x0019, "secp521r1", NamedGroupKind.EllipticCurve, 256, false)]
    [InlineData(0x0001, "sect163k1", NamedGroupKind.EllipticCurve, 80, false)]
    [InlineData(0x001F, "brainpoolP256r1tls13", NamedGroupKind.EllipticCurve, 128, false)]
    [InlineData(0x0022, "GC256A", NamedGroupKind.EllipticCurve, 128, false)]
    [InlineData(0x0100, "ffdhe2048", NamedGroupKind.FiniteField, 112, false)]
    [InlineData(0x0104, "ffdhe8192", NamedGroupKind.FiniteField, 192, false)]
    [InlineData(0x0200, "MLKEM512", NamedGroupKind.PostQuantum, 128, false)]
    [InlineData(0x11EB, "SecP256r1MLKEM768", NamedGroupKind.PostQuantumHybrid, 192, false)]
    [InlineData(0x11EC, "X25519MLKEM768", NamedGroupKind.PostQuantumHybrid, 192, false)]
    [InlineData(0x11ED, "SecP384r1MLKEM1024", NamedGroupKind.PostQuantumHybrid, 256, false)]
    public void Find_KnownGroup_HasRegistryNameKindAndStrength(ushort value, string name, NamedGroupKind kind, int bits, bool recommended)
    {
        var group = NamedGroups.Find((NamedGroup)value);

        Assert.NotNull(group);
        Assert.Equal(name, group.Name);
        Assert.Equal(kind, group.Kind);
        Assert.Equal(bits, group.SecurityBits);
        Assert.Equal(recommended, group.Recommended);
        Assert.Equal(name, NamedGroups.Name((NamedGroup)value));
    }

    [Fact]
    public void Discouraged_SmallBinaryAndPrimeCurves_AsIanaMarksThem()
    {
        Assert.True(NamedGroups.Find(NamedGroup.Sect163k1)?.Discouraged);
        Assert.True(NamedGroups.Find(NamedGroup.Secp224r1)?.Discouraged);
        Assert.False(NamedGroups.Find(NamedGroup.Secp256r1)?.Discouraged);
    }

    [Theory]
    [InlineData("X25519", NamedGroup.X25519)]
    [InlineData("secp384r1", NamedGroup.Secp384r1)]
    [InlineData("P-256", NamedGroup.Secp256r1)]
    [InlineData("prime256v1", NamedGroup.Secp256r1)]
    [InlineData("x25519mlkem768", NamedGroup.X25519MlKem768)]
    [InlineData("GC512C", NamedGroup.GC512C)]
    public void FindByName_IanaNameOrAlias_FindsGroup(string name, NamedGroup expected)
    {
        Assert.Equal(expected, NamedGroups.FindByName(name)?.Value);
    }

    [Fact]
    public void Name_UnknownValue_IsHexAndUnknown()
    {
        Assert.Equal("0x1a2b (unknown)", NamedGroups.Name((NamedGroup)0x1a2b));
        Assert.Equal("0x3a3a (GREASE)", NamedGroups.Name((NamedGroup)0x3A3A));
        Assert.Null(NamedGroups.FindByName("no-such-group"));
    }

    [Fact]
    public void QuantumResistant_MlKemGroupsAndOthers_TrueOnlyForMlKem()
    {
        Assert.True(NamedGroups.Find(NamedGroup.X25519MlKem768)?.QuantumResistant);
        Assert.True(NamedGroups.Find(NamedGroup.MlKem1024)?.QuantumResistant);
        Assert.False(NamedGroups.Find(NamedGroup.X25519)?.QuantumResistant);
    }
}
