using TlsDoctor.Analysis.Grading;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Analysis.Tests.Grading;

/// <summary>
/// Every lab TLS target scanned for real (lab root as trust store) and graded: the letter, the rules that capped it,
/// and the rating-guide rule each expectation rests on.
/// </summary>
/// <remarks>
/// The expectations are the merged product's: the HTTP probe sees every lab target answer HTTP (nginx, s_server -www
/// and the GnuTLS server all reply to a GET), and only nginx-modern and nginx-intermediate send HSTS
/// (max-age=63072000, two years). So those two are A+ and every other target carries the "hsts_for_a_plus" cap at A.
/// While a scan has no HTTP answer (the HTTP probe not yet merged), A+ cannot be given and the grade says HSTS was not
/// checked; the test then expects exactly that. No lab target is vulnerable to a check that caps (OpenSSL 3.0, nginx
/// and GnuTLS 3.7 have none of Heartbleed, CCS injection, Ticketbleed, ROBOT, DROWN, POODLE TLS; every target supports
/// RFC 5746): a vulnerability cap on any of them is a failure of the check, and these tests catch it.
/// </remarks>
[Collection(LabServers.CollectionName)]
public sealed class GraderLabTests(LabServers lab)
{
    private const string HstsCap = "hsts_for_a_plus";

