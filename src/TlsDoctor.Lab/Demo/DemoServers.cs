using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Lab.Certificates;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Demo;

/// <summary>
/// The three servers <c>tlsdoctor demo</c> scans, all in this process on 127.0.0.1 ephemeral ports: "modern" (a
/// real TLS 1.2/1.3 server), "legacy" (the scripted server with SSLv3, RC4, export and 3DES) and "broken" (a real
/// server with an expired certificate for another host). Certificates come from an in-memory demo CA.
/// </summary>
public sealed class DemoServers : IAsyncDisposable
{
    private readonly InMemoryCa _ca;
    private readonly IReadOnlyList<X509Certificate2> _leaves;
    private readonly IReadOnlyList<IAsyncDisposable> _running;

    private DemoServers(InMemoryCa ca, IReadOnlyList<X509Certificate2> leaves, IReadOnlyList<IAsyncDisposable> running, IReadOnlyList<DemoServer> servers)
    {
        _ca = ca;
        _leaves = leaves;
        _running = running;
        Servers = servers;
    }

    /// <summary>modern, legacy, broken, in that order.</summary>
    public IReadOnlyList<DemoServer> Servers { get; }

    /// <summary>The demo CA's root, for users who want to see a chain that validates against it.</summary>
    public X509Certificate2 Root => _ca.Root;

    /// <summary>Host name the broken server's certificate names instead of localhost.</summary>
    public const string WrongHostName = "wrong-host.tlsdoctor.invalid";

    /// <summary>Starts all three; <paramref name="time"/> dates the certificates (valid now, or expired for "broken").</summary>
    public static DemoServers Start(TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var ca = InMemoryCa.Create("TlsDoctor Demo CA", now);
        var modernLeaf = ca.Issue(LeafSpec.ValidFor("localhost", now) with { Key = LeafKey.EcdsaP256 });
        var legacyLeaf = ca.Issue(LeafSpec.ValidFor("localhost", now));
        var brokenLeaf = ca.Issue(new LeafSpec([WrongHostName], now.AddDays(-400), now.AddDays(-35)));

        var modern = new SslStreamServer(modernLeaf, [ca.Root], SslProtocols.Tls12 | SslProtocols.Tls13, hsts: "max-age=63072000; includeSubDomains");
        var legacy = new ScriptedServer(LegacyConfig(legacyLeaf, ca.Root));
        var broken = new SslStreamServer(brokenLeaf, [], SslProtocols.Tls12);

        DemoServer[] servers =
        [
            new("modern", "TLS 1.2 and 1.3 with forward-secret AEAD suites and a valid ECDSA certificate for localhost", modern.Port)
            {
                Protocols = [TlsVersion.Tls12, TlsVersion.Tls13],
            },
            new("legacy", "SSLv3 to TLS 1.2 in server order: RC4, 3DES, CBC and export suites, a 1024-bit DH group, no TLS_FALLBACK_SCSV", legacy.Port)
            {
                Protocols = [TlsVersion.SSLv3, TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12],
            },
            new("broken", $"TLS 1.2 only, with a certificate for {WrongHostName} that expired 35 days ago and no chain", broken.Port)
            {
                Protocols = [TlsVersion.Tls12],
            },
        ];
        return new DemoServers(ca, [modernLeaf, legacyLeaf, brokenLeaf], [modern, legacy, broken], servers);
    }

    /// <summary>A server configured the way many were around 2010.</summary>
    public static ScriptedServerConfig LegacyConfig(X509Certificate2 leaf, X509Certificate2 root) => new()
    {
        Versions = [TlsVersion.SSLv3, TlsVersion.Tls10, TlsVersion.Tls11, TlsVersion.Tls12],
        Suites =
        [
            0x0005, // TLS_RSA_WITH_RC4_128_SHA
            0x0004, // TLS_RSA_WITH_RC4_128_MD5
            0xC011, // TLS_ECDHE_RSA_WITH_RC4_128_SHA
            0x002F, // TLS_RSA_WITH_AES_128_CBC_SHA
            0x0035, // TLS_RSA_WITH_AES_256_CBC_SHA
            0xC013, // TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
            0x0033, // TLS_DHE_RSA_WITH_AES_128_CBC_SHA
            0x009C, // TLS_RSA_WITH_AES_128_GCM_SHA256 (TLS 1.2 only)
            0x000A, // TLS_RSA_WITH_3DES_EDE_CBC_SHA
            0x0003, // TLS_RSA_EXPORT_WITH_RC4_40_MD5
            0x0008, // TLS_RSA_EXPORT_WITH_DES40_CBC_SHA
            0x0014, // TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA
        ],
        Order = SuiteOrder.Server,
        Certificates = [leaf, root],
        DhGroup = DhGroup.Oakley2,
        Curves = [NamedGroup.Secp256r1, NamedGroup.Secp384r1],
        HonourFallbackScsv = false,
        Extensions = ServerExtensions.RenegotiationInfo | ServerExtensions.SessionTicket,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _running)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var leaf in _leaves)
        {
            leaf.Dispose();
        }

        _ca.Dispose();
    }
}
