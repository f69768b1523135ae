using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Explain.Signatures;

namespace TlsDoctor.Analysis.Explain;

/// <summary>Finds known TLS error signatures in a pasted message and ranks them.</summary>
public static class ErrorMatcher
{
    /// <summary>Matches <paramref name="text"/> against <see cref="ErrorSignatures.All"/>.</summary>
    public static Explanation Explain(string text) => Explain(text, ErrorSignatures.All);

    /// <summary>
    /// Matches against the given signatures. Ranking by specificity: a signature that points to fewer causes says
    /// more ("unable to get local issuer certificate" over "certificate verify failed"); among equals the longer
    /// matched text wins, then table order. A broader match whose causes include all of a more specific one's adds
    /// none of its own: it says the same thing less precisely.
    /// </summary>
    public static Explanation Explain(string text, IReadOnlyList<ErrorSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signatures);
        var found = new List<(SignatureMatch Match, int Order)>();
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i].TryMatch(text, out var index, out var length))
            {
                found.Add((new SignatureMatch(signatures[i], text.Substring(index, length), index), i));
            }
        }

        var ranked = found
            .OrderBy(f => f.Match.Signature.Causes.Count)
            .ThenByDescending(f => f.Match.MatchedText.Length)
            .ThenBy(f => f.Order)
            .Select(f => f.Match)
            .ToList();
        var families = ranked
            .OrderBy(m => m.Signature.Family.IsLibrary())
            .ThenBy(m => m.Index)
            .ThenBy(m => ranked.IndexOf(m))
            .Select(m => m.Signature.Family)
            .Distinct()
            .ToList();
        var causes = Unsubsumed(ranked)
            .SelectMany(m => m.Signature.Causes)
            .Distinct()
            .Select(CauseCatalog.Get)
            .ToList();
        return new Explanation(text, ranked, families, causes);
    }

    private static List<SignatureMatch> Unsubsumed(IReadOnlyList<SignatureMatch> ranked)
    {
        var kept = new List<SignatureMatch>();
        foreach (var match in ranked)
        {
            if (!kept.Any(k => k.Signature.Causes.All(match.Signature.Causes.Contains)))
            {
                kept.Add(match);
            }
        }

        return kept;
    }
}
