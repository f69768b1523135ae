namespace TlsDoctor.Scanning;

/// <summary>Every scanner setting and its default, in one place (STYLE.md #8). Validated at the edge (the CLI).</summary>
public sealed record ScanOptions
{
    /// <summary>TCP connect deadline.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Deadline for the server's answer to one hello.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Most bytes read from one connection before it is dropped (a hostile server cannot make us read forever).</summary>
    public int ByteBudget { get; init; } = 256 * 1024;

    /// <summary>Connections open at once to one host. Default chosen by bench/concurrency.sh (see README).</summary>
    public int MaxConnectionsPerHost { get; init; } = 8;

    /// <summary>Targets scanned at once with <c>scan -f</c>.</summary>
    public int MaxParallelTargets { get; init; } = 8;

    /// <summary>Largest number of suites offered in one hello; larger offers are split (some servers choke on big hellos).</summary>
    public int MaxSuitesPerHello { get; init; } = 128;

    /// <summary>Capture certificate chains (and, for TLS 1.3, decrypt the server's flight to read them).</summary>
    public bool CaptureCertificates { get; init; } = true;

    /// <summary>Analyse every captured chain: validity, name, trust path, chain as sent, strength, stapled OCSP.</summary>
    public bool AnalyzeCertificates { get; init; } = true;

    /// <summary>Trust anchors for the analysis (e.g. a private CA from --ca-file); null: the system store.</summary>
    public Certificates.Trust.TrustStore? TrustStore { get; init; }

    /// <summary>
    /// Ask the OCSP responders and CRL distribution points the certificates name. Off by default: they are hosts
    /// other than the target, and a scan talks only to the targets it is given unless told otherwise.
    /// </summary>
    public bool CheckRevocation { get; init; }

    /// <summary>Run the vulnerability checks (Heartbleed, ROBOT, …) after the enumeration.</summary>
    public bool CheckVulnerabilities { get; init; } = true;

    /// <summary>Ids of the checks to run (see VulnerabilityChecks.All); null: all of them.</summary>
    public IReadOnlySet<string>? OnlyVulnerabilities { get; init; }

    /// <summary>Fetch "/" over HTTPS for HSTS, security headers and compression; Auto asks and records when the service is not HTTP.</summary>
    public HttpProbeMode Http { get; init; } = HttpProbeMode.Auto;

    /// <summary>A plain-HTTP port on the same host to check for a redirect to HTTPS (scan --http-port); null: not checked.</summary>
    public int? PlainHttpPort { get; init; }

    /// <summary>Other services that may share the certificate's RSA key, checked for SSLv2 (DROWN, scan --drown-peer).</summary>
    public IReadOnlyList<ScanTarget> SslV2Peers { get; init; } = [];

    /// <summary>Most queries the ROBOT oracle test may send (each is one connection).</summary>
    public int RobotMaxQueries { get; init; } = 20;

    /// <summary>Prefer IPv6 when a name resolves to both families.</summary>
    public bool PreferIPv6 { get; init; }

    /// <summary>Use only IPv4 / only IPv6 addresses.</summary>
    public AddressFamilyPreference AddressFamily { get; init; } = AddressFamilyPreference.Any;

    public static ScanOptions Default { get; } = new();
}

/// <summary>Whether the scan fetches HTTP over the TLS connection.</summary>
public enum HttpProbeMode : byte
{
    /// <summary>Ask; a service that is not HTTP is recorded as such, not as an error.</summary>
    Auto,
    /// <summary>Never ask (mail, LDAP and other non-HTTP services).</summary>
    Off,
}

/// <summary>Which address family to connect over.</summary>
public enum AddressFamilyPreference : byte
{
    Any,
    IPv4Only,
    IPv6Only,
}
