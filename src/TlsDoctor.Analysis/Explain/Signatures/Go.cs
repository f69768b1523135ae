using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // Go: src/crypto/x509/verify.go (UnknownAuthorityError, CertificateInvalidError, HostnameError),
    // src/crypto/tls/alert.go ("remote error: tls: " + alert text), conn.go, handshake_client.go, handshake_server.go.
    private const string GoVerify = "Go src/crypto/x509/verify.go";
    private const string GoAlert = "Go src/crypto/tls/alert.go";
    private const string GoTls = "Go src/crypto/tls/conn.go, handshake_client.go, handshake_server.go";

    private static ErrorSignature[] GoRows() =>
    [
        Text(Go, "UnknownAuthorityError", "x509: certificate signed by unknown authority", GoVerify, Trust),
        Text(Go, "CertificateInvalidError (Expired)", "x509: certificate has expired or is not yet valid", GoVerify, Validity),
        Pattern(Go, "HostnameError", @"x509: certificate is (valid for .+, not |not valid for any names)|x509: cannot validate certificate for",
            GoVerify, CauseId.HostnameMismatch),
        Text(Go, "HostnameError (legacy CN)", "x509: certificate relies on legacy Common Name field", GoVerify, CauseId.HostnameMismatch),
        Pattern(Go, "InsecureAlgorithmError", @"x509: cannot verify signature: insecure algorithm", GoVerify, CauseId.WeakSignature),
        Text(Go, "alertHandshakeFailure", "remote error: tls: handshake failure", GoAlert, HandshakeFailure),
        Pattern(Go, "alertProtocolVersion", @"tls: protocol version not supported|tls: server selected unsupported protocol version|tls: no supported versions satisfy",
            GoAlert, CauseId.ProtocolMismatch),
        Text(Go, "alertUnrecognizedName", "remote error: tls: unrecognized name", GoAlert, CauseId.SniRequired),
        Pattern(Go, "alertBadCertificate / alertCertificateRequired", @"remote error: tls: (bad certificate|certificate required)", GoAlert,
            CauseId.ClientCertificateRequired),
        Text(Go, "first record", "tls: first record does not look like a TLS handshake", GoTls, CauseId.NotTls),
        Text(Go, "no cipher suite", "tls: no cipher suite supported by both client and server", GoTls, CauseId.NoSharedCipher),
        Pattern(Go, "net.OpError dial", @"dial tcp .*connect: connection refused", "Go src/net/net.go (OpError)", CauseId.ConnectionRefused),
        Pattern(Go, "net.DNSError", @"dial tcp: lookup .*no such host", "Go src/net/net.go (DNSError)", CauseId.HostNotFound),
        Pattern(Go, "i/o timeout", @"(dial tcp|read tcp).*i/o timeout|TLS handshake timeout", "Go src/net/net.go, net/http/transport.go",
            CauseId.Timeout),
    ];
}
