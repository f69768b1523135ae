namespace TlsDoctor.Scanning.Probes.Features;

/// <summary>Protocol features read from the server's hello, for the highest TLS ≤ 1.2 version it speaks.</summary>
/// <param name="Compression">TLS compression accepted (CRIME): the server chose DEFLATE when offered.</param>
/// <param name="SecureRenegotiation">renegotiation_info answered (RFC 5746).</param>
/// <param name="SessionTicket">session_ticket answered: the server will issue a ticket (RFC 5077).</param>
/// <param name="SessionId">The server assigned a non-empty session ID (session-ID resumption).</param>
/// <param name="ExtendedMasterSecret">extended_master_secret answered (RFC 7627).</param>
/// <param name="EncryptThenMac">encrypt_then_mac answered (RFC 7366).</param>
/// <param name="OcspStapling">status_request answered: the server staples an OCSP response (RFC 6066 §8).</param>
/// <param name="Heartbeat">heartbeat answered (RFC 6520).</param>
/// <param name="FallbackScsv">TLS_FALLBACK_SCSV honoured (RFC 7507): null when not testable (one protocol only).</param>
public sealed record ServerFeaturesResult(
    bool? Compression,
    bool? SecureRenegotiation,
    bool? SessionTicket,
    bool? SessionId,
    bool? ExtendedMasterSecret,
    bool? EncryptThenMac,
    bool? OcspStapling,
    bool? Heartbeat,
    bool? FallbackScsv);
