using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Trust;

/// <summary>
/// Builds the certification path from the leaf to a trust anchor out of the certificates the server sent and the
/// trust store's, offline (no AIA fetching: a diagnosis must name what is missing, not quietly repair it).
/// </summary>
/// <remarks>
/// An issuer candidate must carry the child's issuer name as its subject (RFC 5280 §4.1.2.4) and its key must verify
/// the child's signature; candidates whose subject key identifier matches the child's authority key identifier
/// (RFC 5280 §4.2.1.1) are tried first. Every candidate is tried, so a cross-signed alternative (same subject and
/// key, another issuer) is followed when the first choice leads nowhere (RFC 4158 §2.3).
///
/// <para><b>Unknown issuer or incomplete chain?</b> When the path stops at a certificate X whose issuer is neither
/// sent nor in the store, what is missing cannot be known offline: an intermediate the server forgot, or a root this
/// store does not trust. The rule used here:</para>
/// <list type="bullet">
/// <item>X is an end-entity certificate (not cA) — the server sent its certificate without the issuing CA, and roots
/// do not sign server certificates directly (CA/B BR §6.1.7 forbids it for public roots) — and the missing issuer is
/// within the store's reach: X names where to fetch it (AIA caIssuers, which publicly-trusted leaves carry, CA/B BR
/// §7.1.2.7.7), or the store holds anchors the user supplied (a --ca-file: the user has named the PKI this chain is
/// meant to reach). Then it is <see cref="TrustStatus.IncompleteChain"/>: the fix is to send the intermediate.
/// A private CA whose root signs leaves directly, checked against the wrong --ca-file, would be misnamed
/// "incomplete"; the evidence still names the missing issuer exactly.</item>
/// <item>Otherwise — X is an intermediate (so what is missing is most likely a root), or a bare leaf with no hint
/// of a reachable anchor — it is <see cref="TrustStatus.UnknownIssuer"/>.</item>
/// </list>
/// <para>Against the lab: with the lab root as --ca-file, the leaf-only "incomplete" chain is IncompleteChain; with
/// the system store every lab chain stops at the lab intermediate (or, for "incomplete", at a leaf with neither an
/// AIA URL nor a private anchor) and is UnknownIssuer. A path that reaches an anchor only through a non-root
/// certificate taken from the store (a --ca-file bundle holding the intermediate) is IncompleteChain as well:
/// clients without that bundle fail.</para>
/// </remarks>
public static class PathBuilder
{
    // Real chains are 2-4 deep; these bound pathological inputs (loops of cross-signatures, huge bundles).
    private const int MaxDepth = 12;
    private const int MaxNodesVisited = 4096;

    /// <summary>Builds the best path for <paramref name="sent"/> (leaf first, as the server sent it).</summary>
    public static CertificatePath Build(IReadOnlyList<CertificateDetails> sent, TrustStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(store);
        if (sent.Count == 0)
        {
            throw new ArgumentException("the chain is empty: there is no leaf to build from", nameof(sent));
        }

        var leaf = new PathElement(sent[0], 0, store.Find(sent[0]));
        if (sent[0].Error is not null)
        {
            return new CertificatePath([leaf], TrustStatus.Unparseable, null);
        }

        var search = new PathSearch(sent, store, now, MaxDepth, MaxNodesVisited);
        var best = search.Explore([leaf]);
        return Classify(best, store);
    }

    private static CertificatePath Classify(PathSearch.Outcome outcome, TrustStore store)
    {
        var elements = outcome.Elements;
        var last = elements[^1];
        switch (outcome.End)
        {
            case PathSearch.EndKind.Anchor:
                var borrowed = elements.Skip(1).FirstOrDefault(e => !e.IsSent && !e.Certificate.IsSelfSigned);
                if (borrowed is null)
                {
                    return new CertificatePath(elements, TrustStatus.Trusted, null);
                }

                var before = elements[IndexOf(elements, borrowed) - 1];
                return new CertificatePath(elements, TrustStatus.IncompleteChain, LinkFrom(before, borrowed.Certificate.Subject));
            case PathSearch.EndKind.SelfSigned:
                return new CertificatePath(elements, elements.Count == 1 ? TrustStatus.SelfSigned : TrustStatus.UntrustedRoot, null);
            default:
                var link = LinkFrom(last, last.Certificate.Issuer);
                var endEntity = !last.Certificate.IsCa;
                var inReach = last.Certificate.CaIssuersUrls.Count > 0 || store.HasPrivateAnchors;
                return new CertificatePath(elements, endEntity && inReach ? TrustStatus.IncompleteChain : TrustStatus.UnknownIssuer, link);
        }
    }

    private static MissingLink LinkFrom(PathElement child, string issuerName) =>
        new(issuerName, child.Certificate.AuthorityKeyIdentifier, child.Certificate.CaIssuersUrls, child);

    private static int IndexOf(IReadOnlyList<PathElement> elements, PathElement element)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            if (ReferenceEquals(elements[i], element))
            {
                return i;
            }
        }

        return -1;
    }
}
