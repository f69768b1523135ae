namespace TlsDoctor.Analysis.Compatibility;

/// <summary>
/// Why a client cannot connect, in the order a real handshake fails: the server's reply to the ClientHello
/// (version, suite, group), then the client's checks of the key exchange, then of the certificate.
/// </summary>
public enum FailureCause : byte
{
    /// <summary>The scan did not complete (unreachable, not TLS, nothing negotiated), so there is nothing to match.</summary>
    ScanIncomplete,
    NoCommonProtocol,
    NoCommonCipher,
    NoCommonGroup,
    NoCommonSignatureScheme,
    DhTooSmall,
    /// <summary>The DHE prime is larger than the client can handle (Java 7: 1024 bits at most).</summary>
    DhTooLarge,
    /// <summary>No certificate was captured for the key type the negotiated suite needs.</summary>
    NoCertificate,
    CertificateKeyTooSmall,
    Sha1CertificateRejected,
    CertificateUntrusted,
    CertificateExpired,
    CertificateNotYetValid,
    CertificateNameMismatch,
    CertificateRevoked,
    /// <summary>Without SNI the server sends a certificate that does not do (it only does with SNI).</summary>
    NoSni,
}
