using TlsDoctor.Analysis.Grading;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Analysis.Tests.Grading;

/// <summary>Every lab TLS target scanned for real (lab root as trust store) and graded; each test names the rule that decided.</summary>
[Collection(LabServers.CollectionName)]
public sealed class GraderLabTests(LabServers lab)
{
    private async Task<GradeResult> GradeAsync(string name)
    {
        var options = ScanOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(2), TrustStore = TrustStore.FromFile(lab.RootCaPath) };
        var scan = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, lab.Get(name).Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, scan.Outcome);
        return Grader.Grade(scan);
    }

    private static void AssertCaps(GradeResult result, params string[] rules) =>
        Assert.Equal(rules, result.Caps.Select(c => c.Rule));

    [Theory] // Guide Tables 1–4 only: no cap applies; A+ is never given because HSTS is not checked
    [InlineData("nginx-modern", 93)]
    [InlineData("nginx-intermediate", 93)]
    [InlineData("s_server-tls12-tiny", 93)]
    public async Task Grade_WellConfiguredLabServer_AFromGuideScoreAlone(string name, int total)
    {
        var result = await GradeAsync(name);

        Assert.Equal(Grade.A, result.Letter);
        Assert.Equal(total, result.Score.Total);
        AssertCaps(result);
        Assert.Equal([Grader.HstsNotChecked], result.NotChecked);
    }

    [Fact] // Qualys 2020: TLS 1.0/1.1 → B
    public async Task Grade_SServerOld_BByTls10And11Rule()
    {
        var result = await GradeAsync("s_server-old");

        Assert.Equal(Grade.B, result.Letter);
        Assert.Equal(Grade.A, result.ScoreLetter);
        AssertCaps(result, "tls10_tls11");
        Assert.Equal(95, result.Score.Protocol);
    }

    [Fact] // Qualys January 2017 (64-bit block → C) and guide Changes (RC4 with TLS 1.1+ → C), plus TLS 1.0/1.1 → B
    public async Task Grade_GnuTlsRc4And3des_CBySweet32AndRc4Rules()
    {
        var result = await GradeAsync("gnutls-rc4-3des");

        Assert.Equal(Grade.C, result.Letter);
        AssertCaps(result, "sweet32_64bit_block", "rc4", "tls10_tls11");
        Assert.Equal(60, result.Score.Cipher);
    }

    [Fact] // Guide Changes (Logjam): DH 1024 → B; Table 3 gives 1024 bits 80
    public async Task Grade_SServerDhe1024_BByWeakDhRule()
    {
        var result = await GradeAsync("s_server-dhe1024");

        Assert.Equal(Grade.B, result.Letter);
        AssertCaps(result, "weak_dh");
        Assert.Equal(80, result.Score.KeyExchange);
    }

    [Fact] // Guide Table 3: an RSA-1024 certificate lowers the key exchange score to 80, the letter stays A
    public async Task Grade_SServerRsa1024_KeyExchangeScoreOnlyByGuideTable3()
    {
        var result = await GradeAsync("s_server-rsa1024");

        Assert.Equal(Grade.A, result.Letter);
        Assert.Equal(80, result.Score.KeyExchange);
        AssertCaps(result);
    }

    [Fact] // Qualys 2017 changes: SHA-1 certificates are not trusted → T
    public async Task Grade_SServerSha1_TBySha1Rule()
    {
        var result = await GradeAsync("s_server-sha1");

        Assert.Equal(Grade.T, result.Letter);
        AssertCaps(result, "sha1_signature");
        Assert.Equal(RatingSources.Grading2017, result.Caps[0].Source);
    }

    [Theory] // Guide Methodology step 4: no trust → T
    [InlineData("nginx-expired", "expired")]
    [InlineData("nginx-notyetvalid", "not_yet_valid")]
    [InlineData("nginx-selfsigned", "self_signed")]
    [InlineData("nginx-incomplete-chain", "incomplete_chain")]
    public async Task Grade_UntrustedCertificateLabServer_TByTrustRule(string name, string rule)
    {
        var result = await GradeAsync(name);

        Assert.Equal(Grade.T, result.Letter);
        Assert.Equal(Grade.A, result.ScoreLetter);
        AssertCaps(result, rule);
    }

    [Fact] // Guide Methodology step 4: name mismatch → M
    public async Task Grade_NginxWrongHost_MByNameRule()
    {
        var result = await GradeAsync("nginx-wronghost");

        Assert.Equal(Grade.M, result.Letter);
        AssertCaps(result, "hostname_mismatch");
        Assert.Contains("wrong.example", result.Caps[0].Evidence, StringComparison.Ordinal);
    }
}
