namespace TlsDoctor.Scanning.Probes.Alpn;

/// <summary>The ALPN protocols the server selects (RFC 7301), in the order found; empty when it ignores ALPN.</summary>
public sealed record AlpnResult(IReadOnlyList<string> Protocols);
