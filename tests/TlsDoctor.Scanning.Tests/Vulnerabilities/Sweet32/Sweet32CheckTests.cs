using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Sweet32;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Sweet32;

[Collection(LabCollection.Name)]
public sealed class Sweet32CheckTests(LabServers lab)
{
    [Fact]
    public async Task Sweet32_GnuTlsWith3Des_VulnerableNaming3DesSuites()
    {
        var result = (await LabAsync(lab, "gnutls-rc4-3des")).Check(VulnerabilityIds.Sweet32);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Contains("_3DES_EDE_CBC_", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("TLSv1.2 (", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-intermediate")]
    [InlineData("nginx-modern")]
    [InlineData("s_server-old")]
    public async Task Sweet32_ServerWithout64BitBlockCiphers_NotVulnerable(string target)
    {
        var result = (await LabAsync(lab, target)).Check(VulnerabilityIds.Sweet32);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Theory]
    [InlineData("TLS_RSA_WITH_IDEA_CBC_SHA")]
    [InlineData("TLS_RSA_WITH_DES_CBC_SHA")]
    [InlineData("TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5")]
    public async Task Sweet32_OtherSmallBlockCipher_Vulnerable(string suite)
    {
        var result = await RunAsync(new Sweet32Check(), HandBuilt((TlsVersion.Tls10, [suite, "TLS_RSA_WITH_AES_128_CBC_SHA"])));

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal($"64-bit block cipher suites accepted at TLSv1.0 ({suite}).", result.Evidence);
    }
}
