using System.Net;

namespace TlsDoctor.Testing.Lab;

/// <summary>One lab server and the truth a scanner should find on it.</summary>
public sealed record LabTarget
{
    /// <summary>Every lab server listens on this address only.</summary>
    public const string Host = "127.0.0.1";

    /// <summary>Stable name, e.g. "nginx-modern" (the company lab's names where a target has a twin there).</summary>
    public required string Name { get; init; }

    public required int Port { get; init; }

    public required LabTargetKind Kind { get; init; }

    /// <summary>What serves the port, e.g. "nginx", "openssl s_server", "GnuTLS (in-process)".</summary>
    public required string Software { get; init; }

    /// <summary>One line on how the server is configured.</summary>
    public required string Description { get; init; }

    /// <summary>"SSLv2" … "TLSv1.3" → whether a handshake at that version succeeds. Always has all six keys.</summary>
    public required IReadOnlyDictionary<string, bool> ExpectedProtocols { get; init; }

    /// <summary>Per supported protocol, the IANA names of the suites it accepts, in the server library's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedCiphers { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>True when the server picks the suite by its own order rather than the client's.</summary>
    public bool ServerCipherOrder { get; init; }

    /// <summary>Names from <see cref="LabCertProblems"/>, judged against the lab root CA and host "localhost".</summary>
    public IReadOnlyList<string> CertProblems { get; init; } = [];

    /// <summary>Size of the finite-field DHE group the server uses, when it offers DHE suites.</summary>
    public int? DhGroupBits { get; init; }

    /// <summary>For non-TLS and closed targets, one of <see cref="LabBehaviours"/>; null for TLS targets.</summary>
    public string? Behaviour { get; init; }

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    /// <summary>The protocols marked true, oldest first.</summary>
    public IEnumerable<string> SupportedProtocols => LabProtocols.All.Where(p => ExpectedProtocols[p]);

    public override string ToString() => $"{Name} ({Host}:{Port})";
}
