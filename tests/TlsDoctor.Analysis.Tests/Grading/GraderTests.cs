using TlsDoctor.Analysis.Grading;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Features;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Grading;

/// <summary>Grades of hand-built scans, one guide or Qualys rule per test.</summary>
public sealed class GraderTests(LabChains chains) : IClassFixture<LabChains>
{
    private static readonly ServerFeaturesResult GoodFeatures = new(false, true, true, true, true, false, false, false, true);

    private ScanBuilder Modern(string leaf = "rsa") => ScanBuilder.Modern(chains.Get(leaf));

    private static string[] Rules(GradeResult result) => [.. result.Caps.Select(c => c.Rule)];

    [Fact]
    public void Grade_ModernServerWithoutHttp_AWithGuideScoresAndHstsNotFetched()
    {
        var result = Grader.Grade(Modern().Build() with { Features = GoodFeatures });

        Assert.Equal(Grade.A, result.Letter);
        Assert.Equal(new ScoreParts(100, 90, 90, 93), result.Score);
        Assert.Empty(result.Caps);
        Assert.Equal([Grader.HstsNotFetched, Grader.VulnerabilitiesNotChecked], result.NotChecked);
    }

    [Fact] // Qualys January 2014: A+ for no warnings and a long HSTS max-age (SSL Labs: at least 180 days)
    public void Grade_ModernServerWithTwoYearHsts_APlus()
    {
        var result = Grader.Grade((Modern().Build() with { Features = GoodFeatures }).WithHsts("max-age=63072000", 63072000).WithChecks());

        Assert.Equal(Grade.APlus, result.Letter);
        Assert.Equal("A+", result.Letter.Show());
        Assert.Empty(result.Caps);
        Assert.Empty(result.NotChecked);
    }

    [Fact] // 180 days exactly is enough for A+
    public void Grade_HstsOf180Days_APlus() =>
        Assert.Equal(Grade.APlus, Grader.Grade(Modern().Build().WithHsts("max-age=15552000", CapRules.HstsMinimumForAPlus)).Letter);

    [Theory] // Qualys January 2014: without a long HSTS max-age the grade stops at A, and the cap says why and how
    [InlineData("max-age=86400", 86400L, "below 180 days")]
    [InlineData("max-age=0", 0L, "not in force")]
    [InlineData(null, null, "no Strict-Transport-Security header")]
    public void Grade_HttpServiceWithShortOrNoHsts_AWithHstsCap(string? raw, long? maxAge, string evidence)
    {
        var result = Grader.Grade(Modern().Build().WithHsts(raw, maxAge));

        Assert.Equal(Grade.A, result.Letter);
        var cap = Assert.Single(result.Caps);
        Assert.Equal(("hsts_for_a_plus", Grade.A), (cap.Rule, cap.Cap));
        Assert.Contains(evidence, cap.Evidence, StringComparison.Ordinal);
        Assert.Contains("max-age=63072000", cap.Fix, StringComparison.Ordinal);
        Assert.Equal(RatingSources.Grading2014, cap.Source);
    }

    [Fact]
    public void Grade_NotAnHttpService_AAndHstsNotChecked()
    {
        var result = Grader.Grade(Modern().Build().NotHttp().WithChecks());

        Assert.Equal(Grade.A, result.Letter);
        Assert.Equal([Grader.HstsNotHttp], result.NotChecked);
    }

