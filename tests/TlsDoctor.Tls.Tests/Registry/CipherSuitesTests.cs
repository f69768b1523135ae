using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class CipherSuitesTests
{
    [Fact]
    public void All_Count_CoversIanaRegistrySslV2AndLegacy()
    {
        Assert.True(CipherSuites.All.Count >= 360, $"only {CipherSuites.All.Count} rows");
        Assert.Equal(7, CipherSuites.All.Count(s => s.IsSslV2));
    }

    [Fact]
    public void All_Codes_AreUnique()
    {
        var duplicates = CipherSuites.All.GroupBy(s => s.Code).Where(g => g.Count() > 1).Select(g => g.First().CodeText);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_IanaNames_AreUnique()
    {
        var duplicates = CipherSuites.All.GroupBy(s => s.IanaName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_OpenSslNamesOfTwoByteSuites_AreUnique()
    {
        var duplicates = CipherSuites.All.Where(s => !s.IsSslV2 && s.OpenSslName is not null)
            .GroupBy(s => s.OpenSslName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_Codes_FitTheirProtocolWidth()
    {
        Assert.All(CipherSuites.All, s => Assert.True(s.IsSslV2 ? s.Code is > 0xFFFF and <= 0xFFFFFF : s.Code <= 0xFFFF, s.IanaName));
    }

    [Theory]
    [InlineData(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384")]
    [InlineData(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256")]
    [InlineData(0xC09D, "TLS_RSA_WITH_AES_256_CCM", "AES256-CCM")]
    [InlineData(0xC0A1, "TLS_RSA_WITH_AES_256_CCM_8", "AES256-CCM8")]
    [InlineData(0xC051, "TLS_RSA_WITH_ARIA_256_GCM_SHA384", "ARIA256-GCM-SHA384")]
    [InlineData(0xC061, "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", "ECDHE-ARIA256-GCM-SHA384")]
    [InlineData(0x0084, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", "CAMELLIA256-SHA")]
    [InlineData(0xC077, "TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDHE-RSA-CAMELLIA256-SHA384")]
    [InlineData(0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-CHACHA20-POLY1305")]
    [InlineData(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256")]
    [InlineData(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA")]
    [InlineData(0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", "EDH-RSA-DES-CBC3-SHA")]
    [InlineData(0x0005, "TLS_RSA_WITH_RC4_128_SHA", "RC4-SHA")]
    [InlineData(0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "EXP-RC4-MD5")]
    [InlineData(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA", "ADH-AES128-SHA")]
    [InlineData(0x0096, "TLS_RSA_WITH_SEED_CBC_SHA", "SEED-SHA")]
    [InlineData(0x0007, "TLS_RSA_WITH_IDEA_CBC_SHA", "IDEA-CBC-SHA")]
    [InlineData(0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", "EXP1024-RC4-SHA")]
    [InlineData(0xC100, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC", "GOST2012-KUZNYECHIK-KUZNYECHIKOMAC")]
    public void FindAndFindByName_LabSuite_AgreeOnCodeAndNames(uint code, string iana, string openSsl)
    {
        var suite = CipherSuites.Find(code);

        Assert.NotNull(suite);
        Assert.Equal(iana, suite.IanaName);
        Assert.Equal(openSsl, suite.OpenSslName);
        Assert.Same(suite, CipherSuites.FindByName(iana));
        Assert.Same(suite, CipherSuites.FindByName(openSsl));
        Assert.Same(suite, CipherSuites.FindByName(openSsl.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(0x00C6, "TLS_SM4_GCM_SM3")]
    [InlineData(0x00C7, "TLS_SM4_CCM_SM3")]
    [InlineData(0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV")]
    [InlineData(0x5600, "TLS_FALLBACK_SCSV")]
    [InlineData(0x1305, "TLS_AES_128_CCM_8_SHA256")]
    [InlineData(0xC0B0, "TLS_ECCPWD_WITH_AES_128_GCM_SHA256")]
    [InlineData(0xC103, "TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L")]
    [InlineData(0xD005, "TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256")]
    [InlineData(0xFEFF, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA")]
    [InlineData(0xCC13, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD")]
    [InlineData(0x0081, "TLS_GOSTR341001_WITH_28147_CNT_IMIT")]
    [InlineData(0x010080, "SSL_CK_RC4_128_WITH_MD5")]
    [InlineData(0x0700C0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5")]
    public void Find_RegistryAndLegacyCode_HasItsName(uint code, string name)
    {
        Assert.Equal(name, CipherSuites.Find(code)?.IanaName);
    }

    [Theory]
    [InlineData("RC4-MD5", 0x0004)]
    [InlineData("EXP-RC4-MD5", 0x0003)]
    [InlineData("EXP-RC2-CBC-MD5", 0x0006)]
    [InlineData("DES-CBC3-MD5", 0x0700C0)]
    [InlineData("SSL_CK_RC4_128_WITH_MD5", 0x010080)]
    public void FindByName_NameSharedWithSslV2_MeansTheSslV3Suite(string name, uint code)
    {
        Assert.Equal(code, CipherSuites.FindByName(name)?.Code);
    }

    [Fact]
    public void FindByName_UnknownName_IsNull()
    {
        Assert.Null(CipherSuites.FindByName("NOT-A-CIPHER"));
    }

    [Fact]
    public void Offerable_Tls12_HasNoSslV2Tls13OrSignallingValues()
    {
        var offer = CipherSuites.Offerable(TlsVersion.Tls12);

        Assert.DoesNotContain(offer, s => s.IsSslV2 || s.IsTls13 || s.IsSignalling || s.Code == 0x0000);
        Assert.Contains(offer, s => s.Code == 0xC02F);
        Assert.Contains(offer, s => s.Code == 0x0003);
        Assert.All(offer, s => Assert.True(s.Code <= 0xFFFF));
    }

    [Fact]
    public void Offerable_Tls13_IsOnlyTls13Suites()
    {
        var offer = CipherSuites.Offerable(TlsVersion.Tls13);

        Assert.All(offer, s => Assert.Equal(TlsVersion.Tls13, s.MinVersion));
        Assert.Subset(offer.Select(s => s.Code).ToHashSet(), new HashSet<uint> { 0x1301, 0x1302, 0x1303, 0x1304, 0x1305 });
    }

    [Fact]
    public void Offerable_SslV2_IsTheSevenCipherKinds()
    {
        var offer = CipherSuites.Offerable(TlsVersion.SSLv2);

        Assert.Equal(7, offer.Count);
        Assert.All(offer, s => Assert.True(s.IsSslV2));
    }

    [Fact]
    public void Describe_UnknownCode_IsNamedUnknownWithItsHex()
    {
        Assert.Equal("0x1a2b (unknown)", CipherSuites.Describe(0x1a2b).IanaName);
        Assert.Equal("0x0a0a (GREASE)", CipherSuites.Describe(0x0A0A).IanaName);
        Assert.Equal("0x0a0b0c (unknown)", CipherSuites.Describe(0x0A0B0C).IanaName);
    }

    [Fact]
    public void Describe_KnownCode_IsTheTableRow()
    {
        Assert.Same(CipherSuites.Find(0xC02F), CipherSuites.Describe(0xC02F));
    }
}
