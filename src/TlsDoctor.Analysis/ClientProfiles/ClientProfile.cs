using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.ClientProfiles;

/// <summary>Which root store a client checks chains against. Informational: the scan's own trust store decides.</summary>
public enum ClientTrustStore : byte
{
    /// <summary>The operating system's store (Debian ca-certificates, macOS keychain, …).</summary>
    System,
    Mozilla,
    JavaCacerts,
    Windows,
    Android,
    Apple,
    Chrome,
}

/// <summary>
/// What one real client offers in its ClientHello and what it accepts afterwards, as data with its sources:
/// enough to predict whether it can talk to a scanned server and, if not, why not.
/// </summary>
/// <param name="Id">Stable identifier for the command line and reports ("java-8u161").</param>
/// <param name="Name">Display name ("Java 8u161").</param>
public sealed record ClientProfile(string Id, string Name)
{
    /// <summary>Protocol versions the client enables by default, in any order.</summary>
    public IReadOnlyList<TlsVersion> Versions { get; init; } = [];

    /// <summary>Cipher suite codes in the client's preference order (TLS 1.3 suites and older ones in one list).</summary>
    public IReadOnlyList<ushort> CipherSuites { get; init; } = [];

    /// <summary>supported_groups in the client's order; for TLS 1.3 the first is the one it sends a key share for.</summary>
    public IReadOnlyList<NamedGroup> Groups { get; init; } = [];

    /// <summary>signature_algorithms in the client's order; empty: not modelled (the check is skipped).</summary>
    public IReadOnlyList<SignatureScheme> SignatureSchemes { get; init; } = [];

    public bool SendsSni { get; init; } = true;

    /// <summary>Smallest DHE prime the client accepts, in bits (0: any).</summary>
    public int MinDhBits { get; init; }

    /// <summary>Largest DHE prime the client can handle (0: no limit); Java 7 stops at 1024.</summary>
    public int MaxDhBits { get; init; }

    /// <summary>Smallest RSA key accepted in the server's chain (0: any).</summary>
    public int MinRsaBits { get; init; }

    /// <summary>Smallest EC key accepted in the server's chain (0: any).</summary>
    public int MinEcdsaBits { get; init; }

    /// <summary>False when a chain with a SHA-1 signature (other than the root's self-signature) is rejected.</summary>
    public bool AcceptsSha1Certificates { get; init; } = true;

    /// <summary>True when the client downloads a missing intermediate from the leaf's AIA caIssuers URL (or has it cached).</summary>
    public bool FetchesMissingIntermediates { get; init; }

    /// <summary>False for clients that let the user continue past an untrusted or mismatched certificate (RDP's prompt).</summary>
    public bool ValidatesCertificates { get; init; } = true;

    public ClientTrustStore TrustStore { get; init; } = ClientTrustStore.System;

    /// <summary>ALPN protocols offered ("h2", "http/1.1"); informational.</summary>
    public IReadOnlyList<string> Alpn { get; init; } = [];

    /// <summary>Where each fact comes from: vendor documentation, man pages, source files, SSL Labs' client list.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>What was inferred rather than read in a source, and other caveats.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The client's suites that it can offer at <paramref name="version"/>, in its order.</summary>
    public IEnumerable<CipherSuite> SuitesFor(TlsVersion version) =>
        CipherSuites.Select(c => Tls.Registry.CipherSuites.Describe(c))
            .Where(s => !s.IsSignalling && (version == TlsVersion.Tls13 ? s.IsTls13 : !s.IsTls13 && s.MinVersion <= version));

    public override string ToString() => $"{Name} ({Id})";
}
