using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Chrome: chromium net/base/net_error_list.h. Firefox: NSS lib/ssl/SSLerrs.h (SSL_ERROR_*), lib/util/SECerrs.h
    // (SEC_ERROR_*), Gecko security/manager/ssl/nsNSSCertHelper / mozpkix pkix/include/pkix/Result.h (MOZILLA_PKIX_ERROR_*).
    private const string Chromium = "Chromium net/base/net_error_list.h";
    private const string NssSsl = "NSS lib/ssl/SSLerrs.h";
    private const string NssSec = "NSS lib/util/SECerrs.h";
    private const string MozPkix = "mozilla::pkix pkix/Result.h (MOZILLA_PKIX_ERROR_*)";

    private static ErrorSignature[] BrowsersRows() =>
    [
        Text(Chrome, "ERR_SSL_VERSION_OR_CIPHER_MISMATCH", "ERR_SSL_VERSION_OR_CIPHER_MISMATCH", Chromium, VersionOrCipher),
        Text(Chrome, "ERR_SSL_OBSOLETE_VERSION_OR_CIPHER", "ERR_SSL_OBSOLETE_VERSION_OR_CIPHER", Chromium, VersionOrCipher),
        Text(Chrome, "ERR_CERT_AUTHORITY_INVALID", "ERR_CERT_AUTHORITY_INVALID", Chromium, Trust),
        Text(Chrome, "ERR_CERT_COMMON_NAME_INVALID", "ERR_CERT_COMMON_NAME_INVALID", Chromium, CauseId.HostnameMismatch),
        Text(Chrome, "ERR_CERT_DATE_INVALID", "ERR_CERT_DATE_INVALID", Chromium, Validity),
        Text(Chrome, "ERR_CERT_REVOKED", "ERR_CERT_REVOKED", Chromium, CauseId.Revoked),
        Text(Chrome, "ERR_CERT_WEAK_SIGNATURE_ALGORITHM", "ERR_CERT_WEAK_SIGNATURE_ALGORITHM", Chromium, CauseId.WeakSignature),
        Text(Chrome, "ERR_CERT_WEAK_KEY", "ERR_CERT_WEAK_KEY", Chromium, CauseId.WeakCertificateKey),
        // Chromium's built-in certificate verifier reports a SHA-1 signed certificate as ERR_CERT_INVALID, not
        // ERR_CERT_WEAK_SIGNATURE_ALGORITHM; the other source of this code is a certificate it cannot parse.
        Pattern(Chrome, "ERR_CERT_INVALID", @"\bERR_CERT_INVALID\b",
            Chromium + "; observed with Chromium 156 on Debian 12: a SHA-1 signed leaf under a locally trusted root fails with net_error -207",
            CauseId.WeakSignature, CauseId.ServerConfiguration),
        Pattern(Chrome, "NET::ERR_CERT_*", @"\bNET::ERR_CERT_\w+|\bERR_CERT_INVALID\b", Chromium, AnyCertificate),
        Text(Chrome, "ERR_SSL_PROTOCOL_ERROR", "ERR_SSL_PROTOCOL_ERROR", Chromium,
            [CauseId.NotTls, CauseId.ProtocolMismatch, CauseId.ClientCertificateRequired, CauseId.SniRequired]),
        Text(Chrome, "ERR_SSL_UNRECOGNIZED_NAME_ALERT", "ERR_SSL_UNRECOGNIZED_NAME_ALERT", Chromium, CauseId.SniRequired),
        Pattern(Chrome, "ERR_BAD_SSL_CLIENT_AUTH_CERT", @"ERR_BAD_SSL_CLIENT_AUTH_CERT|ERR_SSL_CLIENT_AUTH_CERT_NEEDED", Chromium,
            CauseId.ClientCertificateRequired),
        Text(Chrome, "ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY", "ERR_SSL_WEAK_SERVER_EPHEMERAL_DH_KEY", Chromium, CauseId.DhTooSmall),
        Text(Chrome, "ERR_CONNECTION_RESET", "ERR_CONNECTION_RESET", Chromium, ClosedInHandshake),
        Text(Chrome, "ERR_CONNECTION_REFUSED", "ERR_CONNECTION_REFUSED", Chromium, CauseId.ConnectionRefused),
        Text(Chrome, "ERR_CONNECTION_TIMED_OUT", "ERR_CONNECTION_TIMED_OUT", Chromium, CauseId.Timeout),
        Text(Chrome, "ERR_NAME_NOT_RESOLVED", "ERR_NAME_NOT_RESOLVED", Chromium, CauseId.HostNotFound),

        Text(Firefox, "SEC_ERROR_UNKNOWN_ISSUER", "SEC_ERROR_UNKNOWN_ISSUER", NssSec, CauseId.UnknownIssuer, CauseId.IncompleteChain),
        Text(Firefox, "SEC_ERROR_EXPIRED_CERTIFICATE", "SEC_ERROR_EXPIRED_CERTIFICATE", NssSec, CauseId.CertificateExpired),
        Text(Firefox, "SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", "SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", NssSec, CauseId.CertificateExpired),
        Text(Firefox, "SEC_ERROR_REVOKED_CERTIFICATE", "SEC_ERROR_REVOKED_CERTIFICATE", NssSec, CauseId.Revoked),
        Text(Firefox, "SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED", "SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED", NssSec, CauseId.WeakSignature),
        Text(Firefox, "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", MozPkix, CauseId.SelfSigned),
        Text(Firefox, "MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", "MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", MozPkix,
            CauseId.CertificateNotYetValid),
        Text(Firefox, "MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE", "MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE", MozPkix, CauseId.WeakCertificateKey),
        Text(Firefox, "SSL_ERROR_NO_CYPHER_OVERLAP", "SSL_ERROR_NO_CYPHER_OVERLAP", NssSsl, VersionOrCipher),
        Text(Firefox, "SSL_ERROR_BAD_CERT_DOMAIN", "SSL_ERROR_BAD_CERT_DOMAIN", NssSsl, CauseId.HostnameMismatch),
        Text(Firefox, "SSL_ERROR_RX_RECORD_TOO_LONG", "SSL_ERROR_RX_RECORD_TOO_LONG", NssSsl, NotTlsRecord),
        Text(Firefox, "SSL_ERROR_UNSUPPORTED_VERSION", "SSL_ERROR_UNSUPPORTED_VERSION", NssSsl, CauseId.ProtocolMismatch),
        Text(Firefox, "SSL_ERROR_PROTOCOL_VERSION_ALERT", "SSL_ERROR_PROTOCOL_VERSION_ALERT", NssSsl, CauseId.ProtocolMismatch),
        Text(Firefox, "SSL_ERROR_HANDSHAKE_FAILURE_ALERT", "SSL_ERROR_HANDSHAKE_FAILURE_ALERT", NssSsl, HandshakeFailure),
        Text(Firefox, "SSL_ERROR_UNRECOGNIZED_NAME_ALERT", "SSL_ERROR_UNRECOGNIZED_NAME_ALERT", NssSsl, CauseId.SniRequired),
        Text(Firefox, "SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY", "SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY", NssSsl, CauseId.DhTooSmall),
        Pattern(Firefox, "SSL_ERROR_BAD_CERT_ALERT", @"SSL_ERROR_BAD_CERT_ALERT|SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT", NssSsl,
            CauseId.ClientCertificateRequired),
    ];
}
