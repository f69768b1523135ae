using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.SecureRenegotiation;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.SecureRenegotiation;

[Collection(LabCollection.Name)]
public sealed class SecureRenegotiationCheckTests(LabServers lab)
{
    [Fact]
    public async Task SecureRenegotiation_ScriptedServerWithoutRenegotiationInfo_VulnerableAtEveryVersion()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls12], Extensions = ServerExtensions.ExtendedMasterSecret };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.SecureRenegotiation);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("no renegotiation_info in the ServerHello at TLSv1.0 and TLSv1.2: RFC 5746 secure renegotiation is missing.", result.Evidence);
        Assert.Equal(1, result.Connections); // TLS 1.2 came from the features probe; TLS 1.0 was asked here
    }

    [Fact]
    public async Task SecureRenegotiation_ScriptedSslV3ServerAnsweringTheScsv_NotVulnerable()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv3, TlsVersion.Tls12] };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.SecureRenegotiation);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal("renegotiation_info answered at SSLv3 and TLSv1.2 (RFC 5746).", result.Evidence);
    }

    [Fact]
    public async Task SecureRenegotiation_OldServer_NotVulnerableCheckedAtEachLegacyVersion()
    {
        var result = (await LabAsync(lab, "s_server-old")).Check(VulnerabilityIds.SecureRenegotiation);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal("renegotiation_info answered at TLSv1.0, TLSv1.1 and TLSv1.2 (RFC 5746).", result.Evidence);
        Assert.Equal(2, result.Connections);
    }

    [Fact]
    public async Task SecureRenegotiation_IntermediateServer_NotVulnerable()
    {
        var result = (await LabAsync(lab, "nginx-intermediate")).Check(VulnerabilityIds.SecureRenegotiation);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(0, result.Connections);
    }

    [Fact]
    public async Task SecureRenegotiation_Tls13OnlyServer_NotVulnerableWithoutRenegotiation()
    {
        var result = (await LabAsync(lab, "nginx-modern")).Check(VulnerabilityIds.SecureRenegotiation);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("TLS 1.3 has no renegotiation", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecureRenegotiation_Tls13OnlyHandBuilt_NotVulnerableWithoutAConnection()
    {
        var result = await RunAsync(new SecureRenegotiationCheck(), HandBuilt((TlsVersion.Tls13, ["TLS_AES_128_GCM_SHA256"])));

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal(0, result.Connections);
    }
}
