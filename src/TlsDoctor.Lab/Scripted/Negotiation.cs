using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>What the server agreed to for one hello: version, suite, curve, signature scheme, compression, extensions.</summary>
/// <param name="Curve">The ECDHE curve, for ECDHE suites.</param>
/// <param name="Scheme">The TLS 1.2 scheme for the ServerKeyExchange signature, for signed key exchanges.</param>
public sealed record Negotiation(
    TlsVersion Version,
    CipherSuite Suite,
    NamedGroup? Curve,
    SignatureScheme? Scheme,
    byte Compression,
    IReadOnlyList<Extension> Extensions);

/// <summary>The negotiation's result: an agreement, or the fatal alert the server refuses the hello with, and why.</summary>
public sealed record NegotiationOutcome(Negotiation? Agreed, AlertDescription? Refusal, string Reason)
{
    public static NegotiationOutcome Refuse(AlertDescription alert, string reason) => new(null, alert, reason);
}
