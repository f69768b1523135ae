namespace TlsDoctor.Analysis.Causes;

/// <summary>
/// Why a TLS connection fails, in the terms both `explain` (from an error message) and the diagnosis (from a scan)
/// use. Each has one explanation and one confirming check in <see cref="CauseCatalog"/>.
/// </summary>
public enum CauseId : byte
{
    /// <summary>Client and server have no protocol version in common.</summary>
    ProtocolMismatch,
    /// <summary>They share a version but no cipher suite.</summary>
    NoSharedCipher,
    /// <summary>They share suites but no (EC)DHE group or signature algorithm.</summary>
    NoSharedGroupOrSignature,
    /// <summary>The server's finite-field DH group is smaller than the client accepts.</summary>
    DhTooSmall,
    CertificateExpired,
    CertificateNotYetValid,
    HostnameMismatch,
    /// <summary>The chain leads to a root the client does not trust (private CA, missing root).</summary>
    UnknownIssuer,
    /// <summary>The server does not send the intermediate certificate(s).</summary>
    IncompleteChain,
    SelfSigned,
    /// <summary>A certificate's key is too small for the client (RSA 1024, …).</summary>
    WeakCertificateKey,
    /// <summary>A certificate is signed with SHA-1 or MD5.</summary>
    WeakSignature,
    /// <summary>The server asks for a client certificate and got none (or one it rejects).</summary>
    ClientCertificateRequired,
    /// <summary>The server needs SNI (or a different SNI) to pick the right site.</summary>
    SniRequired,
    /// <summary>The port does not speak TLS from the first byte: plain HTTP, or a protocol that needs STARTTLS.</summary>
    NotTls,
    ConnectionRefused,
    Timeout,
    /// <summary>The peer or something in between reset or closed the connection during the handshake.</summary>
    ConnectionReset,
    /// <summary>The host name does not resolve.</summary>
    HostNotFound,
    Revoked,
    /// <summary>The failing side's own TLS setup is missing or wrong (a proxy without TLS enabled, no client trust store …).</summary>
    LocalConfiguration,
    /// <summary>The server's TLS setup is incomplete (no certificate for the listener, unusable key).</summary>
    ServerConfiguration,
}