    [Fact] // Qualys January 2014: a warning (no RFC 5746) gives A-, and HSTS does not lift it to A+
    public void Grade_WarningWithGoodHsts_AMinusNotAPlus()
    {
        var scan = (Modern().Build() with { Features = GoodFeatures with { SecureRenegotiation = false } }).WithHsts("max-age=63072000", 63072000);

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.AMinus, result.Letter);
        Assert.Equal(["no_secure_renegotiation"], Rules(result));
    }

    [Fact] // Qualys 2020: TLS 1.0/1.1 → B; the HSTS cap stays listed for when B is fixed
    public void Grade_Tls10AndTls11Accepted_CappedAtBByTls10And11Rule()
    {
        var scan = Modern().Suites(TlsVersion.Tls10, CipherOrder.Server, "ECDHE-RSA-AES128-SHA")
            .Suites(TlsVersion.Tls11, CipherOrder.Server, "ECDHE-RSA-AES128-SHA").Build().WithHsts(null, null);

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.B, result.Letter);
        Assert.Equal(["tls10_tls11", "hsts_for_a_plus"], Rules(result));
        Assert.Equal(RatingSources.Tls10And11Cap, result.Caps[0].Source);
        Assert.Contains("TLSv1.0 and TLSv1.1", result.Caps[0].Evidence, StringComparison.Ordinal);
        Assert.Equal(2, result.WhatWouldLiftIt.Count);
    }

    [Fact] // Guide Changes: SSL 2.0 → F
    public void Grade_SslV2Accepted_FBySslV2Rule()
    {
        var scan = Modern().Build();
        scan = scan with { Protocols = [.. scan.Protocols, new ProtocolSupportResult(TlsVersion.SSLv2, true, "SERVER-HELLO")] };

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.F, result.Letter);
        Assert.Contains("ssl2_supported", Rules(result));
    }

    [Fact] // Guide Changes: export suites → F
    public void Grade_ExportSuiteAccepted_FByExportRule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls10, CipherOrder.Server, "EXP-RC4-MD5").Build());

        Assert.Equal(Grade.F, result.Letter);
        Assert.Equal("export_suites", result.Caps[0].Rule);
    }

    [Fact] // Guide Changes: DH < 1024 → F
    public void Grade_Dh512_FByWeakDhRule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "DHE-RSA-AES128-GCM-SHA256").Dh(TlsVersion.Tls12, 512).Build());

        Assert.Equal(Grade.F, result.Letter);
        Assert.Equal("dh_below_1024", result.Caps[0].Rule);
        Assert.Equal(20, result.Score.KeyExchange);
    }

    [Fact] // Qualys January 2017: 64-bit block ciphers with TLS 1.1+ → C
    public void Grade_3desAtTls12_CBySweet32Rule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "DES-CBC3-SHA").Build());

        Assert.Equal(Grade.C, result.Letter);
        Assert.Equal("sweet32_64bit_block", result.Caps[0].Rule);
        Assert.Equal(RatingSources.Sweet32Cap, result.Caps[0].Source);
    }

    [Fact] // One rule, one cap: the SWEET32 check agreeing with the suite list adds nothing
    public void Grade_3desAndSweet32CheckVulnerable_OneCapWithSuiteEvidence()
    {
        var scan = Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "DES-CBC3-SHA").Build()
            .WithChecks(ScanExtras.Check("sweet32", Scanning.Vulnerabilities.VulnerabilityStatus.Vulnerable));

        var result = Grader.Grade(scan);

        var cap = Assert.Single(result.Caps, c => c.Rule == "sweet32_64bit_block");
        Assert.Contains("DES-CBC3-SHA", cap.Evidence, StringComparison.Ordinal);
    }

    [Fact] // Without suite data, the SWEET32 check's finding stands in for the same rule
    public void Grade_NoSuiteDataButSweet32CheckVulnerable_CWithCheckEvidence()
    {
        var scan = (Modern().Build() with { CipherSuites = [] })
            .WithChecks(ScanExtras.Check("sweet32", Scanning.Vulnerabilities.VulnerabilityStatus.Vulnerable, "3DES negotiated at TLSv1.2"));

        var result = Grader.Grade(scan);

        var cap = Assert.Single(result.Caps, c => c.Rule == "sweet32_64bit_block");
        Assert.Equal(Grade.C, cap.Cap);
        Assert.Contains("3DES negotiated at TLSv1.2", cap.Evidence, StringComparison.Ordinal);
    }

    [Fact] // Guide Changes: RC4 with TLS 1.1+ → C
    public void Grade_Rc4AtTls12_CByRc4Rule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "RC4-SHA").Build());

        Assert.Equal(Grade.C, result.Letter);
        Assert.Contains("rc4", Rules(result));
    }

    [Fact] // Qualys October 2015: RC4 as the only cipher → F
    public void Grade_Rc4Only_FByRc4Rule()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls12, CipherOrder.Server, "ECDHE-RSA-RC4-SHA", "RC4-SHA").Chain(chains.Get("rsa")).Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.F, result.Letter);
        var cap = result.Caps[0];
        Assert.Equal(("rc4", Grade.F, RatingSources.Rc4OnlyCap), (cap.Rule, cap.Cap, cap.Source));
    }

    [Fact] // Qualys May 2015: no TLS 1.2 → C
    public void Grade_OnlyTls10_CByNoTls12Rule()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls10, CipherOrder.Server, "ECDHE-RSA-AES128-SHA").Chain(chains.Get("rsa")).Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.C, result.Letter);
        Assert.Equal("no_tls12", result.Caps[0].Rule);
        Assert.Equal(RatingSources.NoTls12Cap, result.Caps[0].Source);
    }

    [Fact] // Qualys March 2018: no forward secrecy → B
    public void Grade_StaticRsaOnly_BByNoForwardSecrecyRule()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls12, CipherOrder.Server, "AES128-GCM-SHA256").Chain(chains.Get("rsa")).Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.B, result.Letter);
        Assert.Equal("no_forward_secrecy", Assert.Single(result.Caps).Rule);
    }

    [Fact] // Qualys March 2018: no AEAD suite → B
    public void Grade_CbcOnly_BByNoAeadRule()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls12, CipherOrder.Server, "ECDHE-RSA-AES128-SHA256", "ECDHE-RSA-AES256-SHA").Chain(chains.Get("rsa")).Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.B, result.Letter);
        var cap = Assert.Single(result.Caps);
        Assert.Equal(("no_aead", RatingSources.Grading2018), (cap.Rule, cap.Source));
    }

    [Fact] // Qualys December 2014: A+ expects TLS_FALLBACK_SCSV, so without it the grade stops at A
    public void Grade_NoFallbackScsvWithGoodHsts_AByFallbackRule()
    {
        var result = Grader.Grade((Modern().Build() with { Features = GoodFeatures with { FallbackScsv = false } }).WithHsts("max-age=63072000", 63072000));

        Assert.Equal(Grade.A, result.Letter);
        var cap = Assert.Single(result.Caps);
        Assert.Equal(("no_fallback_scsv", Grade.A, RatingSources.EndOf2014), (cap.Rule, cap.Cap, cap.Source));
    }

    [Fact] // Same rule from the fallback-scsv check when the hello probe could not tell
    public void Grade_FallbackScsvCheckVulnerable_OneFallbackCap()
    {
        var scan = (Modern().Build() with { Features = GoodFeatures with { FallbackScsv = null } })
            .WithChecks(ScanExtras.Check("fallback-scsv", Scanning.Vulnerabilities.VulnerabilityStatus.Vulnerable, "TLSv1.1 hello with the SCSV accepted"));

        var cap = Assert.Single(Grader.Grade(scan).Caps);

        Assert.Equal("no_fallback_scsv", cap.Rule);
        Assert.Contains("TLSv1.1 hello with the SCSV accepted", cap.Evidence, StringComparison.Ordinal);
    }

    [Fact] // Guide Methodology step 4: untrusted certificate → T
    public void Grade_ExpiredCertificate_TByTrustRule()
    {
        var result = Grader.Grade(Modern("expired").Build());

        Assert.Equal(Grade.T, result.Letter);
        Assert.Equal("expired", result.Caps[0].Rule);
        Assert.Equal(Grade.A, result.ScoreLetter);
    }

    [Fact] // Guide Methodology step 4: T wins over A+, the HSTS being fine
    public void Grade_ExpiredCertificateWithGoodHsts_T()
    {
        var result = Grader.Grade(Modern("expired").Build().WithHsts("max-age=63072000", 63072000));

        Assert.Equal(Grade.T, result.Letter);
        Assert.Equal(["expired"], Rules(result));
    }

    [Fact] // Guide Methodology step 4: name mismatch → M
    public void Grade_WrongHostCertificate_MByNameRule()
    {
        var result = Grader.Grade(Modern("wronghost").Build());

        Assert.Equal(Grade.M, result.Letter);
        Assert.Equal("hostname_mismatch", result.Caps[0].Rule);
    }

    [Fact] // Guide Methodology step 4: self-signed → T
    public void Grade_SelfSignedCertificate_TByTrustRule()
    {
        var result = Grader.Grade(Modern("selfsigned").Build());

        Assert.Equal(Grade.T, result.Letter);
        Assert.Contains("self_signed", Rules(result));
    }

    [Fact] // Guide Table 3: a 1024-bit RSA key scores 80 in key exchange; Qualys January 2014: keys below 2048 bits → B
    public void Grade_Rsa1024Certificate_KeyExchange80AndBByWeakKeyRule()
    {
        var result = Grader.Grade(Modern("rsa1024").Build());

        Assert.Equal(80, result.Score.KeyExchange);
        Assert.Equal(Grade.A, result.ScoreLetter);
        Assert.Equal(Grade.B, result.Letter);
        var cap = Assert.Single(result.Caps);
        Assert.Equal(("weak_key", RatingSources.Grading2014), (cap.Rule, cap.Source));
        Assert.Contains("RSA key of 1024 bits", cap.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_SeveralCaps_WorstFirstAndEveryFixListed()
    {
        var scan = Modern().Suites(TlsVersion.Tls10, CipherOrder.Server, "DES-CBC3-SHA")
            .Suites(TlsVersion.Tls11, CipherOrder.Server, "DES-CBC3-SHA").Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.C, result.Letter);
        Assert.Equal(["sweet32_64bit_block", "tls10_tls11"], Rules(result));
        Assert.Equal(2, result.WhatWouldLiftIt.Count);
    }

    [Fact] // Qualys January 2014: no secure renegotiation (RFC 5746) → A-
    public void Grade_NoSecureRenegotiation_AMinusByRenegotiationRule()
    {
        var result = Grader.Grade(Modern().Build() with { Features = GoodFeatures with { SecureRenegotiation = false } });

        Assert.Equal(Grade.AMinus, result.Letter);
        Assert.Equal("no_secure_renegotiation", Assert.Single(result.Caps).Rule);
    }

    [Fact] // Guide Changes (Logjam): DH 1024–2047 → B
    public void Grade_Dh1024_BByWeakDhRule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "DHE-RSA-AES128-GCM-SHA256").Dh(TlsVersion.Tls12, 1024).Build());

        Assert.Equal(Grade.B, result.Letter);
        Assert.Equal("weak_dh", Assert.Single(result.Caps).Rule);
    }

    [Fact] // Qualys 2017 changes: SHA-1 signed certificate → T
    public void Grade_Sha1Certificate_TBySha1Rule()
    {
        var result = Grader.Grade(Modern("sha1").Build());

        Assert.Equal(Grade.T, result.Letter);
        Assert.Equal(RatingSources.Grading2017, result.Caps[0].Source);
    }
}
