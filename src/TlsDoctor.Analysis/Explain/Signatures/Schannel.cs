using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Status codes: winerror.h, as listed on Microsoft Learn "SSPI Status Codes"; event IDs: Microsoft Learn
    // "Schannel events" (36888 says "fatal error code is N", 36887 "fatal alert code is N"). Alert numbers: RFC 8446 §6.
    private const string Sspi = "winerror.h; Microsoft Learn: SSPI Status Codes";
    private const string Events = "Microsoft Learn: Schannel events (System log, source Schannel)";
    private const string AlertCodes = "Schannel event 36887/36888 text; RFC 8446 §6 AlertDescription values";

    private static ErrorSignature[] SchannelRows() =>
    [
        Pattern(Schannel, "SEC_E_ALGORITHM_MISMATCH", @"SEC_E_ALGORITHM_MISMATCH|0x80090331", Sspi, VersionOrCipher),
        Text(Schannel, "SEC_E_ALGORITHM_MISMATCH (text)", "they do not possess a common algorithm", Sspi, VersionOrCipher),
        Pattern(Schannel, "SEC_E_UNTRUSTED_ROOT", @"SEC_E_UNTRUSTED_ROOT|0x80090325", Sspi, Trust),
        Text(Schannel, "SEC_E_UNTRUSTED_ROOT (text)", "The certificate chain was issued by an authority that is not trusted", Sspi, Trust),
        Pattern(Schannel, "SEC_E_CERT_EXPIRED", @"SEC_E_CERT_EXPIRED|0x80090328", Sspi, CauseId.CertificateExpired),
        Pattern(Schannel, "SEC_E_WRONG_PRINCIPAL", @"SEC_E_WRONG_PRINCIPAL|0x80090322", Sspi, CauseId.HostnameMismatch),
        Text(Schannel, "SEC_E_WRONG_PRINCIPAL (text)", "The target principal name is incorrect", Sspi, CauseId.HostnameMismatch),
        Pattern(Schannel, "SEC_E_ILLEGAL_MESSAGE", @"SEC_E_ILLEGAL_MESSAGE|0x80090326", Sspi,
            [CauseId.NotTls, CauseId.ProtocolMismatch, CauseId.NoSharedCipher]),
        Pattern(Schannel, "SEC_E_CERT_UNKNOWN", @"SEC_E_CERT_UNKNOWN|0x80090327", Sspi, AnyCertificate),
        Pattern(Schannel, "SEC_E_INTERNAL_ERROR", @"SEC_E_INTERNAL_ERROR|0x80090304", Sspi, CauseId.ServerConfiguration, CauseId.LocalConfiguration),
        Pattern(Schannel, "SEC_I_INCOMPLETE_CREDENTIALS", @"SEC_I_INCOMPLETE_CREDENTIALS|0x00090320", Sspi, CauseId.ClientCertificateRequired),
        Pattern(Schannel, "CRYPT_E_REVOKED", @"CRYPT_E_REVOKED|0x80092010", "winerror.h (CRYPT_E_REVOKED)", CauseId.Revoked),
        Pattern(Schannel, "CERT_E_CN_NO_MATCH", @"CERT_E_CN_NO_MATCH|0x800B010F", "winerror.h (CERT_E_CN_NO_MATCH)", CauseId.HostnameMismatch),
        Pattern(Schannel, "CERT_E_UNTRUSTEDROOT", @"CERT_E_UNTRUSTEDROOT|0x800B0109", "winerror.h (CERT_E_UNTRUSTEDROOT)", Trust),
        Pattern(Schannel, "CERT_E_EXPIRED", @"CERT_E_EXPIRED|0x800B0101", "winerror.h (CERT_E_EXPIRED)", Validity),
        Pattern(Schannel, "Event 36874", @"\b36874\b|none of the cipher suites supported by the client application are supported by the server",
            Events, CauseId.NoSharedCipher),
        Pattern(Schannel, "Event 36871", @"\b36871\b|fatal error occurred while creating a TLS client credential", Events,
            CauseId.LocalConfiguration, CauseId.ProtocolMismatch),
        Pattern(Schannel, "Event 36888", @"\b36888\b|fatal alert was generated and sent to the remote endpoint", Events,
            [.. HandshakeFailure, .. Trust]),
        Pattern(Schannel, "Event 36887", @"\b36887\b|fatal alert was received from the remote endpoint", Events,
            [.. HandshakeFailure, .. Trust]),
        Pattern(Schannel, "alert 10 unexpected_message", @"fatal (alert|error) code is 10\b", AlertCodes, NotTlsRecord),
        Pattern(Schannel, "alert 40 handshake_failure", @"fatal (alert|error) code is 40\b", AlertCodes, HandshakeFailure),
        Pattern(Schannel, "alert 42/43/46 bad/unsupported/unknown certificate", @"fatal (alert|error) code is 4[236]\b", AlertCodes, AnyCertificate),
        Pattern(Schannel, "alert 45 certificate_expired", @"fatal (alert|error) code is 45\b", AlertCodes, CauseId.CertificateExpired),
        Pattern(Schannel, "alert 48 unknown_ca", @"fatal (alert|error) code is 48\b", AlertCodes, CauseId.UnknownIssuer, CauseId.IncompleteChain),
        Pattern(Schannel, "alert 70 protocol_version", @"fatal (alert|error) code is 70\b", AlertCodes, CauseId.ProtocolMismatch),
        Pattern(Schannel, "alert 71 insufficient_security", @"fatal (alert|error) code is 71\b", AlertCodes, CauseId.NoSharedCipher, CauseId.DhTooSmall),
        Pattern(Schannel, "alert 80 internal_error", @"fatal (alert|error) code is 80\b", AlertCodes, CauseId.ServerConfiguration),
        Pattern(Schannel, "alert 112 unrecognized_name", @"fatal (alert|error) code is 112\b", AlertCodes, CauseId.SniRequired),
        Pattern(Schannel, "alert 116 certificate_required", @"fatal (alert|error) code is 116\b", AlertCodes, CauseId.ClientCertificateRequired),
    ];
}
