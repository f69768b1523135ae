using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.ProtocolSupport;

/// <summary>Whether the server speaks one protocol version, decided on the wire, with the evidence.</summary>
/// <param name="Evidence">What the server did: "ServerHello TLSv1.2", "alert protocol_version", "answered TLSv1.0 instead", …</param>
/// <param name="Conclusive">False when the answer could not be decided (timeouts, resets that may be load).</param>
public sealed record ProtocolSupportResult(TlsVersion Version, bool Supported, string Evidence, bool Conclusive = true);
