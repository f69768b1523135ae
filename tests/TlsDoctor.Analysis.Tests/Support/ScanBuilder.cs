using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Support;

/// <summary>Builds a <see cref="ServerScanResult"/> by hand, as a scan of a server set up that way would read.</summary>
internal sealed class ScanBuilder
{
    public const string Host = "www.example.test";

    private readonly HashSet<TlsVersion> versions = [];
    private readonly List<CipherSuitesResult> suites = [];
    private readonly List<GroupsResult> groups = [];
    private readonly List<DhParameters> dh = [];
    private readonly List<SignatureSchemesResult> schemes = [];
    private readonly List<CapturedChain> chains = [];

    /// <summary>Suites (IANA or OpenSSL names) accepted at one version; the version counts as supported.</summary>
    public ScanBuilder Suites(TlsVersion version, CipherOrder order, params string[] names)
    {
        versions.Add(version);
        suites.Add(new CipherSuitesResult(version, [.. names.Select(n => CipherSuites.FindByName(n) ?? throw new ArgumentException($"unknown suite {n}"))], order));
        return this;
    }

    public ScanBuilder Groups(TlsVersion version, bool? serverOrder, params NamedGroup[] accepted)
    {
        groups.Add(new GroupsResult(version, accepted, serverOrder));
        return this;
    }

    public ScanBuilder Dh(TlsVersion version, int bits)
    {
        dh.Add(new DhParameters(version, bits, null, 2));
        return this;
    }

    public ScanBuilder Schemes(TlsVersion version, string certificateType, params SignatureScheme[] signed)
    {
        schemes.Add(new SignatureSchemesResult(version, certificateType, signed));
        return this;
    }

    public ScanBuilder Chain(CapturedChain chain)
    {
        chains.Add(chain);
        return this;
    }

    public ServerScanResult Build() => new()
    {
        Target = new ScanTarget(Host, 443, Host),
        Outcome = ScanOutcome.Completed,
        Protocols = [.. TlsVersions.All.Where(v => v != TlsVersion.SSLv2)
            .Select(v => new ProtocolSupportResult(v, versions.Contains(v), versions.Contains(v) ? $"ServerHello {v.Name()}" : "alert protocol_version"))],
        CipherSuites = [.. suites],
        KeyExchange = new KeyExchangeResult([.. groups], [.. dh]),
        SignatureSchemes = [.. schemes],
        Certificates = new CertificateChainResult([.. chains]),
    };

    /// <summary>A typical modern server: TLS 1.2 ECDHE-RSA and TLS 1.3, x25519/P-256, one good RSA chain.</summary>
    public static ScanBuilder Modern(CapturedChain chain) => new ScanBuilder()
        .Suites(TlsVersion.Tls12, CipherOrder.Client, "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384")
        .Suites(TlsVersion.Tls13, CipherOrder.Client, "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256")
        .Groups(TlsVersion.Tls12, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Groups(TlsVersion.Tls13, false, NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1)
        .Chain(chain);
}
