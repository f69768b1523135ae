using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>
/// The ROBOT check against real servers of the test kit. OpenSSL 3 answers every bad premaster secret like a good
/// one (RFC 5246 §7.4.7.1 and implicit rejection), so these are the negatives that must hold.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class RobotCheckLabTests(LabServers lab)
{
    [Theory]
    [InlineData("s_server-old")]
    [InlineData("s_server-tls12-tiny")]
    public async Task RunAsync_OpenSslWithStaticRsa_NotVulnerableWithinTheQueryBound(string name)
    {
        var result = await RobotScan.ScanAsync(LabTarget.Host, lab.Get(name).Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith(
            "no oracle: all 5 premaster secrets got the same answer: alert bad_record_mac, then close with ClientKeyExchange, ChangeCipherSpec and Finished, silence with ClientKeyExchange alone (TLSv1.2, TLS_RSA_WITH_",
            result.Evidence, StringComparison.Ordinal);
        Assert.Equal(10, result.Connections);
        Assert.True(result.Connections <= RobotScan.Options.RobotMaxQueries + 1);
    }

    [Fact]
    public async Task RunAsync_NginxIntermediate_NotVulnerableNoRsaKeyExchange()
    {
        var result = await RobotScan.ScanAsync(LabTarget.Host, lab.Get("nginx-intermediate").Port);

        Assert.Equal(VulnerabilityStatus.NotVulnerable, result.Status);
        Assert.StartsWith("no RSA key exchange", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, result.Connections);
    }

    [Fact]
    public async Task RunAsync_RealServerBudgetBelowTwoRounds_UnknownAndNoMoreQueriesThanAllowed()
    {
        var options = RobotScan.Options with { RobotMaxQueries = 8 };

        var result = await RobotScan.ScanAsync(LabTarget.Host, lab.Get("s_server-old").Port, options);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.Contains("RobotMaxQueries = 8", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(5, result.Connections);
    }
}
