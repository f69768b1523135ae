using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Rc4;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Rc4;

[Collection(LabCollection.Name)]
public sealed class Rc4CheckTests(LabServers lab)
{
    [Fact]
    public async Task Rc4_GnuTlsWithArcfour_VulnerableNamingTheRc4SuitePerVersion()
    {
        var result = (await LabAsync(lab, "gnutls-rc4-3des")).Check(VulnerabilityIds.Rc4);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        foreach (var text in new[] { "TLSv1.0 (", "TLSv1.1 (", "TLSv1.2 (", "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_RC4_128_SHA" })
        {
            Assert.Contains(text, result.Evidence, StringComparison.Ordinal);
        }

        Assert.Equal(0, result.Connections);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    [InlineData("s_server-old")]
    public async Task Rc4_ServerWithoutRc4_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Rc4);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Rc4_SslV2Rc4SpecOnly_Vulnerable()
    {
        var scan = HandBuilt((TlsVersion.SSLv2, ["SSL_CK_RC4_128_WITH_MD5"]), (TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_GCM_SHA256"]));

        var result = await RunAsync(new Rc4Check(), scan);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("RC4 suites accepted at SSLv2 (SSL_CK_RC4_128_WITH_MD5).", result.Evidence);
    }

    [Fact]
    public async Task Rc4_VersionWhoseSuitesWereNotEnumerated_Unknown()
    {
        var scan = HandBuilt((TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_GCM_SHA256"]));
        scan = scan with { Protocols = [.. scan.Protocols, new Probes.ProtocolSupport.ProtocolSupportResult(TlsVersion.Tls10, true, "hand-built")] };

        var result = await RunAsync(new Rc4Check(), scan);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Contains("TLSv1.0", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rc4_ManySuites_NamesThreeAndCountsTheRest()
    {
        var scan = HandBuilt((TlsVersion.Tls12,
        [
            "TLS_ECDHE_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_RC4_128_MD5", "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", "TLS_DHE_PSK_WITH_RC4_128_SHA",
        ]));

        var result = await RunAsync(new Rc4Check(), scan);

        Assert.Equal("RC4 suites accepted at TLSv1.2 (TLS_ECDHE_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_RC4_128_MD5, +2 more).", result.Evidence);
    }
}
