using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Groups;

/// <summary>The named groups one protocol version accepts for (EC)DHE, in the server's order when it has one.</summary>
/// <param name="Groups">Wire values; unknown ones are kept (shown as "0x1a2b (unknown)").</param>
/// <param name="ServerOrder">True: the server picks by its own order; false: it takes the client's first; null: unknown.</param>
public sealed record GroupsResult(TlsVersion Version, IReadOnlyList<NamedGroup> Groups, bool? ServerOrder);

/// <summary>A finite-field DH group the server used in a DHE ServerKeyExchange.</summary>
/// <param name="PrimeBits">Size of p in bits.</param>
/// <param name="KnownGroup">Name when p is a published group ("ffdhe2048", "RFC 2409 Oakley group 2"), else null.</param>
public sealed record DhParameters(TlsVersion Version, int PrimeBits, string? KnownGroup, int GeneratorValue);

/// <summary>Key exchange findings: groups per protocol and the DH parameters seen.</summary>
public sealed record KeyExchangeResult(IReadOnlyList<GroupsResult> Groups, IReadOnlyList<DhParameters> DhParameters);
