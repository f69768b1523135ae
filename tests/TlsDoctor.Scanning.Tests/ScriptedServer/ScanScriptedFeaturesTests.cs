using TlsDoctor.Lab.Scripted;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>Features, key exchange and certificates, scanned from a scripted server that has (or lacks) them.</summary>
public sealed class ScanScriptedFeaturesTests
{
    private static ScriptedServerConfig ThreeVersions => ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12] };

    [Fact]
    public async Task Scan_ScriptedServerHonouringFallbackScsv_ReportsFallbackScsvHonoured()
    {
        var result = await RunAsync(ThreeVersions with { HonourFallbackScsv = true });

        Assert.True(result.Features!.FallbackScsv);
    }

    [Fact]
    public async Task Scan_ScriptedServerIgnoringFallbackScsv_ReportsFallbackScsvNotHonoured()
    {
        var result = await RunAsync(ThreeVersions with { HonourFallbackScsv = false });

        Assert.False(result.Features!.FallbackScsv);
        Assert.Equal([TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12], result.Supported());
    }

    [Fact]
    public async Task Scan_ScriptedServerAcceptingDeflate_ReportsCompression()
    {
        var result = await RunAsync(ScriptedChains.Rsa with { AcceptDeflate = true });

        Assert.True(result.Features!.Compression);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithoutCompression_ReportsNoCompression()
    {
        var result = await RunAsync(ScriptedChains.Rsa);

        Assert.False(result.Features!.Compression);
    }

    [Fact]
    public async Task Scan_ScriptedServerAnsweringEveryExtension_ReportsEachFeature()
    {
        var result = await RunAsync(ScriptedChains.Rsa with { Extensions = ServerExtensions.All });

        var features = result.Features!;
        Assert.True(features.SecureRenegotiation);
        Assert.True(features.SessionTicket);
        Assert.True(features.ExtendedMasterSecret);
        Assert.True(features.Heartbeat);
        Assert.True(features.SessionId);
        Assert.False(features.EncryptThenMac);
        Assert.False(features.OcspStapling);
    }

    [Fact]
    public async Task Scan_ScriptedServerAnsweringNoExtension_ReportsNoFeature()
    {
        var result = await RunAsync(ScriptedChains.Rsa with { Extensions = ServerExtensions.None });

        var features = result.Features!;
        Assert.False(features.SecureRenegotiation);
        Assert.False(features.SessionTicket);
        Assert.False(features.ExtendedMasterSecret);
        Assert.False(features.Heartbeat);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithOakleyGroup2_Reports1024BitNamedPrime()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_DHE_RSA_WITH_AES_128_CBC_SHA")], DhGroup = DhGroup.Oakley2 };

        var result = await RunAsync(config);

        var dh = Assert.Single(result.KeyExchange!.DhParameters);
        Assert.Equal(1024, dh.PrimeBits);
        Assert.Equal("Oakley group 2, 1024-bit MODP (RFC 2409)", dh.KnownGroup);
        Assert.Equal(2, dh.GeneratorValue);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithFfdhe2048_Reports2048BitNamedPrime()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")], DhGroup = DhGroup.Ffdhe2048 };

        var result = await RunAsync(config);

        var dh = Assert.Single(result.KeyExchange!.DhParameters);
        Assert.Equal(2048, dh.PrimeBits);
        Assert.Equal("ffdhe2048 (RFC 7919)", dh.KnownGroup);
    }

    [Fact]
    public async Task Scan_ScriptedServerWithThreeCurves_ReportsThemInServerOrder()
    {
        NamedGroup[] curves = [NamedGroup.Secp384r1, NamedGroup.X25519, NamedGroup.Secp256r1];

        var result = await RunAsync(ScriptedChains.Rsa with { Curves = curves });

        var groups = Assert.Single(result.KeyExchange!.Groups);
        Assert.Equal(TlsVersion.Tls12, groups.Version);
        Assert.Equal(curves, groups.Groups);
        Assert.True(groups.ServerOrder);
    }

    [Fact]
    public async Task Scan_ScriptedServerSigningWithThreeSchemes_ReportsExactlyThoseSchemes()
    {
        SignatureScheme[] schemes = [SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPkcs1Sha1];

        var result = await RunAsync(ScriptedChains.Rsa with { SignatureSchemes = schemes });

        var rsa = Assert.Single(result.SignatureSchemes);
        Assert.Equal("RSA", rsa.CertificateType);
        Assert.Equal(schemes.Order(), rsa.Schemes.Order());
    }

    [Fact]
    public async Task Scan_ScriptedServerWithEcdsaLeaf_ReportsEcdsaSchemesAndChain()
    {
        var config = ScriptedChains.Ecdsa with { SignatureSchemes = [SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSha1] };

        var result = await RunAsync(config);

        Assert.Equal(config.Suites.Select(c => (uint)c), result.Codes(TlsVersion.Tls12));
        var ecdsa = Assert.Single(result.SignatureSchemes);
        Assert.Equal("ECDSA", ecdsa.CertificateType);
        Assert.Equal([SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSha1], ecdsa.Schemes);
        Assert.All(result.Certificates!.Chains, c => Assert.Equal(config.Certificates.Select(x => x.RawData), c.Certificates));
    }

    [Fact]
    public async Task Scan_ScriptedServer_CapturesTheConfiguredChainWithAndWithoutSni()
    {
        var result = await RunAsync(ScriptedChains.Rsa);

        var chains = result.Certificates!.Chains;
        Assert.Equal(["localhost", null], chains.Select(c => c.ServerName));
        Assert.All(chains, c => Assert.Equal([ScriptedChains.RsaLeaf.RawData, ScriptedChains.Root.RawData], c.Certificates));
    }
}
