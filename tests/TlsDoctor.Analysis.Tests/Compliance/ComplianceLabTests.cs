using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;
using static TlsDoctor.Analysis.Compliance.DeviationKind;

namespace TlsDoctor.Analysis.Tests.Compliance;

/// <summary>The lab's Mozilla-configured servers, scanned for real, measured against the published profiles.</summary>
[Collection(LabServers.CollectionName)]
public sealed class ComplianceLabTests(LabServers lab)
{
    private async Task<ServerScanResult> ScanAsync(string name)
    {
        var options = ScanOptions.Default with
        {
            ReadTimeout = TimeSpan.FromSeconds(2),
            TrustStore = TrustStore.FromFile(lab.RootCaPath),
        };
        var result = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, lab.Get(name).Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    }

    private static string Describe(ComplianceResult result) => string.Join("\n", result.Deviations.Select(d => $"{d.Kind}: {d.Text}"));

    [Fact]
    public async Task Check_NginxIntermediateAgainstIntermediate57_Passes()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate57, await ScanAsync("nginx-intermediate"));

        Assert.True(result.Passed, Describe(result));
        // OpenSSL's default groups: x448, secp521r1 and (TLS 1.3) ffdhe2048+ are beyond tls_curves but not weaker.
        Assert.Contains(result.Notes, n => n.Contains("x448", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_NginxIntermediateAgainstIntermediate60_FailsOnlyForItsDheSuites()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, await ScanAsync("nginx-intermediate"));

        Assert.All(result.Deviations, d => Assert.Equal(CipherSuite, d.Kind));
        Assert.Equal(
            ["TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"],
            result.Deviations.Select(d => d.Text.Split(' ')[2].TrimEnd(',')).Order());
    }

    [Fact]
    public async Task Check_NginxModernAgainstModern60_DeviatesByItsRsaCertificateAndTls13FfdheGroups()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Modern60, await ScanAsync("nginx-modern"));

        // The data, beyond the "only by its RSA certificate": modern has no dh_param_size, so the ffdhe groups
        // OpenSSL accepts in TLS 1.3 deviate; and maximum_certificate_lifespan is 90 days, the lab leaf's is 366.
        Assert.Equal([CertificateType, CertificateSignature, CertificateLifetime],
            result.Deviations.Where(d => d.Kind is not Group).Select(d => d.Kind));
        Assert.Contains("RSA", result.Deviations[^3].Text, StringComparison.Ordinal);
        Assert.Equal(["ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"],
            result.Deviations.Where(d => d.Kind is Group).Select(d => d.Text.Split(' ')[3].TrimEnd(':')));
    }

    [Fact]
    public async Task Check_OldServerAgainstBothIntermediates_ListsEveryDeviation()
    {
        var scan = await ScanAsync("s_server-old");

        foreach (var profile in new[] { MozillaProfiles.Intermediate57, MozillaProfiles.Intermediate60 })
        {
            var result = ComplianceChecker.Check(profile, scan);
            Assert.False(result.Passed);
            Assert.Equal([ProtocolOffered, ProtocolOffered, ProtocolMissing], result.Deviations.Where(d => d.Kind is not CipherSuite).Select(d => d.Kind));
            // Every TLS 1.0/1.1 suite, and every TLS 1.2 suite outside the profile's list, each named.
            var tls12 = scan.CipherSuites.Single(c => c.Version == Tls.Registry.TlsVersion.Tls12).Accepted;
            var expected = scan.CipherSuites.Where(c => c.Version != Tls.Registry.TlsVersion.Tls12).Sum(c => c.Accepted.Count)
                + tls12.Count(s => !profile.Ciphers.Contains(s.IanaName));
            Assert.Equal(expected, result.Deviations.Count(d => d.Kind is CipherSuite));
            Assert.Contains(result.Deviations, d => d.Text.Contains("TLS_RSA_WITH_AES_128_CBC_SHA,", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Check_OldServerAgainstOld57_LacksTls13AndServerOrder()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Old57, await ScanAsync("s_server-old"));

        Assert.Equal([ProtocolMissing, CipherOrder, CipherOrder, CipherOrder], result.Deviations.Select(d => d.Kind));
        Assert.Contains("TLSv1.3", result.Deviations[0].Text, StringComparison.Ordinal);
    }
}