    private async Task<(ServerScanResult Scan, GradeResult Grade)> GradeAsync(string name)
    {
        var options = ScanOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(2), TrustStore = TrustStore.FromFile(lab.RootCaPath) };
        var scan = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, lab.Get(name).Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, scan.Outcome);
        return (scan, Grader.Grade(scan));
    }

    [Theory]
    // Guide Tables 1–4: 100/90/90 → 93 → A, no cap; Qualys January 2014: A+ for no warnings and HSTS ≥ 180 days.
    // TLS 1.3 only: TLS_FALLBACK_SCSV cannot be tested (one protocol), so no fallback cap.
    [InlineData("nginx-modern", Grade.APlus, 93, true, new string[0], "Tables 1–4 → A; 2014: HSTS 2 years → A+")]
    // Same scores; RFC 5746 and TLS_FALLBACK_SCSV both honoured, so no warning stands between A and A+.
    [InlineData("nginx-intermediate", Grade.APlus, 93, true, new string[0], "Tables 1–4 → A; 2014: HSTS 2 years → A+")]
    // Same scores; s_server -www sends no HSTS: A, held there by the A+ rule.
    [InlineData("s_server-tls12-tiny", Grade.A, 93, false, new string[0], "Tables 1–4 → A; no HSTS → no A+")]
    // Qualys 2018/2020: TLS 1.0 or 1.1 → B (protocol score 95 keeps the number at A).
    [InlineData("s_server-old", Grade.B, 92, false, new[] { "tls10_tls11" }, "2020: TLS 1.0/1.1 → B")]
    // Qualys January 2017: 3DES at TLS 1.1+ → C; guide Changes: RC4 with TLS 1.1+ → C; 2020: TLS 1.0/1.1 → B.
    [InlineData("gnutls-rc4-3des", Grade.C, 80, false, new[] { "sweet32_64bit_block", "rc4", "tls10_tls11" }, "2017: 64-bit block → C; RC4 at TLS 1.1+ → C; TLS 1.0/1.1 → B")]
    // Guide Changes (Logjam): DH 1024–2047 bits → B; Table 3: 1024 bits scores 80.
    [InlineData("s_server-dhe1024", Grade.B, 90, false, new[] { "weak_dh" }, "Logjam: DH 1024 → B")]
    // Qualys January 2014: keys below 2048 bits → B; Table 3: 1024 bits scores 80 (90 overall would still be A).
    [InlineData("s_server-rsa1024", Grade.B, 90, false, new[] { "weak_key" }, "2014: RSA key < 2048 → B")]
    // Qualys 2017: SHA-1 certificates are not trusted → T (Methodology step 4: T replaces the letter).
    [InlineData("s_server-sha1", Grade.T, 93, false, new[] { "sha1_signature" }, "2017: SHA-1 → T")]
    // Guide Methodology step 4: certificate not trusted → T.
    [InlineData("nginx-expired", Grade.T, 93, false, new[] { "expired" }, "step 4: expired → T")]
    [InlineData("nginx-notyetvalid", Grade.T, 93, false, new[] { "not_yet_valid" }, "step 4: not yet valid → T")]
    [InlineData("nginx-selfsigned", Grade.T, 93, false, new[] { "self_signed" }, "step 4: self-signed → T")]
    // The scan cannot complete the chain (no intermediate to fetch), so trust fails: T; SSL Labs gives B only to chains it can complete.
    [InlineData("nginx-incomplete-chain", Grade.T, 93, false, new[] { "incomplete_chain" }, "step 4: chain not completed → T")]
    // Guide Methodology step 4: name mismatch → M.
    [InlineData("nginx-wronghost", Grade.M, 93, false, new[] { "hostname_mismatch" }, "step 4: wrong name → M")]
    public async Task Grade_EveryLabTarget_LetterAndCapsByTheGuide(string name, Grade merged, int total, bool sendsHsts, string[] caps, string rule)
    {
        var (scan, result) = await GradeAsync(name);
        var http = scan.Http is { IsHttp: true };

        // With HTTP: the merged expectation, plus the A+ rule's cap wherever no good HSTS is sent.
        // Without HTTP: A+ cannot be given (A instead), and the grade says HSTS was not checked.
        var expectedLetter = !http && merged == Grade.APlus ? Grade.A : merged;
        string[] expectedCaps = http && !sendsHsts ? [.. caps, HstsCap] : caps;
        var actual = result.Caps.Select(c => c.Rule).ToArray();
        Assert.True(expectedLetter == result.Letter, $"{name} ({rule}): expected {expectedLetter.Show()}, got {result.Letter.Show()} by [{string.Join(", ", actual)}]");
        Assert.True(expectedCaps.SequenceEqual(actual), $"{name} ({rule}): expected caps [{string.Join(", ", expectedCaps)}], got [{string.Join(", ", actual)}]");
        Assert.Equal(total, result.Score.Total);
        Assert.All(result.Caps, c => Assert.False(string.IsNullOrWhiteSpace(c.Evidence) || string.IsNullOrWhiteSpace(c.Fix) || string.IsNullOrWhiteSpace(c.Source)));
        Assert.Equal(result.Caps.Select(c => c.Fix).Distinct(), result.WhatWouldLiftIt);
        Assert.Equal(http, !result.NotChecked.Any(n => n.StartsWith("HSTS not checked", StringComparison.Ordinal)));
        Assert.Equal(scan.Vulnerabilities.Count == 0, result.NotChecked.Contains(Grader.VulnerabilitiesNotChecked));
    }

    [Fact] // Qualys 2020: TLS 1.0/1.1 → B, while Table 2 alone (95 average) would leave A
    public async Task Grade_SServerOld_ScoreLetterAButCappedAtB()
    {
        var (_, result) = await GradeAsync("s_server-old");

        Assert.Equal(Grade.A, result.ScoreLetter);
        Assert.Equal(95, result.Score.Protocol);
        Assert.Equal(RatingSources.Tls10And11Cap, result.Caps[0].Source);
    }

    [Fact] // Guide Table 4: RC4/3DES (112-bit 3DES scores 20) pull the cipher score to 60
    public async Task Grade_GnuTlsRc4And3des_CipherScore60ByGuideTable4()
    {
        var (_, result) = await GradeAsync("gnutls-rc4-3des");

        Assert.Equal(60, result.Score.Cipher);
        Assert.Equal(RatingSources.Sweet32Cap, result.Caps[0].Source);
    }

    [Theory] // Guide Table 3: 1024-bit DH and a 1024-bit RSA key both score 80
    [InlineData("s_server-dhe1024")]
    [InlineData("s_server-rsa1024")]
    public async Task Grade_1024BitKeyExchange_KeyExchangeScore80ByGuideTable3(string name)
    {
        var (_, result) = await GradeAsync(name);

        Assert.Equal(80, result.Score.KeyExchange);
        Assert.Equal(Grade.A, result.ScoreLetter);
    }

    [Fact] // Qualys 2017 changes: the SHA-1 rule's source is the 2017 announcement, not the guide
    public async Task Grade_SServerSha1_CapSourceIs2017Changes()
    {
        var (_, result) = await GradeAsync("s_server-sha1");

        Assert.Equal(RatingSources.Grading2017, result.Caps[0].Source);
    }

    [Fact] // Guide Methodology step 4: the M cap's evidence names the name the certificate is for
    public async Task Grade_NginxWrongHost_EvidenceNamesTheCertificatesName()
    {
        var (_, result) = await GradeAsync("nginx-wronghost");

        Assert.Contains("wrong.example", result.Caps[0].Evidence, StringComparison.Ordinal);
    }
}
