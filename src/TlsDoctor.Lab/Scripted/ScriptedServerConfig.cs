using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// Everything the scripted server does, fixed before it starts (STYLE.md #8). Defaults describe a plain TLS 1.2
/// server; tests change what they look at with <c>with</c>. <see cref="Validate"/> runs when the server starts.
/// </summary>
public sealed partial record ScriptedServerConfig
{
    /// <summary>Where it listens: a loopback address only (127.0.0.1 or ::1); it never serves another network.</summary>
    public System.Net.IPAddress ListenAddress { get; init; } = System.Net.IPAddress.Loopback;

    /// <summary>Protocol versions spoken: SSLv2, SSLv3 and TLS 1.0–1.2 (TLS 1.3 is not implemented).</summary>
    public IReadOnlyList<TlsVersion> Versions { get; init; } = [TlsVersion.Tls12];

    /// <summary>
    /// Suites in server preference order, like one OpenSSL cipher string: each SSLv3/TLS version without an entry in
    /// <see cref="SuitesByVersion"/> uses those of them it can negotiate (GCM and SHA-256 suites only at TLS 1.2).
    /// </summary>
    public IReadOnlyList<ushort> Suites { get; init; } =
    [
        0xC02F, // TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
        0xC013, // TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
        0x009C, // TLS_RSA_WITH_AES_128_GCM_SHA256
        0x002F, // TLS_RSA_WITH_AES_128_CBC_SHA
    ];

    /// <summary>Suites for one version, exactly and in server preference order, where they differ from <see cref="Suites"/>.</summary>
    public IReadOnlyDictionary<TlsVersion, IReadOnlyList<ushort>> SuitesByVersion { get; init; } = new Dictionary<TlsVersion, IReadOnlyList<ushort>>();

    /// <summary>SSLv2 cipher specs (three-byte codes), used when <see cref="Versions"/> holds SSLv2.</summary>
    public IReadOnlyList<uint> SslV2CipherSpecs { get; init; } = [.. CipherSuites.Offerable(TlsVersion.SSLv2).Select(s => s.Code)];

    /// <summary>Whose order picks the suite.</summary>
    public SuiteOrder Order { get; init; } = SuiteOrder.Server;

    /// <summary>The chain sent in Certificate, leaf first; the leaf carries its private key (RSA or ECDSA).</summary>
    public IReadOnlyList<X509Certificate2> Certificates { get; init; } = [];

    /// <summary>p and g for DHE suites (export DHE suites too).</summary>
    public DhGroup DhGroup { get; init; } = DhGroup.Ffdhe2048;

    /// <summary>Curves for ECDHE, in server preference order: x25519, secp256r1, secp384r1, secp521r1.</summary>
    public IReadOnlyList<NamedGroup> Curves { get; init; } = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1];

    /// <summary>TLS 1.2 schemes the server signs with; it takes the first of the client's signature_algorithms found here.</summary>
    public IReadOnlyList<SignatureScheme> SignatureSchemes { get; init; } =
    [
        SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
        SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha512, SignatureScheme.RsaPkcs1Sha1,
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512, SignatureScheme.EcdsaSha1,
    ];

    /// <summary>Refuse a TLS_FALLBACK_SCSV hello below the server's highest version with inappropriate_fallback (RFC 7507 §3).</summary>
    public bool HonourFallbackScsv { get; init; } = true;

    /// <summary>Extensions answered in ServerHello.</summary>
    public ServerExtensions Extensions { get; init; } = ServerExtensions.RenegotiationInfo | ServerExtensions.ExtendedMasterSecret;

    /// <summary>Pick DEFLATE (compression method 1, RFC 3749) when the client offers it: the CRIME precondition.</summary>
    public bool AcceptDeflate { get; init; }

    /// <summary>Flaws for vulnerability tests, emulated after the first flight (ScriptedConnection.Flaws.cs).</summary>
    public ServerBehaviours Behaviours { get; init; }

    /// <summary>
    /// Reset the connection when a hello offers more suites than this, like the middleboxes and old servers that
    /// choke on large hellos (RFC 7685 §1 tells of some); null: any size is fine.
    /// </summary>
    public int? ResetHellosWithMoreSuitesThan { get; init; }

    /// <summary>Answer hellos with something other than TLS.</summary>
    public HostileMode Hostile { get; init; }

    /// <summary>Longest wait for the client's next bytes; a connection that stays silent longer is closed.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Most bytes read from one connection; a client that sends more is cut off.</summary>
    public int MaxClientBytes { get; init; } = 64 * 1024;

    /// <summary>Seed for server randoms, session ids and SSLv2 connection ids (keys always use a secure RNG); null: unseeded.</summary>
    public int? Seed { get; init; }

    /// <summary>The suites the server has at <paramref name="version"/>, in its preference order.</summary>
    public IReadOnlyList<ushort> SuitesFor(TlsVersion version) =>
        SuitesByVersion.TryGetValue(version, out var suites) ? suites
        : [.. Suites.Where(c => CipherSuites.Find(c) is not { } s || s.MinVersion <= version)];

    /// <summary>The SSLv3/TLS versions spoken, oldest first.</summary>
    public IReadOnlyList<TlsVersion> TlsVersions => [.. Versions.Where(v => v >= TlsVersion.SSLv3).Distinct().Order()];

    public X509Certificate2? Leaf => Certificates.Count > 0 ? Certificates[0] : null;
}
