using TlsDoctor.Analysis.Grading;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Grading;

/// <summary>The guide's tables (SSL Server Rating Guide, Tables 1–4) read back as written.</summary>
public sealed class RatingGuideTests
{
    [Theory] // Guide, Table 2 "Protocol support rating guide"
    [InlineData(TlsVersion.SSLv2, 0)]
    [InlineData(TlsVersion.SSLv3, 80)]
    [InlineData(TlsVersion.Tls10, 90)]
    [InlineData(TlsVersion.Tls11, 95)]
    [InlineData(TlsVersion.Tls12, 100)]
    [InlineData(TlsVersion.Tls13, 100)]
    public void ProtocolScore_EachVersion_GuideTable2(TlsVersion version, int expected) =>
        Assert.Equal(expected, RatingGuide.ProtocolScore(version));

    [Theory] // Guide, Table 3 "Key exchange rating guide"
    [InlineData(511, 0)]
    [InlineData(512, 20)]
    [InlineData(1023, 20)]
    [InlineData(1024, 80)]
    [InlineData(2048, 90)]
    [InlineData(4095, 90)]
    [InlineData(4096, 100)]
    public void KeyExchangeScore_KeyBits_GuideTable3(int bits, int expected) =>
        Assert.Equal(expected, RatingGuide.KeyExchangeScore(bits));

    [Theory] // Guide, Table 4 "Cipher strength rating guide"
    [InlineData(0, 0)]
    [InlineData(40, 20)]
    [InlineData(112, 20)]
    [InlineData(128, 80)]
    [InlineData(256, 100)]
    public void CipherScore_CipherBits_GuideTable4(int bits, int expected) =>
        Assert.Equal(expected, RatingGuide.CipherScore(bits));

    [Theory] // Guide, Table 1 "Letter grade translation"
    [InlineData(100, Grade.A)]
    [InlineData(80, Grade.A)]
    [InlineData(79, Grade.B)]
    [InlineData(65, Grade.B)]
    [InlineData(50, Grade.C)]
    [InlineData(35, Grade.D)]
    [InlineData(20, Grade.E)]
    [InlineData(19, Grade.F)]
    public void Letter_Score_GuideTable1(int score, Grade expected) => Assert.Equal(expected, RatingGuide.Letter(score));

    [Fact] // Guide, Methodology Overview: 30/30/40, and a zero category zeroes the total
    public void Combine_WeightsAndZeroCategory_GuideMethodology()
    {
        Assert.Equal(93, RatingGuide.Combine(100, 90, 90));
        Assert.Equal(0, RatingGuide.Combine(100, 0, 100));
    }
}
