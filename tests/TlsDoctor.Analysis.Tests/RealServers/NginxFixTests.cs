using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Testing.Lab.Nginx;

namespace TlsDoctor.Analysis.Tests.RealServers;

/// <summary>
/// The nginx fix a diagnosis suggests, applied to a real, broken nginx: its directive line goes into the config,
/// nginx restarts, and the same client then connects. Each test runs an nginx of its own on 127.0.0.1.
/// </summary>
public sealed class NginxFixTests
{
    [Fact]
    public async Task Diagnose_LeafOnlyNginxThenSuggestedFullChainApplied_NoProblemForJava17()
    {
        var certs = await LabCertificates.GetAsync();
        var java17 = KnownClients.Find("java-17")!;
        using var nginx = await LabNginx.StartAsync([
            $"ssl_certificate {certs.Incomplete.CertificatePath};",
            $"ssl_certificate_key {certs.Incomplete.KeyPath};",
            "ssl_protocols TLSv1.2 TLSv1.3;",
        ]);

        var before = Diagnoser.Diagnose(await ScanAsync(nginx, certs), java17);
        Assert.Equal(CauseId.IncompleteChain, before.RootCause?.Cause);
        var fix = Assert.Single(NginxFixText.DirectiveLines(before));
        Assert.Equal("ssl_certificate", NginxFixText.Name(fix));

        // What the fix's note says: "cat leaf.pem intermediate.pem > fullchain.pem", in the directory it names.
        var value = NginxFixText.Value(fix);
        Assert.StartsWith(NginxFixText.PlaceholderDirectory, value, StringComparison.Ordinal);
        var fullChain = Path.Combine(nginx.Directory, value[NginxFixText.PlaceholderDirectory.Length..]);
        await File.WriteAllTextAsync(fullChain,
            await File.ReadAllTextAsync(certs.Incomplete.CertificatePath) + await File.ReadAllTextAsync(certs.IntermediatePath));
        await nginx.RestartAsync(NginxFixText.Apply(nginx.Directives, fix.Replace(value, fullChain, StringComparison.Ordinal)));

        var after = Diagnoser.Diagnose(await ScanAsync(nginx, certs), java17);
        Assert.False(after.HasProblem, after.Summary);
        Assert.StartsWith("no problem for this client", after.Summary, StringComparison.Ordinal);
        Assert.Contains($"ssl_certificate {fullChain};", await File.ReadAllTextAsync(nginx.ConfigPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_Tls13OnlyNginxThenSuggestedProtocolsApplied_NoProblemForJava8u161()
    {
        var certs = await LabCertificates.GetAsync();
        var java8 = KnownClients.Find("java-8u161")!;
        using var nginx = await LabNginx.StartAsync([
            $"ssl_certificate {certs.Rsa.ChainPath};",
            $"ssl_certificate_key {certs.Rsa.KeyPath};",
            "ssl_protocols TLSv1.3;",
        ]);

        var before = Diagnoser.Diagnose(await ScanAsync(nginx, certs), java8);
        Assert.Equal(CauseId.ProtocolMismatch, before.RootCause?.Cause);
        var fixes = NginxFixText.DirectiveLines(before);
        Assert.Contains("ssl_protocols TLSv1.2 TLSv1.3;", fixes);

        await nginx.RestartAsync(fixes.Aggregate(nginx.Directives, NginxFixText.Apply));

        var after = Diagnoser.Diagnose(await ScanAsync(nginx, certs), java8);
        Assert.False(after.HasProblem, after.Summary);
        Assert.StartsWith("no problem for this client", after.Summary, StringComparison.Ordinal);
        Assert.StartsWith("TLSv1.2", after.Negotiated, StringComparison.Ordinal);
        Assert.DoesNotContain("ssl_protocols TLSv1.3;", await File.ReadAllTextAsync(nginx.ConfigPath), StringComparison.Ordinal);
    }

    private static async Task<ServerScanResult> ScanAsync(LabNginx nginx, LabCertificates certs)
    {
        var options = ScanOptions.Default with
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ReadTimeout = TimeSpan.FromSeconds(2),
            TrustStore = TrustStore.FromFile(certs.RootPath),
        };
        var result = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, nginx.Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    }
}
