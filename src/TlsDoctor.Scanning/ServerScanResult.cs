using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Alpn;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Features;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Scanning;

/// <summary>Overall outcome of scanning one target.</summary>
public enum ScanOutcome : byte
{
    /// <summary>The server speaks TLS and every probe ran (some may have failed; see ProbeFailures).</summary>
    Completed,
    /// <summary>The target could not be reached at all (DNS, refused, timeout).</summary>
    Unreachable,
    /// <summary>Something answered, but not TLS (plain HTTP, SSH, an SMTP banner, an echo …).</summary>
    NotTls,
    /// <summary>A TLS server that accepted none of our offers at any version.</summary>
    NoProtocol,
}

/// <summary>Everything one scan of one target found. Immutable; reporting and analysis read it, nothing changes it.</summary>
public sealed record ServerScanResult
{
    public required ScanTarget Target { get; init; }

    /// <summary>The address actually connected to ("127.0.0.1", "::1"); null when the name did not resolve.</summary>
    public string? Address { get; init; }

    public required ScanOutcome Outcome { get; init; }

    /// <summary>The error that decided <see cref="Outcome"/> when it is not Completed.</summary>
    public ConnectionError? Failure { get; init; }

    public IReadOnlyList<ProtocolSupportResult> Protocols { get; init; } = [];

    public IReadOnlyList<CipherSuitesResult> CipherSuites { get; init; } = [];

    public KeyExchangeResult? KeyExchange { get; init; }

    public IReadOnlyList<SignatureSchemesResult> SignatureSchemes { get; init; } = [];

    public AlpnResult? Alpn { get; init; }

    public ServerFeaturesResult? Features { get; init; }

    public CertificateChainResult? Certificates { get; init; }

    /// <summary>The HTTP probe's result; null when HTTP was not asked (option off, or no protocol to ask over).</summary>
    public HttpResult? Http { get; init; }

    /// <summary>Every vulnerability check's result, in <see cref="VulnerabilityChecks.All"/> order; empty when checks were off.</summary>
    public IReadOnlyList<VulnerabilityResult> Vulnerabilities { get; init; } = [];

    /// <summary>Probes that could not finish, each with its error; the rest of the result still stands.</summary>
    public IReadOnlyList<ProbeFailure> ProbeFailures { get; init; } = [];

    public DateTimeOffset StartedAt { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Connections opened for this target (for benchmarks and the byte/connection budget).</summary>
    public int Connections { get; init; }
}
