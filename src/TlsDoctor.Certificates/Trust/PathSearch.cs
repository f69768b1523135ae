using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Trust;

/// <summary>Depth-first search over issuer candidates for <see cref="PathBuilder"/>; keeps the best outcome.</summary>
internal sealed class PathSearch(IReadOnlyList<CertificateDetails> sent, TrustStore store, DateTimeOffset now, int maxDepth, int maxNodes)
{
    private readonly Dictionary<(string Child, string Issuer), bool> _verified = [];
    private int _nodes;

    public enum EndKind : byte
    {
        /// <summary>The last element is a trust store anchor.</summary>
        Anchor,

        /// <summary>The last element is self-signed and not an anchor.</summary>
        SelfSigned,

        /// <summary>No issuer found for the last element.</summary>
        MissingIssuer,
    }

    public sealed record Outcome(IReadOnlyList<PathElement> Elements, EndKind End);

    public Outcome Explore(IReadOnlyList<PathElement> path)
    {
        _nodes++;
        var current = path[^1];
        if (current.Certificate.IsSelfSigned)
        {
            return new Outcome(path, current.Anchor is null ? EndKind.SelfSigned : EndKind.Anchor);
        }

        Outcome? best = null;
        if (path.Count < maxDepth)
        {
            foreach (var candidate in Candidates(path))
            {
                if (_nodes >= maxNodes)
                {
                    break;
                }

                best = Better(best, Explore([.. path, candidate]));
            }
        }

        // A non-root anchor (an intermediate in a --ca-file bundle) ends the path unless a root can be reached above
        // it: trust is already established there (RFC 5280 §6.1.1(d)), but the full path reads better in a report.
        if (current.Anchor is not null)
        {
            return best is { End: EndKind.Anchor } ? best : new Outcome(path, EndKind.Anchor);
        }

        return best ?? new Outcome(path, EndKind.MissingIssuer);
    }

    /// <summary>Sent certificates first (so a path uses what the server sent), then store anchors, each verified.</summary>
    private IEnumerable<PathElement> Candidates(IReadOnlyList<PathElement> path)
    {
        var child = path[^1].Certificate;
        var issuerKey = TrustStore.NameKey(child.Issuer);
        var onPath = path.Select(e => e.Certificate.Sha256Fingerprint).ToHashSet(StringComparer.Ordinal);
        var fromServer = sent.Select((certificate, index) => (certificate, index))
            .Where(s => s.certificate.Error is null && !onPath.Contains(s.certificate.Sha256Fingerprint)
                && TrustStore.NameKey(s.certificate.Subject) == issuerKey)
            .Select(s => new PathElement(s.certificate, s.index, store.Find(s.certificate)))
            .DistinctBy(e => e.Certificate.Sha256Fingerprint, StringComparer.Ordinal)
            .ToList();
        var fromStore = store.FindIssuers(child)
            .Where(a => !onPath.Contains(a.Certificate.Sha256Fingerprint)
                && !fromServer.Any(s => s.Anchor is not null && ReferenceEquals(s.Anchor, a)))
            .Select(a => new PathElement(a.Certificate, null, a));

        return fromServer.Concat(fromStore)
            .Where(candidate => Verifies(child, candidate.Certificate))
            .OrderBy(candidate => TrustStore.KeyIdsAgree(child, candidate.Certificate) ? 0 : 1)
            .ThenBy(candidate => candidate.Certificate.IsValidAt(now) ? 0 : 1)
            .ToList();
    }

    private bool Verifies(CertificateDetails child, CertificateDetails issuer)
    {
        var key = (child.Sha256Fingerprint, issuer.Sha256Fingerprint);
        if (!_verified.TryGetValue(key, out var result))
        {
            result = SignatureVerifier.Verifies(child.Der, issuer.PublicKeyInfoDer);
            _verified[key] = result;
        }

        return result;
    }

    /// <summary>
    /// Reaching an anchor with only sent certificates (and a root) beats reaching it through a store intermediate,
    /// which beats not reaching one. Among paths to an anchor: fewer certificates outside their validity, then
    /// shorter. Among failures: the one that got farther, since it names the more useful missing link.
    /// </summary>
    private Outcome Better(Outcome? current, Outcome candidate)
    {
        if (current is null)
        {
            return candidate;
        }

        var (rankA, rankB) = (Rank(current), Rank(candidate));
        if (rankA != rankB)
        {
            return rankB > rankA ? candidate : current;
        }

        if (current.End != EndKind.Anchor)
        {
            return candidate.Elements.Count > current.Elements.Count ? candidate : current;
        }

        var (invalidA, invalidB) = (Invalid(current), Invalid(candidate));
        if (invalidA != invalidB)
        {
            return invalidB < invalidA ? candidate : current;
        }

        return candidate.Elements.Count < current.Elements.Count ? candidate : current;
    }

    private static int Rank(Outcome outcome) => outcome.End switch
    {
        EndKind.Anchor when outcome.Elements.Skip(1).All(e => e.IsSent || e.Certificate.IsSelfSigned) => 3,
        EndKind.Anchor => 2,
        _ => 1,
    };

    private int Invalid(Outcome outcome) => outcome.Elements.Count(e => !e.Certificate.IsValidAt(now));
}
