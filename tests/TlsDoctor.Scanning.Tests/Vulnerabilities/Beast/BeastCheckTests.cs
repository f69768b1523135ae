using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Beast;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Beast;

[Collection(LabCollection.Name)]
public sealed class BeastCheckTests(LabServers lab)
{
    [Fact]
    public async Task Beast_OldServerWithTls10CbcAndTls12_PotentiallyVulnerableSayingHigherVersionsAreOffered()
    {
        var result = (await LabAsync(lab, "s_server-old")).Check(VulnerabilityIds.Beast);

        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, result.Status);
        Assert.StartsWith("CBC suites accepted at TLSv1.0 (TLS_", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("+1 more", result.Evidence, StringComparison.Ordinal); // four CBC suites at TLS 1.0: three named
        Assert.Contains("TLSv1.1 and TLSv1.2 are offered too", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beast_ScriptedTls10OnlyServerWithCbc_Vulnerable()
    {
        var config = ScriptedChains.Rsa with
        {
            Versions = [TlsVersion.Tls10],
            Suites = [ScriptedScan.Code("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"), ScriptedScan.Code("TLS_RSA_WITH_AES_128_CBC_SHA")],
        };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Beast);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("CBC suites accepted at TLSv1.0 (TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA).", result.Evidence);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    public async Task Beast_ServerWithoutTls10_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Beast);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Beast_Tls10WithRc4Only_NotVulnerable()
    {
        var result = await RunAsync(new BeastCheck(), HandBuilt((TlsVersion.Tls10, ["TLS_RSA_WITH_RC4_128_SHA"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Beast_CbcOnlyAtTls11_NotVulnerable()
    {
        var result = await RunAsync(new BeastCheck(), HandBuilt((TlsVersion.Tls11, ["TLS_RSA_WITH_AES_128_CBC_SHA"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }
}
