using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Poodle;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Poodle;

[Collection(LabCollection.Name)]
public sealed class PoodleCheckTests(LabServers lab)
{
    private static Lab.Scripted.ScriptedServerConfig SslV3(params string[] suites) => ScriptedChains.Rsa with
    {
        Versions = [TlsVersion.SSLv3, TlsVersion.Tls12],
        SuitesByVersion = new Dictionary<TlsVersion, IReadOnlyList<ushort>> { [TlsVersion.SSLv3] = [.. suites.Select(ScriptedScan.Code)] },
    };

    [Fact]
    public async Task Poodle_ScriptedSslV3WithCbcSuites_VulnerableNamingTheCbcSuites()
    {
        var config = SslV3("TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA");

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Poodle);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("CBC suites accepted at SSLv3 (TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA).", result.Evidence);
    }

    [Fact]
    public async Task Poodle_ScriptedSslV3WithRc4Only_NotVulnerableAndPointsToRc4()
    {
        var result = (await ScriptedAsync(SslV3("TLS_RSA_WITH_RC4_128_SHA"))).Check(VulnerabilityIds.Poodle);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("TLS_RSA_WITH_RC4_128_SHA", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("rc4", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    [InlineData("s_server-old")]
    public async Task Poodle_ServerWithoutSslV3_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Poodle);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal("SSLv3 is not offered.", result.Evidence);
    }

    [Fact]
    public async Task Poodle_SslV3Rc4OnlyHandBuilt_NotVulnerable()
    {
        var scan = HandBuilt((TlsVersion.SSLv3, ["TLS_RSA_WITH_RC4_128_MD5", "TLS_RSA_WITH_RC4_128_SHA"]), (TlsVersion.Tls10, ["TLS_RSA_WITH_AES_128_CBC_SHA"]));

        var result = await RunAsync(new PoodleCheck(), scan);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Poodle_TlsCbcWithoutSslV3_NotVulnerable()
    {
        var result = await RunAsync(new PoodleCheck(), HandBuilt((TlsVersion.Tls10, ["TLS_RSA_WITH_AES_128_CBC_SHA"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }
}
