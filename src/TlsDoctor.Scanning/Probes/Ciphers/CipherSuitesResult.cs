using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Ciphers;

/// <summary>Whose order decides the suite: the server's, the client's, or unknown (one suite only, or not probed).</summary>
public enum CipherOrder : byte
{
    Unknown,
    Server,
    Client,
}

/// <summary>
/// The suites one protocol version accepts. When <see cref="Order"/> is Server, <see cref="Accepted"/> is in the
/// server's preference order; otherwise strongest first.
/// </summary>
public sealed record CipherSuitesResult(TlsVersion Version, IReadOnlyList<CipherSuite> Accepted, CipherOrder Order)
{
    /// <summary>Suites the probe could not decide (each attempt ended in a timeout or reset), kept apart from "refused".</summary>
    public IReadOnlyList<CipherSuite> Undecided { get; init; } = [];
}
