using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Compatibility;

/// <summary>The handshake steps before the certificate: version, suite, group, DH, signature scheme.</summary>
public sealed class CompatibilityCheckerNegotiationTests(LabChains chains) : IClassFixture<LabChains>
{
    private static ClientProfile Client(string id) => KnownClients.Find(id) ?? throw new ArgumentException(id);

    private static ClientProfile Custom(params string[] suites) => new("custom", "Custom client")
    {
        Versions = [TlsVersion.Tls12],
        CipherSuites = [.. suites.Select(s => (ushort)CipherSuites.FindByName(s)!.Code)],
        Groups = [NamedGroup.X25519, NamedGroup.Secp256r1],
    };

    [Fact]
    public void Check_ServerTls13OnlyClientUpToTls12_NoCommonProtocolWithBothRanges()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_GCM_SHA256").Build();

        var result = CompatibilityChecker.Check(Client("java-8u161"), scan);

        Assert.False(result.Connects);
        Assert.Equal(FailureCause.NoCommonProtocol, result.Cause);
        Assert.Equal("server accepts TLSv1.3 only; client 'Java 8u161' offers TLSv1.0 to TLSv1.2", result.Explanation);
    }

    [Fact]
    public void Check_BothSpeakTls12And13_NegotiatesTheHighest()
    {
        var result = CompatibilityChecker.Check(Client("chrome-131"), ScanBuilder.Modern(chains.Get("rsa")).Build());

        Assert.True(result.Connects, result.Explanation);
        Assert.Equal(TlsVersion.Tls13, result.Protocol);
        Assert.Equal("TLS_AES_128_GCM_SHA256", result.CipherSuite!.IanaName);
        Assert.Equal(NamedGroup.X25519, result.Group);
    }

    [Fact]
    public void Check_ServerEnforcesItsOrder_ServersFirstCommonSuiteWins()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Server, "AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, true, NamedGroup.Secp256r1).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Custom("ECDHE-RSA-AES128-GCM-SHA256", "AES256-GCM-SHA384"), scan);

        Assert.Equal("TLS_RSA_WITH_AES_256_GCM_SHA384", result.CipherSuite!.IanaName);
        Assert.Null(result.Group);
    }

    [Fact]
    public void Check_ServerFollowsClientOrder_ClientsFirstCommonSuiteWins()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Client, "AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, false, NamedGroup.Secp256r1).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Custom("ECDHE-RSA-AES128-GCM-SHA256", "AES256-GCM-SHA384"), scan);

        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", result.CipherSuite!.IanaName);
        Assert.Equal(NamedGroup.Secp256r1, result.Group);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Check_OrderUnknown_AssumesTheClientsAndSaysSo()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Unknown, "AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, false, NamedGroup.Secp256r1).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Custom("ECDHE-RSA-AES128-GCM-SHA256", "AES256-GCM-SHA384"), scan);

        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", result.CipherSuite!.IanaName);
        Assert.Contains(result.Notes, n => n.Contains("cipher order", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NoSharedSuite_NoCommonCipherNamingTheServersSuites()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384")
            .Dh(TlsVersion.Tls12, 2048).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Client("chrome-131"), scan);

        Assert.Equal(FailureCause.NoCommonCipher, result.Cause);
        Assert.StartsWith("at TLSv1.2 the server accepts TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384; client 'Chrome 131+", result.Explanation);
        Assert.Equal(TlsVersion.Tls12, result.Protocol);
    }

    [Fact]
    public void Check_EcdheSuiteWithoutSharedCurve_ServerMovesOnToTheNextSuite()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Server, "ECDHE-RSA-AES128-GCM-SHA256", "AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, true, NamedGroup.Secp384r1).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Client("android-7.0"), scan);

        Assert.True(result.Connects, result.Explanation);
        Assert.Equal("TLS_RSA_WITH_AES_128_GCM_SHA256", result.CipherSuite!.IanaName);
    }

    [Fact]
    public void Check_OnlyEcdheSuitesAndNoSharedCurve_NoCommonGroup()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Server, "ECDHE-RSA-AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, true, NamedGroup.Secp384r1).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Client("android-7.0"), scan);

        Assert.Equal(FailureCause.NoCommonGroup, result.Cause);
        Assert.Equal("at TLSv1.2 the server's groups are secp384r1; client 'Android 7.0 (Nougat, API 24)' offers secp256r1", result.Explanation);
    }

    [Fact]
    public void Check_Tls13WithoutSharedGroup_NoCommonGroup()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_GCM_SHA256")
            .Groups(TlsVersion.Tls13, true, NamedGroup.X448).Chain(chains.Get("rsa", version: TlsVersion.Tls13)).Build();

        Assert.Equal(FailureCause.NoCommonGroup, CompatibilityChecker.Check(Client("chrome-131"), scan).Cause);
    }

    [Theory]
    [InlineData(true, NamedGroup.Secp384r1)]
    [InlineData(false, NamedGroup.X25519)]
    public void Check_Tls13Group_ServerOrderOrClientsKeyShare(bool serverOrder, NamedGroup expected)
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_GCM_SHA256")
            .Groups(TlsVersion.Tls13, serverOrder, NamedGroup.Secp384r1, NamedGroup.X25519).Chain(chains.Get("rsa", version: TlsVersion.Tls13)).Build();

        Assert.Equal(expected, CompatibilityChecker.Check(Client("java-17"), scan).Group);
    }

    [Fact]
    public void Check_Tls10WithGroupsProbedOnlyAtTls12_Tls12GroupsStandInWithANote()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls10, CipherOrder.Client, "ECDHE-RSA-AES128-SHA")
            .Suites(TlsVersion.Tls12, CipherOrder.Client, "ECDHE-RSA-AES128-GCM-SHA256")
            .Groups(TlsVersion.Tls12, true, NamedGroup.Secp384r1, NamedGroup.Secp256r1)
            .Chain(chains.Get("rsa", version: TlsVersion.Tls10)).Build();

        var result = CompatibilityChecker.Check(Client("java-7u25"), scan);

        Assert.Equal(NamedGroup.Secp384r1, result.Group);
        Assert.Contains("groups probed at TLSv1.2 stand in for TLSv1.0", result.Notes);
    }

    [Fact]
    public void Check_Dhe1024AndClientNeeds2048_DhTooSmall()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256")
            .Dh(TlsVersion.Tls12, 1024).Chain(chains.Get("rsa")).Build();

        var result = CompatibilityChecker.Check(Client("openssl-3.0-debian12"), scan);

        Assert.Equal(FailureCause.DhTooSmall, result.Cause);
        Assert.Equal(1024, result.DhBits);
        Assert.Contains("1024 bits", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("at least 2048", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Dhe2048AndJava7_DhTooLarge()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls10, CipherOrder.Client, "DHE-RSA-AES128-SHA")
            .Dh(TlsVersion.Tls10, 2048).Chain(chains.Get("rsa", version: TlsVersion.Tls10)).Build();

        Assert.Equal(FailureCause.DhTooLarge, CompatibilityChecker.Check(Client("java-7u25"), scan).Cause);
    }

    [Fact]
    public void Check_DhFailsBeforeTheCertificateIsLookedAt()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls12, CipherOrder.Client, "DHE-RSA-AES128-GCM-SHA256")
            .Dh(TlsVersion.Tls12, 1024).Chain(chains.Get("rsa1024")).Build();

        Assert.Equal(FailureCause.DhTooSmall, CompatibilityChecker.Check(Client("openssl-3.0-debian12"), scan).Cause);
    }

    [Fact]
    public void Check_VersionFailsBeforeSuites()
    {
        var scan = new ScanBuilder().Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_CCM_8_SHA256").Build();

        Assert.Equal(FailureCause.NoCommonProtocol, CompatibilityChecker.Check(Client("ie-11-win7"), scan).Cause);
    }

    [Fact]
    public void Check_ServerSignsWithSchemesTheClientLacks_NoCommonSignatureScheme()
    {
        var scan = ScanBuilder.Modern(chains.Get("rsa", version: TlsVersion.Tls13))
            .Schemes(TlsVersion.Tls13, "RSA", SignatureScheme.RsaPssPssSha256).Build();

        var result = CompatibilityChecker.Check(Client("chrome-131"), scan);

        Assert.Equal(FailureCause.NoCommonSignatureScheme, result.Cause);
        Assert.Contains("rsa_pss_pss_sha256", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScanDidNotComplete_ScanIncomplete()
    {
        var scan = new ScanBuilder().Build() with { Outcome = ScanOutcome.Unreachable };

        Assert.Equal(FailureCause.ScanIncomplete, CompatibilityChecker.Check(Client("chrome-131"), scan).Cause);
    }
}
