using TlsDoctor.Analysis.Causes;

namespace TlsDoctor.Analysis.Explain;

/// <summary>What an error message says: the signatures found (most specific first), the program that printed it, and the likely causes.</summary>
/// <param name="Families">Families whose wording appears, outermost first: programs before the libraries they quote (curl before OpenSSL), then by where their text starts.</param>
/// <param name="Causes">Candidate causes, most likely first: the best match's, then those of matches it does not subsume.</param>
public sealed record Explanation(string Text, IReadOnlyList<SignatureMatch> Matches, IReadOnlyList<ErrorFamily> Families, IReadOnlyList<CauseInfo> Causes)
{
    /// <summary>True when at least one known signature is in the text.</summary>
    public bool Known => Matches.Count > 0;

    /// <summary>The program that printed the message (null when nothing matched).</summary>
    public ErrorFamily? Family => Families.Count > 0 ? Families[0] : null;
}
