using TlsDoctor.Analysis.Causes;

namespace TlsDoctor.Analysis.Explain.Signatures;

/// <summary>
/// The table of known TLS error messages (STYLE.md #5): one file per family, each row naming the document or source
/// file that defines its wording. Patterns are case-insensitive; causes are listed most likely first.
/// </summary>
public static partial class ErrorSignatures
{
    // Cause lists shared by many rows, most likely first.
    private static readonly CauseId[] Trust = [CauseId.UnknownIssuer, CauseId.IncompleteChain, CauseId.SelfSigned];

    private static readonly CauseId[] AnyCertificate =
    [
        CauseId.UnknownIssuer, CauseId.IncompleteChain, CauseId.SelfSigned, CauseId.HostnameMismatch, CauseId.CertificateExpired,
        CauseId.CertificateNotYetValid, CauseId.WeakCertificateKey, CauseId.WeakSignature, CauseId.Revoked,
    ];

    private static readonly CauseId[] Validity = [CauseId.CertificateExpired, CauseId.CertificateNotYetValid];

    private static readonly CauseId[] VersionOrCipher = [CauseId.ProtocolMismatch, CauseId.NoSharedCipher];

    /// <summary>A handshake_failure alert: the server found nothing acceptable in the ClientHello.</summary>
    private static readonly CauseId[] HandshakeFailure =
    [
        CauseId.NoSharedCipher, CauseId.ProtocolMismatch, CauseId.NoSharedGroupOrSignature, CauseId.SniRequired,
        CauseId.ClientCertificateRequired,
    ];

    /// <summary>The peer closed the connection mid-handshake without an alert.</summary>
    private static readonly CauseId[] ClosedInHandshake =
    [
        CauseId.ConnectionReset, CauseId.ProtocolMismatch, CauseId.NoSharedCipher, CauseId.SniRequired, CauseId.ClientCertificateRequired,
    ];

    /// <summary>The reply was not a TLS record: plain text on the port, or a version the parser refuses.</summary>
    private static readonly CauseId[] NotTlsRecord = [CauseId.NotTls, CauseId.ProtocolMismatch];

    /// <summary>Every signature, family by family. Declared after the cause lists: static initializers run in text order.</summary>
    public static IReadOnlyList<ErrorSignature> All { get; } =
    [
        .. OpenSslRows(), .. JavaRows(), .. DotNetRows(), .. SchannelRows(), .. CurlRows(), .. BrowsersRows(), .. ApacheNginxRows(),
        .. GoRows(), .. PythonRows(), .. NodeRows(), .. GnuTlsRows(), .. NetworkRows(),
    ];

    private static ErrorSignature Text(ErrorFamily family, string name, string text, string source, params CauseId[] causes) =>
        new(family, name, text, false, source, causes);

    private static ErrorSignature Pattern(ErrorFamily family, string name, string regex, string source, params CauseId[] causes) =>
        new(family, name, regex, true, source, causes);
}
