using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compatibility;

/// <summary>
/// Whether one client can connect to one scanned server: the handshake it would get, or the single root cause of
/// failure with a one-sentence explanation that names the evidence.
/// </summary>
public sealed record CompatibilityResult(ClientProfile Client, bool Connects, string Explanation)
{
    /// <summary>Negotiated version (also set on failure once the version was agreed).</summary>
    public TlsVersion? Protocol { get; init; }

    public CipherSuite? CipherSuite { get; init; }

    /// <summary>ECDHE or TLS 1.3 group; null for RSA and DHE key exchange.</summary>
    public NamedGroup? Group { get; init; }

    /// <summary>DHE prime size when the suite is DHE.</summary>
    public int? DhBits { get; init; }

    /// <summary>The chain the client would be sent.</summary>
    public CapturedChain? Chain { get; init; }

    /// <summary>Null when the client connects.</summary>
    public FailureCause? Cause { get; init; }

    /// <summary>Things that do not stop the handshake but a user sees (a certificate prompt) or that were assumed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public override string ToString() =>
        Connects ? $"{Client.Name}: OK {Explanation}" : $"{Client.Name}: FAILS ({Cause}) {Explanation}";
}
