using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class GreaseTests
{
    [Fact]
    public void IsGrease_TheSixteenRfc8701Values_AreGrease()
    {
        var grease = Enumerable.Range(0, 0x10000).Where(v => Grease.IsGrease((ushort)v)).ToList();

        Assert.Equal(16, grease.Count);
        Assert.All(grease, v => Assert.Equal(0x0A0A + (0x1010 * ((v >> 12) & 0xF)), v));
    }

    [Theory]
    [InlineData(0x0A0B)]
    [InlineData(0x1A0A)]
    [InlineData(0xC02F)]
    public void IsGrease_OtherValues_AreNot(ushort value)
    {
        Assert.False(Grease.IsGrease(value));
    }
}
