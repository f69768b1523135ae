using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Crime;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Crime;

[Collection(LabCollection.Name)]
public sealed class CrimeCheckTests(LabServers lab)
{
    [Fact]
    public async Task Crime_ScriptedServerAcceptingDeflate_Vulnerable()
    {
        var result = (await ScriptedAsync(ScriptedChains.Rsa with { AcceptDeflate = true })).Check(VulnerabilityIds.Crime);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Contains("chose DEFLATE", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("TLSv1.2", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    public async Task Crime_ServerRefusingCompression_NotVulnerableAfterOfferingDeflate(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Crime);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("chose null", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crime_Tls13OnlyServer_NotVulnerableBecauseTls13HasNoCompression()
    {
        var result = (await LabAsync(lab, "nginx-modern")).Check(VulnerabilityIds.Crime);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("RFC 8446", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crime_FeaturesProbeFailed_Unknown()
    {
        var result = await RunAsync(new CrimeCheck(), HandBuilt((TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_GCM_SHA256"])));

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
    }
}
