using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // OpenJDK sources that throw these messages (src/java.base/share/classes/...).
    private const string JdkValidator = "OpenJDK sun/security/validator/PKIXValidator.java";
    private const string JdkPathBuilder = "OpenJDK sun/security/provider/certpath/SunCertPathBuilder.java";
    private const string JdkHandshake = "OpenJDK sun/security/ssl/HandshakeContext.java";
    private const string JdkAlert = "OpenJDK sun/security/ssl/Alert.java (\"Received fatal alert: \" + alert name)";
    private const string JdkHostname = "OpenJDK sun/security/util/HostnameChecker.java";
    private const string JdkValidity = "OpenJDK sun/security/x509/CertificateValidity.java";
    private const string JdkAlgorithms = "OpenJDK sun/security/provider/certpath/AlgorithmChecker.java, sun/security/ssl/DHServerKeyExchange.java";
    private const string JdkSocket = "OpenJDK sun/security/ssl/SSLSocketImpl.java, SSLEngineInputRecord.java";
    private const string JdkNet = "Java SE API docs: java.net.ConnectException, SocketTimeoutException, UnknownHostException";

    private static ErrorSignature[] JavaRows() =>
    [
        Text(Java, "PKIXValidator", "PKIX path building failed", JdkValidator, Trust),
        Text(Java, "SunCertPathBuilderException", "unable to find valid certification path to requested target", JdkPathBuilder, Trust),
        Text(Java, "HandshakeContext", "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)", JdkHandshake,
            VersionOrCipher),
        Text(Java, "handshake_failure", "Received fatal alert: handshake_failure", JdkAlert, HandshakeFailure),
        Text(Java, "protocol_version", "Received fatal alert: protocol_version", JdkAlert, CauseId.ProtocolMismatch),
        Text(Java, "unrecognized_name", "Received fatal alert: unrecognized_name", JdkAlert, CauseId.SniRequired),
        Text(Java, "bad_certificate", "Received fatal alert: bad_certificate", JdkAlert, CauseId.ClientCertificateRequired),
        Text(Java, "certificate_required", "Received fatal alert: certificate_required", JdkAlert, CauseId.ClientCertificateRequired),
        Text(Java, "certificate_unknown", "Received fatal alert: certificate_unknown", JdkAlert, AnyCertificate),
        Text(Java, "HostnameChecker", "No subject alternative DNS name matching", JdkHostname, CauseId.HostnameMismatch),
        Text(Java, "HostnameChecker (IP)", "No subject alternative names matching IP address", JdkHostname, CauseId.HostnameMismatch),
        Text(Java, "HostnameChecker (no SAN)", "No subject alternative names present", JdkHostname, CauseId.HostnameMismatch),
        // The bare message is "NotAfter: " + java.util.Date.toString() ("Tue Jan 01 00:00:00 UTC 2019"); the weekday keeps
        // OpenSSL's certificate dump ("v:NotBefore: Nov 26 01:37:31 2026 GMT; NotAfter: …", s_client 3.0) from matching.
        Pattern(Java, "CertificateExpiredException", @"CertificateExpiredException|\bNotAfter: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ", JdkValidity,
            CauseId.CertificateExpired),
        Pattern(Java, "CertificateNotYetValidException", @"CertificateNotYetValidException|\bNotBefore: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ", JdkValidity,
            CauseId.CertificateNotYetValid),
        Text(Java, "DHServerKeyExchange", "DH ServerKeyExchange does not comply to algorithm constraints", JdkAlgorithms, CauseId.DhTooSmall),
        Text(Java, "AlgorithmChecker (signature)", "Algorithm constraints check failed on signature algorithm", JdkAlgorithms,
            CauseId.WeakSignature),
        Text(Java, "AlgorithmChecker (key size)", "Algorithm constraints check failed on keysize limits", JdkAlgorithms,
            CauseId.WeakCertificateKey),
        Text(Java, "Unrecognized SSL message", "Unrecognized SSL message, plaintext connection?", JdkSocket, CauseId.NotTls),
        Text(Java, "Remote host terminated the handshake", "Remote host terminated the handshake", JdkSocket, ClosedInHandshake),
        Text(Java, "Remote host closed connection during handshake", "Remote host closed connection during handshake", JdkSocket,
            ClosedInHandshake),
        Pattern(Java, "ProtocolVersion refused", @"protocol version \S+ is not accepted by client preferences|Client requested protocol \S+ is not enabled",
            "OpenJDK sun/security/ssl/ServerHello.java, ClientHello.java", CauseId.ProtocolMismatch),
        Text(Java, "no cipher suites in common", "no cipher suites in common", "OpenJDK sun/security/ssl/ServerHello.java",
            CauseId.NoSharedCipher),
        Text(Java, "Empty client certificate chain", "Empty client certificate chain", "OpenJDK sun/security/ssl/CertificateMessage.java",
            CauseId.ClientCertificateRequired),
        Text(Java, "revoked", "Certificate has been revoked", "OpenJDK java/security/cert/CertificateRevokedException.java (getMessage)", CauseId.Revoked),
        Text(Java, "ConnectException", "java.net.ConnectException", JdkNet, CauseId.ConnectionRefused, CauseId.Timeout),
        Text(Java, "SocketTimeoutException", "java.net.SocketTimeoutException", JdkNet, CauseId.Timeout),
        Text(Java, "UnknownHostException", "java.net.UnknownHostException", JdkNet, CauseId.HostNotFound),
        Text(Java, "SocketException: Connection reset", "java.net.SocketException: Connection reset", JdkNet, CauseId.ConnectionReset),
    ];
}
