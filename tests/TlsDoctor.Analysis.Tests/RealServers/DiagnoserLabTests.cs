using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.RealServers;

/// <summary>The diagnosis for the default client (a current browser) against real scans of every lab target, the lab root trusted.</summary>
[Collection(LabServers.CollectionName)]
public sealed class DiagnoserLabTests(LabServers lab)
{
    private async Task<ServerScanResult> ScanAsync(string name)
    {
        var options = ScanOptions.Default with
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ReadTimeout = TimeSpan.FromSeconds(2),
            TrustStore = TrustStore.FromFile(lab.RootCaPath),
        };
        return await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, lab.Get(name).Port, "localhost"));
    }

    [Theory]
    [InlineData("nginx-expired", CauseId.CertificateExpired)]
    [InlineData("nginx-notyetvalid", CauseId.CertificateNotYetValid)]
    [InlineData("nginx-wronghost", CauseId.HostnameMismatch)]
    [InlineData("nginx-selfsigned", CauseId.SelfSigned)]
    [InlineData("s_server-sha1", CauseId.WeakSignature)]
    [InlineData("s_server-dhe1024", CauseId.NoSharedCipher)]
    [InlineData("nginx-plain-http", CauseId.NotTls)]
    [InlineData("banner", CauseId.NotTls)]
    [InlineData("echo", CauseId.NotTls)]
    [InlineData("closed", CauseId.ConnectionRefused)]
    public async Task Diagnose_ProblemTargetForDefaultClient_RootCause(string target, CauseId expected)
    {
        var d = Diagnoser.Diagnose(await ScanAsync(target), Diagnoser.DefaultClient);

        Assert.Equal(expected, d.RootCause?.Cause);
        Assert.NotEmpty(d.Evidence);
        Assert.NotEmpty(d.Fixes);
    }

    [Fact]
    public async Task Diagnose_SmtpBannerTarget_NeedsStartTls()
    {
        var d = Diagnoser.Diagnose(await ScanAsync("banner"), Diagnoser.DefaultClient);

        Assert.Contains("needs STARTTLS", d.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx-incomplete-chain", "java-17", CauseId.IncompleteChain)]
    [InlineData("s_server-rsa1024", "openssl-3.0-debian12", CauseId.WeakCertificateKey)]
    [InlineData("nginx-modern", "java-8u161", CauseId.ProtocolMismatch)]
    [InlineData("s_server-dhe1024", "openssl-3.0-debian12", CauseId.DhTooSmall)]
    public async Task Diagnose_ProblemTargetForTheClientItHits_RootCause(string target, string client, CauseId expected)
    {
        var d = Diagnoser.Diagnose(await ScanAsync(target), KnownClients.Find(client)!);

        Assert.Equal(expected, d.RootCause?.Cause);
    }

    [Theory]
    [InlineData("nginx-modern")]
    [InlineData("nginx-intermediate")]
    [InlineData("s_server-old")]
    [InlineData("s_server-tls12-tiny")]
    [InlineData("gnutls-rc4-3des")]
    public async Task Diagnose_HealthyTargetWithLabRootTrusted_NoProblemForThisClient(string target)
    {
        var d = Diagnoser.Diagnose(await ScanAsync(target), Diagnoser.DefaultClient);

        Assert.False(d.HasProblem, d.Summary);
        Assert.StartsWith("no problem for this client", d.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(d.Negotiated);
    }

    [Fact]
    public async Task WhatIf_OldServerWithoutTls10And11_ExactlyTheProfilesToppingOutAtTls11Lose()
    {
        var scan = await ScanAsync("s_server-old");
        var expected = KnownClients.All.Where(p => p.Versions.Max() <= TlsVersion.Tls11).Select(p => p.Id).Order(StringComparer.Ordinal);

        Assert.NotEmpty(expected);

        var impact = WhatIfImpact.Compute(scan, WhatIf.Parse("disable TLSv1.0,TLSv1.1"), KnownClients.All);

        Assert.Equal(expected, impact.Lost.Select(r => r.Client.Id).Order(StringComparer.Ordinal));
        Assert.All(impact.Lost, r => Assert.Equal(FailureCause.NoCommonProtocol, r.Cause));
        Assert.Empty(impact.Gained);
    }
}
