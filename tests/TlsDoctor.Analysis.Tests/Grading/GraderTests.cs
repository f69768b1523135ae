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
    public void Grade_ModernServer_AWithGuideScoresAndNoA_Plus()
    {
        var result = Grader.Grade(Modern().Build() with { Features = GoodFeatures });

        Assert.Equal(Grade.A, result.Letter);
        Assert.Equal(new ScoreParts(100, 90, 90, 93), result.Score);
        Assert.Empty(result.Caps);
        Assert.Contains(result.NotChecked, n => n.StartsWith("HSTS not checked", StringComparison.Ordinal));
    }

    [Fact] // Qualys 2020: TLS 1.0/1.1 → B
    public void Grade_Tls10AndTls11Accepted_CappedAtBByTls10And11Rule()
    {
        var scan = Modern().Suites(TlsVersion.Tls10, CipherOrder.Server, "ECDHE-RSA-AES128-SHA")
            .Suites(TlsVersion.Tls11, CipherOrder.Server, "ECDHE-RSA-AES128-SHA").Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.B, result.Letter);
        var cap = Assert.Single(result.Caps);
        Assert.Equal("tls10_tls11", cap.Rule);
        Assert.Equal(RatingSources.Tls10And11Cap, cap.Source);
        Assert.Contains("TLSv1.0 and TLSv1.1", cap.Evidence, StringComparison.Ordinal);
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

    [Fact] // Guide Changes: RC4 with TLS 1.1+ → C
    public void Grade_Rc4AtTls12_CByRc4Rule()
    {
        var result = Grader.Grade(Modern().Suites(TlsVersion.Tls12, CipherOrder.Server, "RC4-SHA").Build());

        Assert.Equal(Grade.C, result.Letter);
        Assert.Contains("rc4", Rules(result));
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

    [Fact] // Qualys: no forward secrecy → B
    public void Grade_StaticRsaOnly_BByNoForwardSecrecyRule()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls12, CipherOrder.Server, "AES128-GCM-SHA256").Chain(chains.Get("rsa")).Build();

        var result = Grader.Grade(scan);

        Assert.Equal(Grade.B, result.Letter);
        Assert.Equal("no_forward_secrecy", Assert.Single(result.Caps).Rule);
    }

    [Fact] // Guide Changes: TLS_FALLBACK_SCSV not honoured → A-
    public void Grade_NoFallbackScsv_AMinusByFallbackRule()
    {
        var result = Grader.Grade(Modern().Build() with { Features = GoodFeatures with { FallbackScsv = false } });

        Assert.Equal(Grade.AMinus, result.Letter);
        Assert.Equal("A-", result.Letter.Show());
        Assert.Equal("no_fallback_scsv", Assert.Single(result.Caps).Rule);
    }

    [Fact] // Guide Methodology step 4: untrusted certificate → T
    public void Grade_ExpiredCertificate_TByTrustRule()
    {
        var result = Grader.Grade(Modern("expired").Build());

        Assert.Equal(Grade.T, result.Letter);
        Assert.Equal("expired", result.Caps[0].Rule);
        Assert.Equal(Grade.A, result.ScoreLetter);
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

    [Fact] // Guide Table 3: a 1024-bit RSA key scores 80 in key exchange
    public void Grade_Rsa1024Certificate_KeyExchangeScoreFromGuideTable3()
    {
        var result = Grader.Grade(Modern("rsa1024").Build());

        Assert.Equal(80, result.Score.KeyExchange);
        Assert.Equal(Grade.A, result.ScoreLetter);
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

    [Fact] // Guide Changes: no secure renegotiation (RFC 5746) → A-
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
