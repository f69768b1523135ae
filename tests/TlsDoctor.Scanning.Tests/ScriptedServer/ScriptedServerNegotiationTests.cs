using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>One hello at a time: the scripted server negotiates like a real TLS ≤ 1.2 server.</summary>
public sealed class ScriptedServerNegotiationTests
{
    private static readonly ushort AesCbc = Code("TLS_RSA_WITH_AES_128_CBC_SHA");

    [Fact]
    public async Task Hello_ScriptedServerClientBelowItsMinimum_AlertsProtocolVersion()
    {
        var flight = await ExchangeAsync(ScriptedChains.Rsa with { Suites = [AesCbc] }, Hello(TlsVersion.SSLv3, AesCbc));

        Assert.True(flight.IsAlert(AlertDescription.ProtocolVersion), flight.Error?.Message);
    }

    [Fact]
    public async Task Hello_ScriptedServerClientAboveItsMaximum_AnswersItsMaximum()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10, TlsVersion.Tls11], Suites = [AesCbc] };

        var flight = await ExchangeAsync(config, Hello(TlsVersion.Tls12, AesCbc));

        Assert.Equal(TlsVersion.Tls11, flight.Version);
        Assert.True(flight.Complete);
    }

    [Fact]
    public async Task Hello_ScriptedServerWithAVersionGap_AnswersTheHighestVersionBelowTheClients()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv3, TlsVersion.Tls12], Suites = [AesCbc] };

        var flight = await ExchangeAsync(config, Hello(TlsVersion.Tls11, AesCbc));

        Assert.Equal(TlsVersion.SSLv3, flight.Version);
    }

    [Fact]
    public async Task Hello_ScriptedServerNoSuiteInCommon_AlertsHandshakeFailure()
    {
        var flight = await ExchangeAsync(ScriptedChains.Rsa with { Suites = [AesCbc] }, Hello(TlsVersion.Tls12, Code("TLS_RSA_WITH_RC4_128_SHA")));

        Assert.True(flight.IsAlert(AlertDescription.HandshakeFailure), flight.Error?.Message);
    }

    [Theory]
    [InlineData(true, TlsVersion.Tls11, true)]   // fallback below the maximum, honoured: refused
    [InlineData(true, TlsVersion.Tls12, false)]  // fallback hello at the maximum: no downgrade, accepted
    [InlineData(false, TlsVersion.Tls11, false)] // fallback below the maximum, not honoured: accepted
    public async Task Hello_ScriptedServerWithFallbackScsv_AlertsInappropriateFallbackOnlyWhenHonouredAndBelowMaximum(bool honour, TlsVersion client, bool refused)
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls11, TlsVersion.Tls12], Suites = [AesCbc], HonourFallbackScsv = honour };

        var flight = await ExchangeAsync(config, Hello(client, AesCbc) with { FallbackScsv = true });

        Assert.Equal(refused, flight.IsAlert(AlertDescription.InappropriateFallback));
        Assert.Equal(!refused, flight.Hello is not null);
    }

    [Fact]
    public async Task Hello_ScriptedServerEcdheWithoutACommonCurve_PicksTheNextSuite()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"), AesCbc], Curves = [NamedGroup.Secp384r1] };

        var flight = await ExchangeAsync(config, Hello(TlsVersion.Tls12, config.Suites[0], AesCbc) with { Groups = [NamedGroup.X25519] });

        Assert.Equal(AesCbc, flight.Hello!.CipherSuite);
    }

    [Fact]
    public async Task Hello_ScriptedServerInClientOrder_TakesTheClientsFirstSharedSuite()
    {
        var rc4 = Code("TLS_RSA_WITH_RC4_128_SHA");
        var config = ScriptedChains.Rsa with { Suites = [AesCbc, rc4], Order = SuiteOrder.Client };

        var flight = await ExchangeAsync(config, Hello(TlsVersion.Tls12, 0x0001, rc4, AesCbc));

        Assert.Equal(rc4, flight.Hello!.CipherSuite);
    }

    [Fact]
    public async Task Hello_ScriptedServerAnsweringEveryExtension_AnswersOnlyThoseTheClientSent()
    {
        var config = ScriptedChains.Rsa with { Suites = [AesCbc], Extensions = ServerExtensions.All };

        var flight = await ExchangeAsync(config, Hello(TlsVersion.Tls12, AesCbc) with { SessionTicket = false, Heartbeat = true });

        Assert.Equal(
            [ExtensionType.RenegotiationInfo, ExtensionType.ExtendedMasterSecret, ExtensionType.Heartbeat],
            flight.Hello!.Extensions.Select(e => e.KnownType));
    }

    [Fact]
    public async Task Hello_ScriptedServerAtSslV3_AnswersTheRenegotiationScsvAndNoTlsExtension()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.SSLv3], Suites = [AesCbc], Extensions = ServerExtensions.All };
        var spec = Hello(TlsVersion.SSLv3, AesCbc) with { RenegotiationInfo = false, RenegotiationScsv = true, Heartbeat = true };

        var flight = await ExchangeAsync(config, spec);

        var extension = Assert.Single(flight.Hello!.Extensions);
        Assert.Equal(ExtensionType.RenegotiationInfo, extension.KnownType);
        Assert.Equal([0], extension.Data); // renegotiated_connection: empty
    }

    [Fact]
    public async Task Hello_ScriptedServerWithoutNullCompressionOffered_AlertsDecodeError()
    {
        var flight = await ExchangeAsync(ScriptedChains.Rsa with { Suites = [AesCbc] }, Hello(TlsVersion.Tls12, AesCbc) with { CompressionMethods = [1] });

        Assert.True(flight.IsAlert(AlertDescription.DecodeError), flight.Error?.Message);
    }

    [Theory]
    [InlineData(new[] { TlsVersion.Tls13 }, "TLSv1.3 is not implemented")]
    [InlineData(new TlsVersion[0], "no protocol version")]
    public void Start_ScriptedServerWithUnsupportedVersions_ThrowsNamingTheProblem(TlsVersion[] versions, string problem)
    {
        var e = Assert.Throws<ArgumentException>(() => new Lab.Scripted.ScriptedServer(ScriptedChains.Rsa with { Versions = versions }));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ScriptedServerWithEcdsaSuiteAndRsaLeaf_ThrowsNamingTheSuite()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA")] };

        var e = Assert.Throws<ArgumentException>(() => new Lab.Scripted.ScriptedServer(config));

        Assert.Contains("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA needs an ECDSA leaf certificate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ScriptedServerWithTls12SuiteForTls10_ThrowsNamingTheSuite()
    {
        var config = ScriptedChains.Rsa with
        {
            Versions = [TlsVersion.Tls10],
            SuitesByVersion = new Dictionary<TlsVersion, IReadOnlyList<ushort>> { [TlsVersion.Tls10] = [Code("TLS_RSA_WITH_NULL_SHA256")] },
        };

        var e = Assert.Throws<ArgumentException>(() => new Lab.Scripted.ScriptedServer(config));

        Assert.Contains("TLS_RSA_WITH_NULL_SHA256 needs TLSv1.2 but is configured for TLSv1.0", e.Message, StringComparison.Ordinal);
    }

    private static ClientHelloSpec Hello(TlsVersion version, params ushort[] suites) => new()
    {
        Version = version,
        CipherSuites = suites,
        Groups = [NamedGroup.X25519, NamedGroup.Secp256r1],
        SignatureAlgorithms = [SignatureScheme.RsaPkcs1Sha256],
    };

    private static async Task<ServerFlight> ExchangeAsync(ScriptedServerConfig config, ClientHelloSpec spec)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            var (_, flight) = await ScriptedExchange.RunAsync(server.Port, spec);
            Assert.Empty(server.Faults);
            return flight;
        }
    }
}
