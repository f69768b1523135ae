using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Tests.Support;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Compatibility;

/// <summary>The last step: the client's checks of the chain it is sent (lab certificates, really analysed).</summary>
public sealed class CompatibilityCheckerCertificateTests(LabChains chains) : IClassFixture<LabChains>
{
    private static ClientProfile Client(string id) => KnownClients.Find(id) ?? throw new ArgumentException(id);

    private CompatibilityResult Check(string client, string leaf) =>
        CompatibilityChecker.Check(Client(client), ScanBuilder.Modern(chains.Get(leaf)).Build());

    [Fact]
    public void Check_GoodChain_ConnectsAndNamesTheHandshake()
    {
        var result = Check("java-8u161", "rsa");

        Assert.True(result.Connects, result.Explanation);
        Assert.Null(result.Cause);
        Assert.Equal("TLSv1.2 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 with secp256r1, RSA-2048 certificate", result.Explanation);
    }

    [Fact]
    public void Check_Rsa1024LeafAndSeclevel2_CertificateKeyTooSmall()
    {
        var result = Check("openssl-3.0-debian12", "rsa1024");

        Assert.Equal(FailureCause.CertificateKeyTooSmall, result.Cause);
        Assert.Contains("1024-bit Rsa key", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("at least 2048", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Rsa1024LeafAndClientWith1024Floor_Connects() => Assert.True(Check("java-11", "rsa1024").Connects);

    [Fact]
    public void Check_Sha1LeafAndClientRejectingSha1_Sha1CertificateRejected()
    {
        var result = Check("go-1.24", "sha1");

        Assert.Equal(FailureCause.Sha1CertificateRejected, result.Cause);
        Assert.Contains("SHA-1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sha1LeafAndClientAcceptingSha1_Connects() => Assert.True(Check("java-8u161", "sha1").Connects);

    [Fact]
    public void Check_SelfSignedLeaf_CertificateUntrusted() =>
        Assert.Equal(FailureCause.CertificateUntrusted, Check("chrome-131", "selfsigned").Cause);

    [Fact]
    public void Check_ExpiredLeaf_CertificateExpired() =>
        Assert.Equal(FailureCause.CertificateExpired, Check("firefox-current", "expired").Cause);

    [Fact]
    public void Check_NotYetValidLeaf_CertificateNotYetValid() =>
        Assert.Equal(FailureCause.CertificateNotYetValid, Check("python-3.11", "notyet").Cause);

    [Fact]
    public void Check_LeafForAnotherName_CertificateNameMismatch()
    {
        var result = Check("curl-debian12", "wronghost");

        Assert.Equal(FailureCause.CertificateNameMismatch, result.Cause);
        Assert.Contains("client 'curl 7.88", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("java-17", false)]
    [InlineData("android-10", false)]
    [InlineData("openssl-3.0-debian12", false)]
    [InlineData("chrome-131", false)]
    [InlineData("ie-11-win10", false)]
    public void Check_ServerLeavesOutTheIntermediate_LeafWithoutCaIssuersUrl_NoClientCanFetchIt(string client, bool connects)
    {
        // The lab leaf names no caIssuers URL (RFC 5280 §4.2.2.1), so even the clients that chase missing
        // intermediates have nowhere to fetch it from.
        var result = Check(client, "incomplete");

        Assert.Equal(connects, result.Connects);
        Assert.Equal(connects ? null : FailureCause.CertificateUntrusted, result.Cause);
    }

    [Fact]
    public void Check_ClientWithoutSniGetsTheDefaultCertificate_NoSni()
    {
        var scan = ScanBuilder.Modern(chains.Get("rsa"))
            .Chain(chains.Get("wronghost", sni: null)).Build();

        var withoutSni = CompatibilityChecker.Check(Client("openssl-1.0.2"), scan);
        var withSni = CompatibilityChecker.Check(Client("java-8u161"), scan);

        Assert.Equal(FailureCause.NoSni, withoutSni.Cause);
        Assert.StartsWith("client 'OpenSSL 1.0.2 (s_client defaults)' sends no SNI", withoutSni.Explanation, StringComparison.Ordinal);
        Assert.True(withSni.Connects, withSni.Explanation);
    }

    [Fact]
    public void Check_RdpClientAndSelfSignedLeaf_ConnectsAfterAWarning()
    {
        var result = Check("rdp-win10", "selfsigned");

        Assert.True(result.Connects, result.Explanation);
        Assert.Contains(result.Notes, n => n.Contains("self_signed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Tls13ServerWithRsaAndEcdsa_EcdsaForClientsThatSignEcdsa()
    {
        var scan = new ScanBuilder()
            .Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_128_GCM_SHA256")
            .Groups(TlsVersion.Tls13, false, NamedGroup.X25519)
            .Chain(chains.Get("rsa", "RSA", TlsVersion.Tls13))
            .Chain(chains.Get("ecdsa", "ECDSA", TlsVersion.Tls13)).Build();

        Assert.Equal("ECDSA", CompatibilityChecker.Check(Client("chrome-131"), scan).Chain!.CertificateType);
    }
}
