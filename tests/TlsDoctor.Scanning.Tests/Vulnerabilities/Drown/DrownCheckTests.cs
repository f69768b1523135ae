using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Lab.Certificates;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Drown;

[Collection(LabCollection.Name)]
public sealed class DrownCheckTests(LabServers lab)
{
    [Fact]
    public async Task Drown_ScriptedServerSpeakingSslV2_VulnerableAndSaysOnlyThisServiceWasChecked()
    {
        uint[] specs = [0x0700C0, 0x020080]; // SSL_CK_DES_192_EDE3_CBC_WITH_MD5, SSL_CK_RC4_128_EXPORT40_WITH_MD5
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv2, TlsVersion.Tls12], SslV2CipherSpecs = specs };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.Drown);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("This service speaks SSLv2 (SSL_CK_", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("Only this service was checked", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, result.Connections);
    }

    [Fact]
    public async Task Drown_ScriptedPeerSpeakingSslV2WithTheSameKeyInAnotherCertificate_VulnerableNamingThePeer()
    {
        // Another service (say, mail) with its own certificate but the target's RSA key: the DROWN key-reuse case.
        using var key = ScriptedChains.RsaLeaf.GetRSAPrivateKey()!;
        using var mail = new CertificateRequest("CN=mail.localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        Assert.NotEqual(ScriptedChains.RsaLeaf.RawData, mail.RawData);

        var result = await ScanWithSslV2PeerAsync(new ScriptedServerConfig { Versions = [TlsVersion.SSLv2], Certificates = [mail] });

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("This service does not speak SSLv2. Peer 127.0.0.1:", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("speaks SSLv2 with this service's RSA key", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, result.Connections);
    }

    [Fact]
    public async Task Drown_ScriptedPeerSpeakingSslV2WithADifferentKey_NotVulnerable()
    {
        var now = DateTimeOffset.UtcNow;
        using var ca = InMemoryCa.Create("DROWN peer CA", now);
        using var other = ca.Issue(LeafSpec.ValidFor("localhost", now));

        var result = await ScanWithSslV2PeerAsync(new ScriptedServerConfig { Versions = [TlsVersion.SSLv2], Certificates = [other] });

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.EndsWith("speaks SSLv2, but with a different RSA key.", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, result.Connections);
    }

    [Fact]
    public async Task Drown_RealPeerWithoutSslV2_NotVulnerable()
    {
        var peer = lab.Get("s_server-old");
        var target = lab.Get("nginx-intermediate");
        var options = Options with { SslV2Peers = [new ScanTarget(LabTarget.Host, peer.Port, null)] };

        var scan = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));
        var result = scan.Check(VulnerabilityIds.Drown);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains($"Peer 127.0.0.1:{peer.Port} does not speak SSLv2", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drown_UnreachablePeer_Unknown()
    {
        var port = ClosedPort();

        var options = Options with { SslV2Peers = [new ScanTarget("127.0.0.1", port, null)] };
        var result = (await ScriptedAsync(ScriptedChains.Rsa, options)).Check(VulnerabilityIds.Drown);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Contains($"Peer 127.0.0.1:{port} could not be checked", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    public async Task Drown_ServerWithoutSslV2AndNoPeers_NotVulnerableAndSaysOnlyThisServiceWasChecked(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Drown);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Equal("This service does not speak SSLv2. Only this service was checked: other services that may share its RSA key were not (scan --drown-peer).", result.Evidence);
    }

    /// <summary>Scans a TLS 1.2 scripted target with the shared RSA leaf, naming a second scripted server as its SSLv2 peer.</summary>
    private static async Task<VulnerabilityResult> ScanWithSslV2PeerAsync(ScriptedServerConfig peerConfig)
    {
        var peer = new Lab.Scripted.ScriptedServer(peerConfig);
        await using (peer.ConfigureAwait(false))
        {
            var options = Options with { SslV2Peers = [new ScanTarget("127.0.0.1", peer.Port, null)] };
            var result = (await ScriptedAsync(ScriptedChains.Rsa, options)).Check(VulnerabilityIds.Drown);
            Assert.Empty(peer.Faults);
            return result;
        }
    }
}
