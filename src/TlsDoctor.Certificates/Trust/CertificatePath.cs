using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Trust;

/// <summary>One certificate of a built path: where it came from (sent by the server, the trust store, or both).</summary>
/// <param name="SentIndex">Its position in the chain as sent (0 = leaf), or null when only the trust store has it.</param>
/// <param name="Anchor">The trust store entry it is (same subject and key), or null.</param>
public sealed record PathElement(CertificateDetails Certificate, int? SentIndex, TrustAnchor? Anchor)
{
    public bool IsSent => SentIndex is not null;
}

/// <summary>
/// Where path building stopped: the issuer the last certificate reached names, which no sent certificate and no
/// trust store entry matches. Enough to tell the operator exactly which certificate to install.
/// </summary>
/// <param name="LastReached">The certificate whose issuer is missing.</param>
/// <param name="AuthorityKeyIdentifier">The missing issuer's key identifier (hex), from the last certificate's AKI.</param>
/// <param name="CaIssuersUrls">Where the missing issuer can be downloaded, from the last certificate's AIA.</param>
public sealed record MissingLink(string IssuerName, string? AuthorityKeyIdentifier, IReadOnlyList<string> CaIssuersUrls, PathElement LastReached);

/// <summary>The path built from the leaf towards a trust anchor, and the verdict.</summary>
/// <param name="Elements">Leaf first; ends at the anchor when there is one.</param>
/// <param name="MissingLink">For UnknownIssuer and IncompleteChain: the certificate that is missing.</param>
public sealed record CertificatePath(IReadOnlyList<PathElement> Elements, TrustStatus Status, MissingLink? MissingLink)
{
    /// <summary>The trust store entry the path ends at, when it reaches one.</summary>
    public TrustAnchor? Anchor => Elements.Count > 0 ? Elements[^1].Anchor : null;

    public bool IsTrusted => Status == TrustStatus.Trusted;
}
