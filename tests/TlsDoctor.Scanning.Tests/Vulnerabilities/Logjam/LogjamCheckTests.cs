using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Logjam;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Logjam;

[Collection(LabCollection.Name)]
public sealed class LogjamCheckTests(LabServers lab)
{
    [Fact]
    public async Task Logjam_ScriptedServerWithExportDhe_VulnerableNamingTheExportSuite()
    {
        var config = ScriptedChains.Rsa with
        {
            Versions = [TlsVersion.Tls10],
            Suites = [ScriptedScan.Code("TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"), ScriptedScan.Code("TLS_RSA_WITH_AES_128_CBC_SHA")],
        };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Logjam);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("export DHE suites accepted at TLSv1.0 (TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA)", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logjam_ScriptedServerWithOakleyGroup2_VulnerableNamingThePublishedPrime()
    {
        var config = ScriptedChains.Rsa with { Suites = [ScriptedScan.Code("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")], DhGroup = DhGroup.Oakley2 };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Logjam);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("1024-bit DH group Oakley group 2, 1024-bit MODP (RFC 2409)", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logjam_Dhe1024ServerWithItsOwnPrime_PotentiallyVulnerable()
    {
        var result = (await LabAsync(lab, "s_server-dhe1024")).Check(VulnerabilityIds.Logjam);

        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, result.Status);
        Assert.StartsWith("1024-bit DH group that is not a published one (1024 bits at TLSv1.2)", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    public async Task Logjam_Server2048BitGroup_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Logjam);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.EndsWith("2048 bits or more.", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logjam_Tls13OnlyServer_NotVulnerableWithoutDhe()
    {
        var result = (await LabAsync(lab, "nginx-modern")).Check(VulnerabilityIds.Logjam);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("no DHE suite", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512, null, VulnerabilityStatus.Vulnerable)]
    [InlineData(768, "Oakley group 1, 768-bit MODP (RFC 2409)", VulnerabilityStatus.Vulnerable)]
    [InlineData(1024, null, VulnerabilityStatus.PotentiallyVulnerable)]
    [InlineData(1024, "Oakley group 2, 1024-bit MODP (RFC 2409)", VulnerabilityStatus.Vulnerable)]
    [InlineData(1536, "1536-bit MODP group 5 (RFC 3526)", VulnerabilityStatus.NotVulnerable)]
    [InlineData(4096, null, VulnerabilityStatus.NotVulnerable)]
    public async Task Logjam_GroupSize_DecidesByBitsAndWhetherThePrimeIsPublished(int bits, string? known, VulnerabilityStatus expected)
    {
        var scan = HandBuilt((TlsVersion.Tls12, ["TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"])) with
        {
            KeyExchange = new KeyExchangeResult([], [new DhParameters(TlsVersion.Tls12, bits, known, 2)]),
        };

        var result = await RunAsync(new LogjamCheck(), scan);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task Logjam_TwoGroupsOfWhichOneIsWeak_DecidesOnTheWeakest()
    {
        var scan = HandBuilt((TlsVersion.Tls10, ["TLS_DHE_RSA_WITH_AES_128_CBC_SHA"]), (TlsVersion.Tls12, ["TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"])) with
        {
            KeyExchange = new KeyExchangeResult([], [new DhParameters(TlsVersion.Tls12, 2048, null, 2), new DhParameters(TlsVersion.Tls10, 768, null, 2)]),
        };

        var result = await RunAsync(new LogjamCheck(), scan);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("DH group of 768 bits (768 bits at TLSv1.0; 2048 bits at TLSv1.2): below 1024 bits the discrete log is computable.", result.Evidence);
    }

    [Fact]
    public async Task Logjam_DheAcceptedButNoGroupRead_Unknown()
    {
        var result = await RunAsync(new LogjamCheck(), HandBuilt((TlsVersion.Tls12, ["TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"])));

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
    }
}
