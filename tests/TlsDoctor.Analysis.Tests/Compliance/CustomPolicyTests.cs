using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Analysis.Tests.Support.ScanExtras;
using Kind = TlsDoctor.Analysis.Compliance.DeviationKind;

namespace TlsDoctor.Analysis.Tests.Compliance;

/// <summary>Custom YAML policies applied to hand-built scans: each field constrains one thing, omitted fields nothing.</summary>
public sealed class CustomPolicyTests(LabChains chains) : IClassFixture<LabChains>
{
    private static MozillaProfile Policy(string yaml)
    {
        var (policy, error) = PolicyYaml.Parse(yaml, "test.yaml");
        Assert.Null(error);
        return policy!;
    }

    private ScanBuilder Server() => ScanBuilder.Modern(chains.Get("rsa"));

    private static IEnumerable<Kind> Kinds(ComplianceResult result) => result.Deviations.Select(d => d.Kind);

    [Fact]
    public void Check_NameOnlyPolicy_AnyServerPasses()
    {
        var scan = Server().Suites(TlsVersion.Tls10, CipherOrder.Server, "DES-CBC3-SHA").Build().WithChecks(Check(VulnerabilityIds.Heartbleed, VulnerabilityStatus.Vulnerable));

        var result = ComplianceChecker.Check(Policy("name: anything-goes\n"), scan);

        Assert.True(result.Passed);
        Assert.Empty(result.NotChecked);
        Assert.Equal("policy anything-goes", result.Profile.Title);
    }

    [Fact]
    public void Check_ProtocolsAndRequired_OfferedOutsideAndMissingBothDeviate()
    {
        var scan = Server().Suites(TlsVersion.Tls11, CipherOrder.Client, "ECDHE-RSA-AES128-SHA").Build();

        var result = ComplianceChecker.Check(Policy("protocols: [TLSv1.2, TLSv1.3]\nrequired_protocols: [TLSv1.2]\n"), scan);

        Assert.Equal([Kind.ProtocolOffered], Kinds(result));
        Assert.Equal("TLSv1.1 is offered; policy test allows only TLSv1.2, TLSv1.3", result.Deviations[0].Text);

        var tls13Only = ComplianceChecker.Check(Policy("required_protocols: [TLSv1.3, TLSv1.1, SSLv3]\n"), Server().Build());
        Assert.Equal(["TLSv1.1 is not offered; policy test lists TLSv1.3, TLSv1.1, SSLv3", "SSLv3 is not offered; policy test lists TLSv1.3, TLSv1.1, SSLv3"],
            tls13Only.Deviations.Select(d => d.Text));
    }

    [Fact]
    public void Check_CipherSuiteAllowLists_OnlyTheListedVersionKindIsChecked()
    {
        var scan = Server().Build();

        var tls12 = ComplianceChecker.Check(Policy("cipher_suites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]\n"), scan);
        var tls13 = ComplianceChecker.Check(Policy("tls13_cipher_suites: [TLS_AES_128_GCM_SHA256]\n"), scan);

        Assert.Equal(["TLSv1.2 accepts TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, which policy test does not list"], tls12.Deviations.Select(d => d.Text));
        Assert.Equal(2, tls13.Deviations.Count(d => d.Kind == Kind.CipherSuite && d.Text.StartsWith("TLSv1.3", StringComparison.Ordinal)));
        Assert.Single(tls13.Deviations.Select(d => d.Kind).Distinct());
    }

    [Fact] // Unlike Mozilla's tls_curves, a policy's groups are an allow-list
    public void Check_GroupsAllowList_EveryOtherGroupDeviates()
    {
        var result = ComplianceChecker.Check(Policy("groups: [x25519]\n"), Server().Build());

        Assert.Equal(["TLSv1.2 accepts group secp256r1, which policy test does not list", "TLSv1.2 accepts group secp384r1, which policy test does not list",
            "TLSv1.3 accepts group secp256r1, which policy test does not list", "TLSv1.3 accepts group secp384r1, which policy test does not list"],
            result.Deviations.Select(d => d.Text));
    }

    [Fact]
    public void Check_MinDhBits_DheParametersAndTls13FfdheGroups()
    {
        var scan = Server().Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256").Dh(TlsVersion.Tls12, 1024)
            .Groups(TlsVersion.Tls13, false, NamedGroup.Ffdhe2048, NamedGroup.Ffdhe4096).Build();

        var result = ComplianceChecker.Check(Policy("min_dh_bits: 3072\n"), scan);

        Assert.Equal([Kind.Group, Kind.DhParameters], Kinds(result));
        Assert.Contains("ffdhe2048: 2048-bit finite-field DH", result.Deviations[0].Text, StringComparison.Ordinal);
        Assert.Equal("DHE uses a 1024-bit group; policy test asks for at least 3072 bits", result.Deviations[1].Text);
    }

