using System.Text.RegularExpressions;
using TlsDoctor.Analysis.Causes;

namespace TlsDoctor.Analysis.Explain;

/// <summary>
/// One known error message: the text (or pattern) that identifies it, the program that prints it, where that wording
/// is defined, and the causes it points to, most likely first. Rows live in <see cref="Signatures.ErrorSignatures"/>.
/// </summary>
/// <param name="Name">The identifier the source uses for it ("SSL_R_WRONG_VERSION_NUMBER", "SEC_E_UNTRUSTED_ROOT").</param>
/// <param name="Pattern">A case-insensitive substring, or a .NET regular expression when <see cref="IsRegex"/>.</param>
/// <param name="Source">The product document or source file that defines the wording.</param>
public sealed record ErrorSignature(ErrorFamily Family, string Name, string Pattern, bool IsRegex, string Source, IReadOnlyList<CauseId> Causes)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private Regex? regex;

    /// <summary>Finds the signature in <paramref name="text"/>: the position and length of the matched part.</summary>
    public bool TryMatch(string text, out int index, out int length)
    {
        if (!IsRegex)
        {
            index = text.IndexOf(Pattern, StringComparison.OrdinalIgnoreCase);
            length = Pattern.Length;
            return index >= 0;
        }

        regex ??= new Regex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        var match = regex.Match(text);
        index = match.Success ? match.Index : -1;
        length = match.Length;
        return match.Success;
    }
}
