using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Freak;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Freak;

[Collection(LabCollection.Name)]
public sealed class FreakCheckTests(LabServers lab)
{
    [Fact]
    public async Task Freak_ScriptedServerWithRsaExportSuites_VulnerableNamingThem()
    {
        var config = ScriptedChains.Rsa with
        {
            Versions = [TlsVersion.Tls10, TlsVersion.Tls12],
            SuitesByVersion = new Dictionary<TlsVersion, IReadOnlyList<ushort>>
            {
                [TlsVersion.Tls10] = [ScriptedScan.Code("TLS_RSA_EXPORT_WITH_RC4_40_MD5"), ScriptedScan.Code("TLS_RSA_WITH_AES_128_CBC_SHA")],
                [TlsVersion.Tls12] = [ScriptedScan.Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")],
            },
        };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Freak);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("export RSA suites accepted at TLSv1.0 (TLS_RSA_EXPORT_WITH_RC4_40_MD5).", result.Evidence);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    [InlineData("s_server-old")]
    public async Task Freak_ServerWithoutExportSuites_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Freak);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Freak_SslV2ExportSpecOnly_NotFreak()
    {
        var scan = HandBuilt((TlsVersion.SSLv2, ["SSL_CK_RC4_128_EXPORT40_WITH_MD5"]), (TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_GCM_SHA256"]));

        var result = await RunAsync(new FreakCheck(), scan);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Freak_ExportDheOnly_NotFreak()
    {
        var result = await RunAsync(new FreakCheck(), HandBuilt((TlsVersion.Tls10, ["TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }
}
