using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;
using Kind = TlsDoctor.Analysis.Compliance.DeviationKind;

namespace TlsDoctor.Analysis.Tests.Compliance;

/// <summary>The checker against hand-built scans: one departure from a profile at a time.</summary>
public sealed class ComplianceCheckerTests(LabChains chains) : IClassFixture<LabChains>
{
    private static readonly string[] IntermediateTls12 =
    [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ];

    private static readonly string[] Tls13 = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];

    /// <summary>A server configured exactly as Mozilla intermediate 6.0 says, with the lab's RSA-2048 leaf.</summary>
    private ScanBuilder Intermediate(string leaf = "rsa") => new ScanBuilder()
        .Suites(TlsVersion.Tls12, CipherOrder.Client, IntermediateTls12)
        .Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13)
        .Groups(TlsVersion.Tls12, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Groups(TlsVersion.Tls13, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Chain(chains.Get(leaf));

    private static IEnumerable<DeviationKind> Kinds(ComplianceResult result) => result.Deviations.Select(d => d.Kind);

    [Fact]
    public void Check_IntermediateConfiguredServer_PassesBothIntermediates()
    {
        var scan = Intermediate().Build();

        Assert.True(ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan).Passed);
        Assert.True(ComplianceChecker.Check(MozillaProfiles.Intermediate57, scan).Passed);
    }

    [Fact]
    public void Check_AnyScan_HstsAndOcspNotChecked()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, Intermediate().Build());

        Assert.Contains(result.NotChecked, n => n.StartsWith("HSTS (max-age ≥ 63072000 s): not checked", StringComparison.Ordinal));
        Assert.Contains(result.NotChecked, n => n.StartsWith("OCSP stapling: not checked", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Tls11Offered_ProtocolOfferedDeviationAndItsSuites()
    {
        var scan = Intermediate().Suites(TlsVersion.Tls11, CipherOrder.Client, "ECDHE-RSA-AES128-SHA").Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan);

        Assert.Equal([Kind.ProtocolOffered, Kind.CipherSuite], Kinds(result));
        Assert.StartsWith("TLSv1.1 is offered", result.Deviations[0].Text, StringComparison.Ordinal);
        Assert.Equal("TLSv1.1 accepts TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, which Mozilla intermediate 6.0 does not list", result.Deviations[1].Text);
    }

    [Fact]
    public void Check_Tls13Missing_ProtocolMissingDeviation()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls12, CipherOrder.Client, IntermediateTls12).Chain(chains.Get("rsa")).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan);

        Assert.Equal([Kind.ProtocolMissing], Kinds(result));
        Assert.StartsWith("TLSv1.3 is not offered", result.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DheSuites_AllowedIn57NotIn60()
    {
        var scan = Intermediate().Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256").Dh(TlsVersion.Tls12, 2048).Build();

        Assert.True(ComplianceChecker.Check(MozillaProfiles.Intermediate57, scan).Passed);
        Assert.Equal([Kind.CipherSuite], Kinds(ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan)));
    }

    [Fact]
    public void Check_Dh1024_DeviatesFromIntermediateNotFromOld()
    {
        var scan = Intermediate().Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256").Dh(TlsVersion.Tls12, 1024).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate57, scan);

        Assert.Equal([Kind.DhParameters], Kinds(result));
        Assert.Equal("DHE uses a 1024-bit group; Mozilla intermediate 5.7 asks for at least 2048 bits", result.Deviations[0].Text);
        Assert.DoesNotContain(Kind.DhParameters, Kinds(ComplianceChecker.Check(MozillaProfiles.Old57, scan)));
    }

    [Fact]
    public void Check_WeakCurveAccepted_GroupDeviation()
    {
        var scan = Intermediate().Groups(TlsVersion.Tls12, false, NamedGroup.Secp224r1).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan);

        Assert.Equal([Kind.Group], Kinds(result));
        Assert.StartsWith("TLSv1.2 accepts group secp224r1", result.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StrongerCurveBeyondTheList_NotedNotDeviation()
    {
        var scan = Intermediate().Groups(TlsVersion.Tls13, false, NamedGroup.Secp521r1, NamedGroup.Ffdhe2048).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, scan);

        Assert.True(result.Passed);
        Assert.Contains(result.Notes, n => n.StartsWith("TLSv1.3 also accepts secp521r1, ffdhe2048", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FfdheInTls13AgainstModern_GroupDeviation()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13)
            .Groups(TlsVersion.Tls13, false, NamedGroup.X25519, NamedGroup.Ffdhe2048)
            .Chain(chains.Get("ecdsa", "ECDSA", TlsVersion.Tls13))
            .Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Modern60, scan);

        Assert.Contains(result.Deviations, d => d is { Kind: Kind.Group } && d.Text.Contains("ffdhe2048: finite-field DH", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RsaLeafAgainstModern_CertificateTypeAndSignatureAndLifetime()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13).Chain(chains.Get("rsa")).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Modern60, scan);

        Assert.Equal([Kind.CertificateType, Kind.CertificateSignature, Kind.CertificateLifetime], Kinds(result));
        Assert.Contains("2048-bit RSA", result.Deviations[0].Text, StringComparison.Ordinal);
        Assert.Contains("allows ECDSA only", result.Deviations[0].Text, StringComparison.Ordinal);
        Assert.Contains("at most 90", result.Deviations[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Rsa1024Leaf_CertificateKeySizeDeviation()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, Intermediate("rsa1024").Build());

        Assert.Equal([Kind.CertificateKeySize], Kinds(result));
        Assert.Contains("1024-bit RSA key", result.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sha1SignedLeaf_CertificateSignatureDeviation()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, Intermediate("sha1").Build());

        Assert.Equal([Kind.CertificateSignature], Kinds(result));
        Assert.Contains("sha1WithRSAEncryption", result.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EcdsaLeafAgainstOld_CertificateTypeDeviation()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls10, CipherOrder.Server, "ECDHE-RSA-AES128-SHA", "AES128-SHA")
            .Suites(TlsVersion.Tls11, CipherOrder.Server, "ECDHE-RSA-AES128-SHA", "AES128-SHA")
            .Suites(TlsVersion.Tls12, CipherOrder.Server, IntermediateTls12)
            .Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13)
            .Chain(chains.Get("rsa"))
            .Chain(chains.Get("ecdsa", "ECDSA"))
            .Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Old57, scan);

        Assert.Equal([Kind.CertificateType], Kinds(result));
        Assert.Contains("ECDSA P-256", result.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ClientOrderAgainstOld_CipherOrderDeviation()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls10, CipherOrder.Client, "ECDHE-RSA-AES128-SHA", "AES128-SHA")
            .Suites(TlsVersion.Tls11, CipherOrder.Server, "ECDHE-RSA-AES128-SHA")
            .Suites(TlsVersion.Tls12, CipherOrder.Server, IntermediateTls12)
            .Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13)
            .Chain(chains.Get("rsa"))
            .Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Old57, scan);

        Assert.Equal([Kind.CipherOrder], Kinds(result));
        Assert.Equal("TLSv1.0: the client's suite order decides; Mozilla old 5.7 wants the server's", result.Deviations[0].Text);
    }

    [Fact]
    public void Check_NoCertificatesCaptured_SaysNotChecked()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls13, CipherOrder.Client, Tls13).Build();

        var result = ComplianceChecker.Check(MozillaProfiles.Modern60, scan);

        Assert.True(result.Passed);
        Assert.Contains("certificates: not checked, the scan captured none", result.NotChecked);
    }

    [Fact] // hsts_min_age 63072000 (two years) in every 6.0 profile
    public void Check_HttpWithTwoYearHsts_Passes()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, Intermediate().Build().WithHsts("max-age=63072000", 63072000));

        Assert.True(result.Passed);
        Assert.DoesNotContain(result.NotChecked, n => n.StartsWith("HSTS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("max-age=31536000", 31536000L, "Strict-Transport-Security max-age=31536000; Mozilla intermediate 6.0 asks for at least 63072000")]
    [InlineData("max-age=0", 0L, "Strict-Transport-Security \"max-age=0\" is not in force; Mozilla intermediate 6.0 asks for max-age ≥ 63072000 s")]
    [InlineData(null, null, "no Strict-Transport-Security header; Mozilla intermediate 6.0 asks for max-age ≥ 63072000 s")]
    public void Check_HttpWithShortOrNoHsts_HstsDeviation(string? raw, long? maxAge, string text)
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Intermediate60, Intermediate().Build().WithHsts(raw, maxAge));

        var deviation = Assert.Single(result.Deviations);
        Assert.Equal((Kind.Hsts, text), (deviation.Kind, deviation.Text));
    }

    [Fact]
    public void Check_NotAnHttpService_HstsNotChecked()
    {
        var result = ComplianceChecker.Check(MozillaProfiles.Modern60, Intermediate().Build().NotHttp());

        Assert.Contains("HSTS (max-age ≥ 63072000 s): not an HTTP service", result.NotChecked);
        Assert.DoesNotContain(Kind.Hsts, Kinds(result));
    }
}
