using TlsDoctor.Scanning.Tests.Http;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Breach;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Http.HttpProbeRun;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities;

/// <summary>BREACH from real nginx answers: gzip on (compressed "/"), gzip off, and a TLS service that is not HTTP.</summary>
public sealed class BreachCheckTests
{
    private static readonly BreachCheck Check = new();

    [Fact]
    public async Task Decide_NginxGzipOn_IsPotentiallyVulnerableNamingTheEncoding()
    {
        using var nginx = await NginxAsync("gzip on;", Page);

        var (http, _) = await RunAsync(nginx.Port, [TlsVersion.Tls12, TlsVersion.Tls13]);
        var result = Check.Decide(http);

        Assert.Equal("gzip", http.ContentEncoding);
        Assert.Equal(VulnerabilityStatus.PotentiallyVulnerable, result.Status);
        Assert.Contains("Content-Encoding: gzip", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("Only / was tested", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("secret", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_NginxGzipOff_IsNotVulnerable()
    {
        using var nginx = await NginxAsync("gzip off;", Page);

        var (http, _) = await RunAsync(nginx.Port, [TlsVersion.Tls12, TlsVersion.Tls13]);
        var result = Check.Decide(http);

        Assert.True(http.IsHttp, http.Error?.Message);
        Assert.Null(http.ContentEncoding);
        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
    }

    [Fact]
    public async Task Decide_TlsServiceThatIsNotHttp_IsNotApplicableWithTheReason()
    {
        var certs = await LabCertificates.GetAsync();
        using var server = await LocalServer.StartAsync("openssl", port =>
            ["s_server", "-quiet", "-ign_eof", "-accept", $"127.0.0.1:{port}", "-cert", certs.Rsa.CertificatePath, "-key", certs.Rsa.KeyPath, "-tls1_2"]);

        var (http, _) = await RunAsync(server.Port, [TlsVersion.Tls12]);
        var result = Check.Decide(http);

        Assert.Equal(VulnerabilityStatus.NotApplicable, result.Status);
        Assert.Contains("no answer to GET /", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HttpNotFetched_IsNotApplicable() =>
        Assert.Equal(VulnerabilityStatus.NotApplicable, Check.Decide(null).Status);

    [Fact]
    public void All_ContainsBreachOnce() =>
        Assert.Single(VulnerabilityChecks.All, c => c.Info.Id == VulnerabilityIds.Breach);
}
