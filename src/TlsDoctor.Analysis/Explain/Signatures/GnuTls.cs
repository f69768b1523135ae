using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // GnuTLS lib/errors.c (gnutls_strerror texts for GNUTLS_E_*) and lib/cert-session.c / x509 verification status
    // texts printed by gnutls_certificate_verification_status_print.
    private const string GnuTlsErrors = "GnuTLS lib/errors.c (gnutls_strerror)";
    private const string GnuTlsVerify = "GnuTLS lib/cert-session.c (gnutls_certificate_verification_status_print)";

    private static ErrorSignature[] GnuTlsRows() =>
    [
        Text(GnuTls, "GNUTLS_E_PREMATURE_TERMINATION", "The TLS connection was non-properly terminated", GnuTlsErrors, ClosedInHandshake),
        Text(GnuTls, "GNUTLS_E_CERTIFICATE_ERROR", "Error in the certificate", GnuTlsErrors, AnyCertificate),
        Text(GnuTls, "GNUTLS_E_UNSUPPORTED_VERSION_PACKET", "A packet with illegal or unsupported version was received", GnuTlsErrors,
            NotTlsRecord),
        Text(GnuTls, "GNUTLS_E_NO_CIPHER_SUITES", "No supported cipher suites have been found", GnuTlsErrors, CauseId.NoSharedCipher),
        Text(GnuTls, "GNUTLS_E_UNKNOWN_CIPHER_SUITE", "Could not negotiate a supported cipher suite", GnuTlsErrors, CauseId.NoSharedCipher),
        Text(GnuTls, "GNUTLS_E_UNSUPPORTED_SIGNATURE_ALGORITHM", "The signature algorithm is not supported", GnuTlsErrors,
            CauseId.NoSharedGroupOrSignature, CauseId.WeakSignature),
        Text(GnuTls, "GNUTLS_E_DH_PRIME_UNACCEPTABLE", "The Diffie-Hellman prime sent by the server is not acceptable", GnuTlsErrors,
            CauseId.DhTooSmall),
        Text(GnuTls, "GNUTLS_E_UNEXPECTED_PACKET", "An unexpected TLS packet was received", GnuTlsErrors, NotTlsRecord),
        Text(GnuTls, "GNUTLS_E_FATAL_ALERT_RECEIVED", "A TLS fatal alert has been received", GnuTlsErrors, [.. HandshakeFailure, .. Trust]),
        Text(GnuTls, "GNUTLS_E_NO_CERTIFICATE_FOUND", "The peer did not send any certificate", GnuTlsErrors, CauseId.ClientCertificateRequired),
        Text(GnuTls, "GNUTLS_E_NO_PRIORITIES_WERE_SET", "No or insufficient priorities were set", GnuTlsErrors, CauseId.LocalConfiguration),
        // Also a self-signed leaf that is not trusted: observed with gnutls-cli 3.7.9 on Debian 12 (lab nginx-selfsigned).
        Text(GnuTls, "GNUTLS_CERT_SIGNER_NOT_FOUND", "The certificate issuer is unknown", GnuTlsVerify,
            CauseId.UnknownIssuer, CauseId.IncompleteChain, CauseId.SelfSigned),
        Text(GnuTls, "GNUTLS_CERT_EXPIRED", "The certificate chain uses expired certificate", GnuTlsVerify, CauseId.CertificateExpired),
        Text(GnuTls, "GNUTLS_CERT_NOT_ACTIVATED", "The certificate chain uses not yet valid certificate", GnuTlsVerify,
            CauseId.CertificateNotYetValid),
        // A SHA-1 signature in the chain: observed with gnutls-cli 3.7.9 on Debian 12 (lab s_server-sha1).
        Text(GnuTls, "GNUTLS_CERT_INSECURE_ALGORITHM", "The certificate chain uses insecure algorithm", GnuTlsVerify,
            CauseId.WeakSignature, CauseId.WeakCertificateKey),
        Text(GnuTls, "GNUTLS_CERT_UNEXPECTED_OWNER", "The name in the certificate does not match the expected", GnuTlsVerify,
            CauseId.HostnameMismatch),
        Text(GnuTls, "gnutls_handshake() failed", "gnutls_handshake() failed", GnuTlsErrors, [.. HandshakeFailure, .. Trust]),
    ];
}
