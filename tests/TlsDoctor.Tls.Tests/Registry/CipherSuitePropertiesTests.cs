using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class CipherSuitePropertiesTests
{
    private static CipherSuite Suite(uint code) => CipherSuites.Find(code) ?? throw new InvalidOperationException($"no row 0x{code:x4}");

    [Theory]
    [InlineData(0xC02F, true, true, false)]   // ECDHE-RSA-AES128-GCM-SHA256
    [InlineData(0xCCA9, true, true, false)]   // ECDHE-ECDSA-CHACHA20-POLY1305
    [InlineData(0x1301, true, true, false)]   // TLS 1.3: always ephemeral
    [InlineData(0x0033, true, false, false)]  // DHE-RSA-AES128-SHA
    [InlineData(0x002F, false, false, false)] // AES128-SHA: RSA key transport
    [InlineData(0xC09C, false, true, false)]  // AES128-CCM
    [InlineData(0x0003, false, false, true)]  // EXP-RC4-MD5
    [InlineData(0x0014, true, false, true)]   // EXP-EDH-RSA-DES-CBC-SHA
    [InlineData(0xC031, false, true, false)]  // ECDH-RSA-AES128-GCM-SHA256: static ECDH
    public void Flags_KnownSuite_MatchItsDefinition(uint code, bool forwardSecrecy, bool aead, bool export)
    {
        var suite = Suite(code);

        Assert.Equal(forwardSecrecy, suite.ForwardSecrecy);
        Assert.Equal(aead, suite.IsAead);
        Assert.Equal(export, suite.Export);
    }

    [Theory]
    [InlineData(0x0003, 40)]    // RC4_40 export
    [InlineData(0x0008, 40)]    // DES40 export
    [InlineData(0x0062, 56)]    // EXP1024 DES
    [InlineData(0x0009, 56)]    // DES
    [InlineData(0x000A, 112)]   // 3DES
    [InlineData(0x0004, 128)]   // RC4_128
    [InlineData(0x0001, 0)]     // NULL
    [InlineData(0xC030, 256)]
    [InlineData(0x020080, 40)]  // SSLv2 export RC4
    [InlineData(0x0700C0, 112)] // SSLv2 3DES
    public void CipherBits_KnownSuite_IsEffectiveStrength(uint code, int bits)
    {
        Assert.Equal(bits, Suite(code).CipherBits);
    }

    [Theory]
    [InlineData(0x010080, TlsVersion.SSLv2)]
    [InlineData(0x002F, TlsVersion.SSLv3)]
    [InlineData(0xC013, TlsVersion.Tls10)]
    [InlineData(0x003C, TlsVersion.Tls12)]
    [InlineData(0x00AE, TlsVersion.Tls10)] // PSK-AES128-CBC-SHA256, RFC 5487 allows TLS 1.0
    [InlineData(0xC050, TlsVersion.Tls12)]
    [InlineData(0x1302, TlsVersion.Tls13)]
    [InlineData(0x00C6, TlsVersion.Tls13)] // SM4 suites are TLS 1.3 (RFC 8998)
    public void MinVersion_KnownSuite_IsOldestVersionThatNegotiatesIt(uint code, TlsVersion version)
    {
        Assert.Equal(version, Suite(code).MinVersion);
    }

    [Fact]
    public void MinVersion_AeadOrSha2Suites_AreTls12OrLater()
    {
        var psk = new[] { KeyExchange.Psk, KeyExchange.DhePsk, KeyExchange.RsaPsk, KeyExchange.EcdhePsk };
        var offenders = CipherSuites.All
            .Where(s => s.IsAead || (s.Mac is MacAlgorithm.Sha256 or MacAlgorithm.Sha384 && !psk.Contains(s.KeyExchange)))
            .Where(s => s.MinVersion < TlsVersion.Tls12)
            .Select(s => s.IanaName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Export_Rows_Are40Or56Bits()
    {
        Assert.All(CipherSuites.All.Where(s => s.Export), s => Assert.Contains(s.CipherBits, new[] { 40, 56 }));
        Assert.All(CipherSuites.All.Where(s => s.IanaName.Contains("EXPORT", StringComparison.Ordinal)), s => Assert.True(s.Export, s.IanaName));
    }

    [Theory]
    [InlineData(0x00FF)]
    [InlineData(0x5600)]
    public void IsSignalling_Scsv_IsNotASuite(uint code)
    {
        var suite = Suite(code);

        Assert.True(suite.IsSignalling);
        Assert.Equal(Authentication.Scsv, suite.Authentication);
    }

    [Theory]
    [InlineData(0x0034)] // ADH-AES128-SHA
    [InlineData(0xC018)] // AECDH-AES128-SHA
    [InlineData(0x0018)] // ADH-RC4-MD5
    public void IsAnonymous_AnonSuites_AreFlagged(uint code)
    {
        Assert.True(Suite(code).IsAnonymous);
    }

    [Fact]
    public void IsNullCipher_NullSuites_HaveZeroBits()
    {
        Assert.All(CipherSuites.All.Where(s => s.IsNullCipher), s => Assert.Equal(0, s.CipherBits));
        Assert.True(Suite(0x0002).IsNullCipher);
    }

    [Theory]
    [InlineData(0xC02F, "0xc02f")]
    [InlineData(0x010080, "0x010080")]
    public void CodeText_Suite_IsLowerHexOfItsWidth(uint code, string text)
    {
        Assert.Equal(text, Suite(code).CodeText);
    }
}
