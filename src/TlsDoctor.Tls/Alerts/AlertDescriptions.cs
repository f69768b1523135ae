namespace TlsDoctor.Tls.Alerts;

/// <summary>
/// Every alert description the scanner knows, with a meaning for humans, as data.
/// Source: IANA "Transport Layer Security (TLS) Parameters", registry "TLS Alerts"
/// (https://www.iana.org/assignments/tls-parameters/), and the documents it cites: RFC 8446 §6.2 and RFC 5246 §7.2
/// for most, RFC 6066 §9 (certificate_unobtainable … bad_certificate_hash_value), RFC 4279 §2 (unknown_psk_identity),
/// RFC 7301 §3.2 (no_application_protocol), RFC 7507 §2 (inappropriate_fallback), RFC 9146 (too_many_cids_requested),
/// RFC 9849 (ech_required), draft-ietf-tls-rfc8446bis (general_error); RFC 2246 §7.2.2 for the retired
/// export_restriction.
/// The meanings say what a server sending the alert during a scan handshake usually tells us.
/// </summary>
public static class AlertDescriptions
{
    private const string Tls13 = "RFC 8446";
    private const string Tls12 = "RFC 5246";
    private const string Rfc6066 = "RFC 6066";

    /// <summary>All rows, in value order.</summary>
    public static IReadOnlyList<AlertInfo> All { get; } =
    [
        new(AlertDescription.CloseNotify, "close_notify", "the peer is closing the connection cleanly", false, Tls13),
        new(AlertDescription.UnexpectedMessage, "unexpected_message", "the peer got a message it did not expect at this point of the handshake", false, Tls13),
        new(AlertDescription.BadRecordMac, "bad_record_mac", "a record failed decryption or its integrity check", false, Tls13),
        new(AlertDescription.DecryptionFailed, "decryption_failed", "a record could not be decrypted (TLS 1.0 and older; later versions send bad_record_mac)", true, Tls12),
        new(AlertDescription.RecordOverflow, "record_overflow", "a record was longer than the protocol allows", false, Tls13),
        new(AlertDescription.DecompressionFailure, "decompression_failure", "TLS compression failed to decompress a record", true, Tls12),
        new(AlertDescription.HandshakeFailure, "handshake_failure", "the server found no cipher suite / group / signature it shares with the client", false, Tls13),
        new(AlertDescription.NoCertificate, "no_certificate", "SSLv3: the client has no certificate to send", true, Tls12),
        new(AlertDescription.BadCertificate, "bad_certificate", "a certificate was corrupt or its signatures did not verify", false, Tls13),
        new(AlertDescription.UnsupportedCertificate, "unsupported_certificate", "a certificate was of a type the peer does not support", false, Tls13),
        new(AlertDescription.CertificateRevoked, "certificate_revoked", "a certificate was revoked by its issuer", false, Tls13),
        new(AlertDescription.CertificateExpired, "certificate_expired", "a certificate has expired or is not yet valid", false, Tls13),
        new(AlertDescription.CertificateUnknown, "certificate_unknown", "a certificate was rejected for some other reason", false, Tls13),
        new(AlertDescription.IllegalParameter, "illegal_parameter", "a handshake field was out of range or inconsistent with other fields", false, Tls13),
        new(AlertDescription.UnknownCa, "unknown_ca", "a certificate chain did not lead to a trusted CA", false, Tls13),
        new(AlertDescription.AccessDenied, "access_denied", "the peer's identity was verified but access is refused", false, Tls13),
        new(AlertDescription.DecodeError, "decode_error", "a message could not be parsed (wrong length or field out of range)", false, Tls13),
        new(AlertDescription.DecryptError, "decrypt_error", "a handshake signature, key exchange or Finished check failed", false, Tls13),
        new(AlertDescription.TooManyCidsRequested, "too_many_cids_requested", "DTLS: the peer asked for more connection IDs than allowed", false, "RFC 9146"),
        new(AlertDescription.ExportRestriction, "export_restriction", "TLS 1.0: an export-restricted parameter was out of bounds", true, "RFC 2246"),
        new(AlertDescription.ProtocolVersion, "protocol_version", "the server does not support the protocol version the client offered", false, Tls13),
        new(AlertDescription.InsufficientSecurity, "insufficient_security", "the server requires stronger cipher suites or parameters than the client offered", false, Tls13),
        new(AlertDescription.InternalError, "internal_error", "the peer hit an error of its own, unrelated to the protocol", false, Tls13),
        new(AlertDescription.InappropriateFallback, "inappropriate_fallback", "the server saw TLS_FALLBACK_SCSV on a lower version than it supports: downgrade refused", false, "RFC 7507"),
        new(AlertDescription.UserCanceled, "user_canceled", "the peer is abandoning the handshake for a reason of its own", false, Tls13),
        new(AlertDescription.NoRenegotiation, "no_renegotiation", "the peer refuses to renegotiate (TLS 1.2 and older)", true, Tls12),
        new(AlertDescription.MissingExtension, "missing_extension", "a TLS 1.3 handshake lacked an extension it requires", false, Tls13),
        new(AlertDescription.UnsupportedExtension, "unsupported_extension", "the peer got an extension it did not offer or cannot take in this message", false, Tls13),
        new(AlertDescription.CertificateUnobtainable, "certificate_unobtainable", "the server could not fetch a certificate from a client_certificate_url", true, Rfc6066),
        new(AlertDescription.UnrecognizedName, "unrecognized_name", "the server has no virtual host for the requested server name (SNI)", false, Tls13),
        new(AlertDescription.BadCertificateStatusResponse, "bad_certificate_status_response", "the OCSP response the peer stapled was invalid or unacceptable", false, Tls13),
        new(AlertDescription.BadCertificateHashValue, "bad_certificate_hash_value", "a certificate did not match the hash given for it", true, Rfc6066),
        new(AlertDescription.UnknownPskIdentity, "unknown_psk_identity", "the server knows no pre-shared key for the identity offered", false, Tls13),
        new(AlertDescription.CertificateRequired, "certificate_required", "the server requires a client certificate and got none", false, Tls13),
        new(AlertDescription.GeneralError, "general_error", "the peer failed for a reason it chose not to disclose", false, "draft-ietf-tls-rfc8446bis"),
        new(AlertDescription.NoApplicationProtocol, "no_application_protocol", "the server supports none of the ALPN protocols offered", false, "RFC 7301"),
        new(AlertDescription.EchRequired, "ech_required", "the server requires Encrypted Client Hello and the client did not use it", false, "RFC 9849"),
    ];

    private static readonly Dictionary<AlertDescription, AlertInfo> ByValue = All.ToDictionary(a => a.Value);

    /// <summary>The row for a description byte, or null when no table has it.</summary>
    public static AlertInfo? Find(byte description) => ByValue.GetValueOrDefault((AlertDescription)description);

    /// <summary>The name ("handshake_failure"), or "0x37 (unknown)" (STYLE.md #4).</summary>
    public static string Name(byte description) => Find(description)?.Name ?? $"0x{description:x2} (unknown)";

    /// <summary>The name of a known or unknown description.</summary>
    public static string Name(AlertDescription description) => Name((byte)description);

    /// <summary>One line for humans, or "an alert this scanner does not know" for unknown values.</summary>
    public static string Meaning(byte description) => Find(description)?.Meaning ?? "an alert this scanner does not know";
}
