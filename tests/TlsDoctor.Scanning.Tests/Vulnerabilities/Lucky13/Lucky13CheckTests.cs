using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Lucky13;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Lucky13;

[Collection(LabCollection.Name)]
public sealed class Lucky13CheckTests(LabServers lab)
{
    [Fact]
    public async Task Lucky13_OldServerWithCbcSuites_PotentiallyVulnerableAtEveryVersion()
    {
        var result = (await LabAsync(lab, "s_server-old")).Check(VulnerabilityIds.Lucky13);

        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, result.Status);
        Assert.Contains("TLSv1.0 (", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("TLSv1.1 (", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("TLSv1.2 (", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("timing", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    public async Task Lucky13_ServerWithOnlyAeadSuites_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Lucky13);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Lucky13_EncryptThenMacAnswered_SaysSoInTheEvidence()
    {
        var scan = HandBuilt((TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_CBC_SHA"])) with
        {
            Features = new Probes.Features.ServerFeaturesResult(false, true, false, true, true, EncryptThenMac: true, false, false, null),
        };

        var result = await RunAsync(new Lucky13Check(), scan);

        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, result.Status);
        Assert.Contains("encrypt_then_mac", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lucky13_GcmOnlyAtTls12_NotVulnerable()
    {
        var result = await RunAsync(new Lucky13Check(), HandBuilt((TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_RC4_128_SHA"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }
}
