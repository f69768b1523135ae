namespace TlsDoctor.Certificates.Trust;

/// <summary>The trust verdict for a chain: whether a path reaches an anchor and, if not, why not.</summary>
public enum TrustStatus : byte
{
    /// <summary>The certificates sent lead to an anchor of the trust store.</summary>
    Trusted,

    /// <summary>The leaf is signed by its own key and is not itself in the trust store.</summary>
    SelfSigned,

    /// <summary>The path stops at a certificate whose issuer is neither sent nor in reach of the trust store.</summary>
    UnknownIssuer,

    /// <summary>The server left out an intermediate: the path reaches an anchor only with a certificate it did not send.</summary>
    IncompleteChain,

    /// <summary>The path ends in a self-signed root that was sent but is not in the trust store.</summary>
    UntrustedRoot,

    /// <summary>The leaf could not be decoded, so there is nothing to build from.</summary>
    Unparseable,
}
