using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Node.js: doc/api/errors.md (ERR_TLS_*, OpenSSL error codes as "ERR_SSL_<reason>", X509 verify codes) and
    // src/crypto/crypto_common.cc (X509 verify code names); lib/_tls_wrap.js; libuv errno names (ECONNRESET …).
    private const string NodeErrors = "Node.js doc/api/errors.md";
    private const string NodeX509 = "Node.js src/crypto/crypto_common.cc (X509 verify codes), doc/api/errors.md";
    private const string NodeTlsWrap = "Node.js lib/_tls_wrap.js";

    private static ErrorSignature[] NodeRows() =>
    [
        Text(Node, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", NodeX509, CauseId.IncompleteChain, CauseId.UnknownIssuer),
        Text(Node, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", NodeX509, CauseId.UnknownIssuer, CauseId.IncompleteChain),
        Text(Node, "DEPTH_ZERO_SELF_SIGNED_CERT", "DEPTH_ZERO_SELF_SIGNED_CERT", NodeX509, CauseId.SelfSigned),
        Text(Node, "SELF_SIGNED_CERT_IN_CHAIN", "SELF_SIGNED_CERT_IN_CHAIN", NodeX509, CauseId.UnknownIssuer, CauseId.SelfSigned),
        Text(Node, "CERT_HAS_EXPIRED", "CERT_HAS_EXPIRED", NodeX509, CauseId.CertificateExpired),
        Text(Node, "CERT_NOT_YET_VALID", "CERT_NOT_YET_VALID", NodeX509, CauseId.CertificateNotYetValid),
        Text(Node, "CERT_REVOKED", "CERT_REVOKED", NodeX509, CauseId.Revoked),
        Pattern(Node, "ERR_TLS_CERT_ALTNAME_INVALID", @"ERR_TLS_CERT_ALTNAME_INVALID|Hostname/IP does not match certificate's altnames",
            NodeTlsWrap, CauseId.HostnameMismatch),
        Text(Node, "ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_WRONG_VERSION_NUMBER", NodeErrors, NotTlsRecord),
        Text(Node, "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", NodeErrors, CauseId.ProtocolMismatch),
        Text(Node, "ERR_SSL_UNSUPPORTED_PROTOCOL", "ERR_SSL_UNSUPPORTED_PROTOCOL", NodeErrors, CauseId.ProtocolMismatch),
        Text(Node, "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", NodeErrors, HandshakeFailure),
        Text(Node, "ERR_SSL_DH_KEY_TOO_SMALL", "ERR_SSL_DH_KEY_TOO_SMALL", NodeErrors, CauseId.DhTooSmall),
        Pattern(Node, "EPROTO", @"\bEPROTO\b", NodeErrors, [CauseId.NotTls, .. HandshakeFailure]),
        Pattern(Node, "ECONNRESET", @"\bECONNRESET\b|Client network socket disconnected before secure TLS connection was established",
            NodeTlsWrap, ClosedInHandshake),
        Pattern(Node, "ECONNREFUSED", @"\bECONNREFUSED\b", NodeErrors, CauseId.ConnectionRefused),
        Pattern(Node, "ETIMEDOUT", @"\bETIMEDOUT\b", NodeErrors, CauseId.Timeout),
        Pattern(Node, "ENOTFOUND", @"\bENOTFOUND\b", NodeErrors, CauseId.HostNotFound),
    ];
}
