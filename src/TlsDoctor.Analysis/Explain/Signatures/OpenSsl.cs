using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Reason strings: OpenSSL ssl/ssl_err.c (SSL_R_* codes from include/openssl/sslerr.h), as printed by ERR_error_string_n
    // ("error:0A00010B:SSL routines::wrong version number"). Verify strings: crypto/x509/x509_txt.c (X509_V_ERR_*);
    // OpenSSL 3 writes "self-signed", 1.1 "self signed", hence the patterns.
    private const string SslErr = "OpenSSL ssl/ssl_err.c, include/openssl/sslerr.h";
    private const string X509Txt = "OpenSSL crypto/x509/x509_txt.c (X509_V_ERR_*)";

    private static ErrorSignature[] OpenSslRows() =>
    [
        Text(OpenSsl, "SSL_R_WRONG_VERSION_NUMBER", "wrong version number", SslErr, NotTlsRecord),
        Text(OpenSsl, "SSL_R_NO_SHARED_CIPHER", "no shared cipher", SslErr, CauseId.NoSharedCipher),
        Text(OpenSsl, "SSL_R_UNSUPPORTED_PROTOCOL", "unsupported protocol", SslErr, CauseId.ProtocolMismatch),
        Text(OpenSsl, "SSL_R_NO_PROTOCOLS_AVAILABLE", "no protocols available", SslErr, CauseId.ProtocolMismatch, CauseId.LocalConfiguration),
        Text(OpenSsl, "SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure", SslErr, HandshakeFailure),
        Text(OpenSsl, "SSL_R_TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version", SslErr, CauseId.ProtocolMismatch),
        Text(OpenSsl, "SSL_R_TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca", SslErr, CauseId.UnknownIssuer, CauseId.IncompleteChain),
        Text(OpenSsl, "SSL_R_TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name", SslErr, CauseId.SniRequired),
        Text(OpenSsl, "SSL_R_SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate", SslErr, CauseId.ClientCertificateRequired),
        Text(OpenSsl, "SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required", SslErr, CauseId.ClientCertificateRequired),
        Text(OpenSsl, "SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate", SslErr, CauseId.ClientCertificateRequired),
        Text(OpenSsl, "SSL_R_DH_KEY_TOO_SMALL", "dh key too small", SslErr, CauseId.DhTooSmall),
        Text(OpenSsl, "SSL_R_EE_KEY_TOO_SMALL", "ee key too small", SslErr, CauseId.WeakCertificateKey),
        Text(OpenSsl, "SSL_R_CA_KEY_TOO_SMALL", "ca key too small", SslErr, CauseId.WeakCertificateKey),
        Text(OpenSsl, "SSL_R_CA_MD_TOO_WEAK", "ca md too weak", SslErr, CauseId.WeakSignature),
        Text(OpenSsl, "SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM", "no suitable signature algorithm", SslErr, CauseId.NoSharedGroupOrSignature),
        Text(OpenSsl, "SSL_R_NO_SUITABLE_KEY_SHARE", "no suitable key share", SslErr, CauseId.NoSharedGroupOrSignature),
        Text(OpenSsl, "SSL_R_UNEXPECTED_EOF_WHILE_READING", "unexpected eof while reading", SslErr, ClosedInHandshake),
        Text(OpenSsl, "SSL_R_PACKET_LENGTH_TOO_LONG", "packet length too long", SslErr, NotTlsRecord),
        Text(OpenSsl, "SSL_R_RECORD_LENGTH_MISMATCH", "record length mismatch", SslErr, NotTlsRecord),
        Pattern(OpenSsl, "SSL_R_HTTP_REQUEST", @"\bhttp request\b|\bhttps proxy request\b", SslErr, CauseId.NotTls),
        Text(OpenSsl, "SSL_R_CERTIFICATE_VERIFY_FAILED", "certificate verify failed", SslErr, AnyCertificate),
        Text(OpenSsl, "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate", X509Txt,
            CauseId.UnknownIssuer, CauseId.IncompleteChain),
        Text(OpenSsl, "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate", X509Txt,
            CauseId.IncompleteChain, CauseId.UnknownIssuer),
        Text(OpenSsl, "X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", X509Txt,
            CauseId.IncompleteChain, CauseId.UnknownIssuer),
        Pattern(OpenSsl, "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN", "self[ -]signed certificate in certificate chain", X509Txt,
            CauseId.UnknownIssuer, CauseId.SelfSigned),
        Pattern(OpenSsl, "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT", "self[ -]signed certificate(?! in certificate chain)", X509Txt, CauseId.SelfSigned),
        Text(OpenSsl, "X509_V_ERR_CERT_HAS_EXPIRED", "certificate has expired", X509Txt, CauseId.CertificateExpired),
        Text(OpenSsl, "X509_V_ERR_CERT_NOT_YET_VALID", "certificate is not yet valid", X509Txt, CauseId.CertificateNotYetValid),
        Text(OpenSsl, "X509_V_ERR_HOSTNAME_MISMATCH", "hostname mismatch", X509Txt, CauseId.HostnameMismatch),
        Text(OpenSsl, "X509_V_ERR_IP_ADDRESS_MISMATCH", "ip address mismatch", X509Txt, CauseId.HostnameMismatch),
        Text(OpenSsl, "X509_V_ERR_CERT_REVOKED", "certificate revoked", X509Txt, CauseId.Revoked),
        Text(OpenSsl, "X509_V_ERR_CA_MD_TOO_WEAK", "CA signature digest algorithm too weak", X509Txt, CauseId.WeakSignature),
        Text(OpenSsl, "X509_V_ERR_EE_KEY_TOO_SMALL", "EE certificate key too weak", X509Txt, CauseId.WeakCertificateKey),
        // The library name in every libssl error string; curl, nginx, Node and others quote it with the reason.
        Text(OpenSsl, "ERR_LIB_SSL", "SSL routines", "OpenSSL crypto/err/err.c (library names)", [.. HandshakeFailure, CauseId.NotTls, .. Trust]),
        Text(OpenSsl, "X509_R_KEY_VALUES_MISMATCH", "key values mismatch", "OpenSSL crypto/x509/x509_err.c", CauseId.ServerConfiguration),
    ];
}
