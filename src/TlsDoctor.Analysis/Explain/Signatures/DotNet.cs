using TlsDoctor.Analysis.Causes;
using static TlsDoctor.Analysis.Explain.ErrorFamily;

namespace TlsDoctor.Analysis.Explain.Signatures;

public static partial class ErrorSignatures
{
    // dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx (net_* messages); the enum names are
    // System.Net.Security.SslPolicyErrors and System.Security.Cryptography.X509Certificates.X509ChainStatusFlags.
    private const string NetStrings = "dotnet/runtime System.Net.Security/src/Resources/Strings.resx";
    private const string PolicyErrors = "Microsoft Learn: System.Net.Security.SslPolicyErrors";
    private const string ChainStatus = "Microsoft Learn: System.Security.Cryptography.X509Certificates.X509ChainStatusFlags";

    private static ErrorSignature[] DotNetRows() =>
    [
        Text(DotNet, "SslPolicyErrors.RemoteCertificateNameMismatch", "RemoteCertificateNameMismatch", PolicyErrors, CauseId.HostnameMismatch),
        Text(DotNet, "SslPolicyErrors.RemoteCertificateNotAvailable", "RemoteCertificateNotAvailable", PolicyErrors,
            CauseId.ClientCertificateRequired, CauseId.ServerConfiguration),
        Text(DotNet, "SslPolicyErrors.RemoteCertificateChainErrors", "RemoteCertificateChainErrors", PolicyErrors,
            [.. Trust, .. Validity, CauseId.Revoked, CauseId.WeakSignature]),
        // Flag names are matched case-sensitively ((?-i:…)): "revoked" alone is too common a word.
        Pattern(DotNet, "X509ChainStatusFlags.UntrustedRoot", @"(?-i:\bUntrustedRoot\b)", ChainStatus, CauseId.UnknownIssuer, CauseId.SelfSigned),
        Pattern(DotNet, "X509ChainStatusFlags.PartialChain", @"(?-i:\bPartialChain\b)", ChainStatus, CauseId.IncompleteChain, CauseId.UnknownIssuer),
        Pattern(DotNet, "X509ChainStatusFlags.NotTimeValid", @"(?-i:\bNotTimeValid\b)", ChainStatus, Validity),
        Pattern(DotNet, "X509ChainStatusFlags.Revoked", @"(?-i:\bRevoked\b)", ChainStatus, CauseId.Revoked),
        Pattern(DotNet, "X509ChainStatusFlags.NotSignatureValid", @"(?-i:\bNotSignatureValid\b)", ChainStatus,
            CauseId.WeakSignature, CauseId.IncompleteChain),
        Text(DotNet, "SEC_E_ILLEGAL_MESSAGE (Win32Exception text)", "The message received was unexpected or badly formatted", Sspi,
            [CauseId.NotTls, CauseId.ProtocolMismatch, CauseId.NoSharedCipher]),
        Text(DotNet, "net_auth_eof", "Authentication failed because the remote party has closed the transport stream", NetStrings,
            ClosedInHandshake),
        Pattern(DotNet, "net_auth_tls_alert (HandshakeFailure)", @"remote party sent a TLS alert: '?HandshakeFailure", NetStrings, HandshakeFailure),
        Pattern(DotNet, "net_auth_tls_alert (ProtocolVersion)", @"remote party sent a TLS alert: '?ProtocolVersion", NetStrings,
            CauseId.ProtocolMismatch),
        Text(DotNet, "net_ssl_io_cert_validation", "The remote certificate is invalid according to the validation procedure", NetStrings,
            AnyCertificate),
        Text(DotNet, "net_ssl_io_cert_chain_validation", "The remote certificate is invalid because of errors in the certificate chain",
            NetStrings, [.. Trust, .. Validity, CauseId.Revoked]),
        Text(DotNet, "net_frame_read_size", "Cannot determine the frame size or a corrupted frame was received", NetStrings, NotTlsRecord),
        Text(DotNet, "net_http_ssl_connection_failed", "The SSL connection could not be established",
            "dotnet/runtime System.Net.Http/src/Resources/Strings.resx", [.. HandshakeFailure, .. Trust, CauseId.NotTls]),
        Text(DotNet, "SocketError.ConnectionRefused", "No connection could be made because the target machine actively refused it",
            "Microsoft Learn: Windows Sockets error codes (WSAECONNREFUSED)", CauseId.ConnectionRefused),
        Text(DotNet, "SocketError.ConnectionReset", "An existing connection was forcibly closed by the remote host",
            "Microsoft Learn: Windows Sockets error codes (WSAECONNRESET)", CauseId.ConnectionReset),
        Text(DotNet, "SocketError.HostNotFound", "No such host is known", "Microsoft Learn: Windows Sockets error codes (WSAHOST_NOT_FOUND)",
            CauseId.HostNotFound),
    ];
}
