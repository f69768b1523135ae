using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>Weak suites a scripted server offers must be found, each exactly: RC4, export, NULL, anonymous, 3DES.</summary>
public sealed class ScanScriptedWeakSuitesTests
{
    [Fact]
    public async Task Scan_ScriptedServerWithRc4Suites_ListsExactlyThoseRc4Suites()
    {
        ushort[] rc4 = [Code("TLS_ECDHE_RSA_WITH_RC4_128_SHA"), Code("TLS_RSA_WITH_RC4_128_SHA")];

        var result = await RunAsync(ScriptedChains.Rsa with { Suites = rc4 });

        Assert.Equal(rc4.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.All(result.Suites(TlsVersion.Tls12).Accepted, s => Assert.Equal(BulkCipher.Rc4, s.Cipher));
        Assert.Empty(result.ProbeFailures);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithExportSuites_ListsExportSuitesAtTls10AndSslV3()
    {
        ushort[] export =
        [
            Code("TLS_RSA_EXPORT_WITH_RC4_40_MD5"), Code("TLS_RSA_EXPORT_WITH_DES40_CBC_SHA"), Code("TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"),
        ];
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv3, TlsVersion.Tls10], Suites = export };

        var result = await RunAsync(config);

        Assert.Equal([TlsVersion.SSLv3, TlsVersion.Tls10], result.Supported());
        Assert.Equal(export.Select(c => (uint)c), result.Codes(TlsVersion.Tls10));
        Assert.Equal(export.Select(c => (uint)c), result.Codes(TlsVersion.SSLv3));
        Assert.All(result.Suites(TlsVersion.Tls10).Accepted, s => Assert.True(s.Export));
        Assert.Empty(result.ProbeFailures);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithNullSuites_ListsNullSuites()
    {
        ushort[] nulls = [Code("TLS_RSA_WITH_NULL_SHA256"), Code("TLS_RSA_WITH_NULL_SHA")];

        var result = await RunAsync(ScriptedChains.Rsa with { Suites = nulls });

        Assert.Equal(nulls.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.All(result.Suites(TlsVersion.Tls12).Accepted, s => Assert.True(s.IsNullCipher));
    }

    [Fact]
    public async Task Scan_ScriptedServerWithAnonymousSuites_ListsAnonymousSuites()
    {
        ushort[] anonymous = [Code("TLS_DH_anon_WITH_AES_128_CBC_SHA"), Code("TLS_ECDH_anon_WITH_AES_128_CBC_SHA"), Code("TLS_RSA_WITH_AES_128_CBC_SHA")];

        var result = await RunAsync(ScriptedChains.Rsa with { Suites = anonymous });

        Assert.Equal(anonymous.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.Equal([true, true, false], result.Suites(TlsVersion.Tls12).Accepted.Select(s => s.IsAnonymous));
        Assert.Empty(result.ProbeFailures);
    }

    [Fact]
    public async Task Scan_ScriptedServerWith3DesSuites_Lists3DesSuites()
    {
        ushort[] tripleDes =
        [
            Code("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"), Code("TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA"), Code("TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
        ];

        var result = await RunAsync(ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls12], Suites = tripleDes });

        Assert.Equal(tripleDes.Select(c => (uint)c), result.Codes(TlsVersion.Tls10));
        Assert.Equal(tripleDes.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.All(result.Suites(TlsVersion.Tls12).Accepted, s => Assert.Equal(BulkCipher.TripleDes, s.Cipher));
    }
}
