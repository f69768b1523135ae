using TlsDoctor.Scanning.Tests.RealServers;
using TlsDoctor.Scanning.Tests.ScriptedServer;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.FallbackScsv;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Vulnerabilities.InferredScans;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.FallbackScsv;

[Collection(LabCollection.Name)]
public sealed class FallbackScsvCheckTests(LabServers lab)
{
    [Fact]
    public async Task FallbackScsv_ScriptedServerIgnoringTheScsv_Vulnerable()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12], HonourFallbackScsv = false };

        var result = (await ScriptedAsync(config)).Check(VulnerabilityIds.FallbackScsv);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.Equal("a TLSv1.1 hello with TLS_FALLBACK_SCSV was accepted although the server speaks TLSv1.2: clients that retry lower can be downgraded.", result.Evidence);
    }

    [Fact]
    public async Task FallbackScsv_OldServerHonouringTheScsv_NotVulnerable()
    {
        var result = (await LabAsync(lab, "s_server-old")).Check(VulnerabilityIds.FallbackScsv);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith("a TLSv1.1 hello with TLS_FALLBACK_SCSV was refused with inappropriate_fallback", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, result.Connections); // no TLS 1.3, so no downgrade sentinel to read
    }

    [Fact]
    public async Task FallbackScsv_Tls13And12Server_NotVulnerableAndCarriesTheDowngradeSentinel()
    {
        var result = (await LabAsync(lab, "nginx-intermediate")).Check(VulnerabilityIds.FallbackScsv);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.Contains("a TLSv1.2 hello with TLS_FALLBACK_SCSV was refused", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("carries the TLS 1.3 downgrade sentinel", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(1, result.Connections);
    }

    [Fact]
    public async Task FallbackScsv_Tls13OnlyServer_NotApplicable()
    {
        var result = (await LabAsync(lab, "nginx-modern")).Check(VulnerabilityIds.FallbackScsv);

        Assert.Equal(VulnerabilityStatus.NotApplicable, result.Status);
        Assert.Equal("only TLSv1.3 is offered: there is no lower version to fall back to.", result.Evidence);
    }

    [Fact]
    public async Task FallbackScsv_GnuTlsClosingOnTheScsvHello_NotVulnerableAfterComparingWithAndWithout()
    {
        // GnuTLS here closes the connection instead of sending inappropriate_fallback, so the features probe has no
        // answer; the check's own pair of hellos (accepted without the SCSV, refused with it) decides.
        var scan = await LabAsync(lab, "gnutls-rc4-3des");
        var result = scan.Check(VulnerabilityIds.FallbackScsv);

        Assert.Null(scan.Features!.FallbackScsv);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith("a TLSv1.1 hello with TLS_FALLBACK_SCSV was refused (", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("RFC 7507", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(2, result.Connections);
    }

    [Fact]
    public async Task FallbackScsv_SeveralVersionsButNoServerToAsk_Unknown()
    {
        var result = await RunAsync(new FallbackScsvCheck(), HandBuilt((TlsVersion.Tls11, ["TLS_RSA_WITH_AES_128_CBC_SHA"]), (TlsVersion.Tls12, ["TLS_RSA_WITH_AES_128_CBC_SHA"])));

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Contains("without the SCSV failed too", result.Evidence, StringComparison.Ordinal);
    }
}
