using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>Protocol versions and the exact suite lists per version, scanned from a scripted server.</summary>
public sealed class ScanScriptedProtocolsTests
{
    [Fact]
    public async Task Scan_ScriptedServerWithTls12Only_CompletesWithTls12AndItsSuites()
    {
        var result = await RunAsync(ScriptedChains.Rsa);

        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        Assert.Equal([TlsVersion.Tls12], result.Supported());
        Assert.Equal(ScriptedChains.Rsa.Suites.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.Equal(CipherOrder.Server, result.Suites(TlsVersion.Tls12).Order);
        Assert.Empty(result.ProbeFailures);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithSslV2_DetectsSslV2AndItsCipherSpecs()
    {
        uint[] specs = [0x010080, 0x020080, 0x0700C0]; // SSL_CK_RC4_128_WITH_MD5, SSL_CK_RC4_128_EXPORT40_WITH_MD5, SSL_CK_DES_192_EDE3_CBC_WITH_MD5
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv2, TlsVersion.Tls12], SslV2CipherSpecs = specs };

        var result = await RunAsync(config);

        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        Assert.Equal([TlsVersion.SSLv2, TlsVersion.Tls12], result.Supported());
        Assert.Equal(specs.Order(), result.Codes(TlsVersion.SSLv2).Order());
        Assert.All(result.Suites(TlsVersion.SSLv2).Accepted, s => Assert.True(s.IsSslV2));
    }

    [Fact]
    public async Task Scan_ScriptedServerWithSslV3_DetectsSslV3AndItsSuites()
    {
        ushort[] ssl3 = [Code("TLS_RSA_WITH_AES_128_CBC_SHA"), Code("TLS_RSA_WITH_RC4_128_SHA"), Code("TLS_RSA_WITH_3DES_EDE_CBC_SHA")];
        var config = ScriptedChains.Rsa with
        {
            Versions = [TlsVersion.SSLv3, TlsVersion.Tls12],
            SuitesByVersion = new Dictionary<TlsVersion, IReadOnlyList<ushort>> { [TlsVersion.SSLv3] = ssl3 },
        };

        var result = await RunAsync(config);

        Assert.Equal([TlsVersion.SSLv3, TlsVersion.Tls12], result.Supported());
        Assert.Equal(ssl3.Select(c => (uint)c), result.Codes(TlsVersion.SSLv3));
        Assert.Equal(config.Suites.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
    }

    [Fact]
    public async Task Scan_ScriptedServerWithPerVersionSuites_ReportsEachVersionsExactList()
    {
        var suites = new Dictionary<TlsVersion, IReadOnlyList<ushort>>
        {
            [TlsVersion.Tls10] = [Code("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"), Code("TLS_RSA_WITH_AES_128_CBC_SHA")],
            [TlsVersion.Tls11] = [Code("TLS_DHE_RSA_WITH_AES_128_CBC_SHA")],
            [TlsVersion.Tls12] = [Code("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"), Code("TLS_RSA_WITH_AES_256_CBC_SHA256"), Code("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")],
        };
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12], SuitesByVersion = suites };

        var result = await RunAsync(config);

        Assert.Equal([TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12], result.Supported());
        foreach (var (version, expected) in suites)
        {
            Assert.Equal(expected.Select(c => (uint)c), result.Codes(version));
        }

        Assert.DoesNotContain(result.Protocols, p => p.Version is TlsVersion.SSLv2 or TlsVersion.SSLv3 or TlsVersion.Tls13 && p.Supported);
    }

    [Fact]
    public async Task Scan_ScriptedServerInServerOrderPreferringWeakSuites_ReportsServerOrderAndItsList()
    {
        // RC4 and 3DES first: the server's preference, which the scan must report even though it is not ours.
        ushort[] preference =
        [
            Code("TLS_RSA_WITH_RC4_128_SHA"), Code("TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
            Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), Code("TLS_RSA_WITH_AES_128_CBC_SHA"),
        ];
        var config = ScriptedChains.Rsa with { Suites = preference, Order = SuiteOrder.Server };

        var result = await RunAsync(config);

        Assert.Equal(CipherOrder.Server, result.Suites(TlsVersion.Tls12).Order);
        Assert.Equal(preference.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
    }

    [Fact]
    public async Task Scan_ScriptedServerInClientOrder_ReportsClientOrderAndEverySuite()
    {
        ushort[] suites =
        [
            Code("TLS_RSA_WITH_RC4_128_SHA"), Code("TLS_RSA_WITH_AES_128_CBC_SHA"), Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
        ];
        var config = ScriptedChains.Rsa with { Suites = suites, Order = SuiteOrder.Client };

        var result = await RunAsync(config);

        Assert.Equal(CipherOrder.Client, result.Suites(TlsVersion.Tls12).Order);
        Assert.Equal(suites.Select(c => (uint)c).Order(), result.Codes(TlsVersion.Tls12).Order());
    }

    [Fact]
    public async Task Scan_ScriptedServerThatResetsBigHellos_StillFindsItsProtocolsAndEverySuite()
    {
        ushort[] suites = [Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), Code("TLS_RSA_WITH_3DES_EDE_CBC_SHA"), Code("TLS_RSA_WITH_RC4_128_SHA")];
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls12], Suites = suites, ResetHellosWithMoreSuitesThan = 100 };

        var result = await RunAsync(config);

        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        Assert.Equal([TlsVersion.Tls10, TlsVersion.Tls12], result.Supported());
        Assert.Equal(suites.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        Assert.Equal(suites.Skip(1).Select(c => (uint)c), result.Codes(TlsVersion.Tls10)); // GCM needs TLS 1.2
    }
}