    [Fact]
    public void Check_CertificateFields_TypeKeySizeAndLifetime()
    {
        var rsa1024 = ScanBuilder.Modern(chains.Get("rsa1024")).Build();
        var ecdsa = ScanBuilder.Modern(chains.Get("ecdsa", "ECDSA")).Build();

        Assert.Equal([Kind.CertificateKeySize], Kinds(ComplianceChecker.Check(Policy("min_rsa_bits: 2048\n"), rsa1024)));
        Assert.Equal([Kind.CertificateType], Kinds(ComplianceChecker.Check(Policy("certificate_types: [ecdsa]\n"), rsa1024)));
        Assert.Equal([Kind.CertificateKeySize], Kinds(ComplianceChecker.Check(Policy("min_ecdsa_bits: 384\n"), ecdsa)));
        Assert.True(ComplianceChecker.Check(Policy("min_ecdsa_bits: 256\ncertificate_types: [ecdsa]\n"), ecdsa).Passed);
        var lifetime = ComplianceChecker.Check(Policy("max_certificate_lifetime_days: 90\n"), ecdsa);
        Assert.Equal([Kind.CertificateLifetime], Kinds(lifetime));
        Assert.Contains("valid for 366 days; policy test allows at most 90", lifetime.Deviations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ServerPreferredOrder_OnlyWhenStated()
    {
        var scan = Server().Build();

        Assert.Equal([Kind.CipherOrder], Kinds(ComplianceChecker.Check(Policy("server_preferred_order: true\n"), scan)));
        Assert.True(ComplianceChecker.Check(Policy("server_preferred_order: false\n"), scan).Passed);
    }

    [Fact]
    public void Check_HstsMinAgeAndIncludeSubDomains()
    {
        var policy = Policy("hsts_min_age: 31536000\nhsts_include_subdomains: true\n");

        var shortNoSub = ComplianceChecker.Check(policy, Server().Build().WithHsts("max-age=86400", 86400));
        var good = ComplianceChecker.Check(policy, Server().Build().WithHsts("max-age=31536000; includeSubDomains", 31536000, includeSubDomains: true));
        var none = ComplianceChecker.Check(policy, Server().Build().WithHsts(null, null));

        Assert.Equal(["Strict-Transport-Security max-age=86400; policy test asks for at least 31536000",
            "Strict-Transport-Security has no includeSubDomains; policy test asks for it"], shortNoSub.Deviations.Select(d => d.Text));
        Assert.True(good.Passed);
        Assert.Equal("no Strict-Transport-Security header; policy test asks for max-age ≥ 31536000 s", Assert.Single(none.Deviations).Text);
    }

    [Fact]
    public void Check_ForbiddenVulnerabilities_VulnerableDeviatesPotentialIsNotedUnknownNotChecked()
    {
        var scan = Server().Build().WithChecks(
            Check(VulnerabilityIds.Robot, VulnerabilityStatus.Vulnerable, "oracle on bad padding"),
            Check(VulnerabilityIds.Lucky13, VulnerabilityStatus.PotentiallyVulnerable, "CBC suites accepted"),
            Check(VulnerabilityIds.Ticketbleed, VulnerabilityStatus.Unknown, "connection reset"),
            Check(VulnerabilityIds.Heartbleed, VulnerabilityStatus.Vulnerable, "not forbidden here"));

        var result = ComplianceChecker.Check(Policy("forbid_vulnerabilities: [robot, lucky13, ticketbleed]\n"), scan);

        var deviation = Assert.Single(result.Deviations);
        Assert.Equal(Kind.Vulnerability, deviation.Kind);
        Assert.Equal("robot (name) (robot): vulnerable (oracle on bad padding); policy test forbids it", deviation.Text);
        Assert.Equal(["ticketbleed: the check could not decide (connection reset)"], result.NotChecked);
        Assert.Contains(result.Notes, n => n.StartsWith("lucky13 (name) (lucky13): potentially vulnerable", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ForbiddenVulnerabilitiesWithoutChecks_NotChecked()
    {
        var result = ComplianceChecker.Check(Policy("forbid_vulnerabilities: all\n"), Server().Build());

        Assert.True(result.Passed);
        Assert.StartsWith("vulnerabilities (heartbleed, ccs-injection", Assert.Single(result.NotChecked), StringComparison.Ordinal);
    }

    [Theory] // min_grade: the grader's letter against the policy's floor (the scan without HTTP is an A; an RSA-1024 leaf a B)
    [InlineData("rsa", "A", true)]
    [InlineData("rsa", "A+", false)]
    [InlineData("rsa1024", "A-", false)]
    [InlineData("rsa1024", "B", true)]
    [InlineData("expired", "F", false)]
    public void Check_MinGrade_GradeDeviationBelowTheFloor(string leaf, string minimum, bool passes)
    {
        var result = ComplianceChecker.Check(Policy($"min_grade: \"{minimum}\"\n"), ScanBuilder.Modern(chains.Get(leaf)).Build());

        Assert.Equal(passes, result.Passed);
        if (!passes)
        {
            var deviation = Assert.Single(result.Deviations);
            Assert.Equal(Kind.Grade, deviation.Kind);
            Assert.EndsWith($"policy test asks for {minimum} or better", deviation.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_GradeBelowFloor_NamesTheRulesThatHeldIt()
    {
        var result = ComplianceChecker.Check(Policy("min_grade: A\n"), ScanBuilder.Modern(chains.Get("rsa1024")).Build());

        Assert.Equal("grade B (held by weak_key); policy test asks for A or better", Assert.Single(result.Deviations).Text);
    }
}
