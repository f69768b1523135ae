using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // CPython Modules/_ssl.c builds "[SSL: <OpenSSL reason code>] <reason> (_ssl.c:NNNN)" and the verify messages;
    // Lib/ssl.py and the ssl module docs name the exception classes.
    private const string PySsl = "CPython Modules/_ssl.c";
    private const string PyDocs = "Python docs: ssl module exceptions (SSLCertVerificationError, SSLEOFError)";

    private static ErrorSignature[] PythonRows() =>
    [
        Text(Python, "SSLCertVerificationError", "SSLCertVerificationError", PyDocs, AnyCertificate),
        Text(Python, "CERTIFICATE_VERIFY_FAILED", "[SSL: CERTIFICATE_VERIFY_FAILED]", PySsl, AnyCertificate),
        Text(Python, "WRONG_VERSION_NUMBER", "[SSL: WRONG_VERSION_NUMBER]", PySsl, NotTlsRecord),
        Text(Python, "TLSV1_ALERT_PROTOCOL_VERSION", "[SSL: TLSV1_ALERT_PROTOCOL_VERSION]", PySsl, CauseId.ProtocolMismatch),
        Text(Python, "SSLV3_ALERT_HANDSHAKE_FAILURE", "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE]", PySsl, HandshakeFailure),
        Text(Python, "UNSUPPORTED_PROTOCOL", "[SSL: UNSUPPORTED_PROTOCOL]", PySsl, CauseId.ProtocolMismatch),
        Text(Python, "DH_KEY_TOO_SMALL", "[SSL: DH_KEY_TOO_SMALL]", PySsl, CauseId.DhTooSmall),
        Text(Python, "TLSV13_ALERT_CERTIFICATE_REQUIRED", "[SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED]", PySsl, CauseId.ClientCertificateRequired),
        Text(Python, "UNEXPECTED_EOF_WHILE_READING", "[SSL: UNEXPECTED_EOF_WHILE_READING]", PySsl, ClosedInHandshake),
        Pattern(Python, "hostname mismatch", @"(Hostname|IP address) mismatch, certificate is not valid for", PySsl, CauseId.HostnameMismatch),
        Pattern(Python, "SSLEOFError", @"SSLEOFError|EOF occurred in violation of protocol", PyDocs, ClosedInHandshake),
        Pattern(Python, "handshake timeout", @"_ssl\.c:\d+: The handshake operation timed out", PySsl, CauseId.Timeout),
        Pattern(Python, "ConnectionRefusedError", @"ConnectionRefusedError|\[Errno 111\]", "Python docs: built-in exceptions (OSError subclasses)",
            CauseId.ConnectionRefused),
        Pattern(Python, "ConnectionResetError", @"ConnectionResetError|\[Errno 104\]", "Python docs: built-in exceptions (OSError subclasses)",
            CauseId.ConnectionReset),
        Pattern(Python, "socket.gaierror", @"socket\.gaierror|\[Errno -2\]", "Python docs: socket module (gaierror)", CauseId.HostNotFound),
    ];
}
