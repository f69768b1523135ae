using TlsDoctor.Analysis.Diagnosis;

namespace TlsDoctor.Analysis.Tests.Support;

/// <summary>
/// Applies a diagnosis's nginx fix to a server block the way an admin would: the fix text up to its first ';' is
/// one directive line; it replaces the line with the same directive name (or is added). The fix's example
/// directory <see cref="PlaceholderDirectory"/> stands for wherever the admin keeps certificates.
/// </summary>
internal static class NginxFixText
{
    public const string PlaceholderDirectory = "/etc/ssl/example/";

    /// <summary>The nginx server fixes of <paramref name="diagnosis"/>, as directive lines.</summary>
    public static IReadOnlyList<string> DirectiveLines(ClientDiagnosis diagnosis) =>
        [.. diagnosis.Fixes.Where(f => f is { Side: FixSide.Server, For: "nginx" }).Select(f => DirectiveLine(f.Text))];

    /// <summary>"ssl_protocols TLSv1.2 TLSv1.3;   (why…)" → "ssl_protocols TLSv1.2 TLSv1.3;"; throws when the text names no directive.</summary>
    public static string DirectiveLine(string fixText)
    {
        var end = fixText.IndexOf(';', StringComparison.Ordinal);
        var line = end > 0 ? fixText[..(end + 1)] : throw new ArgumentException($"no nginx directive in the fix '{fixText}'", nameof(fixText));
        return line.Contains(' ', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal)
            ? line : throw new ArgumentException($"the fix '{fixText}' does not start with one directive line", nameof(fixText));
    }

    /// <summary>The directive name: "ssl_certificate" for "ssl_certificate /x/fullchain.pem;".</summary>
    public static string Name(string directiveLine) => directiveLine.Split(' ', 2)[0];

    /// <summary>The value without the ';': "/x/fullchain.pem" for "ssl_certificate /x/fullchain.pem;".</summary>
    public static string Value(string directiveLine) => directiveLine.Split(' ', 2)[1].TrimEnd(';').Trim();

    /// <summary><paramref name="directives"/> with <paramref name="line"/> in place of the line of the same directive name.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> directives, string line)
    {
        var name = Name(line);
        var index = directives.ToList().FindIndex(d => Name(d) == name);
        return index < 0 ? [.. directives, line] : [.. directives.Take(index), line, .. directives.Skip(index + 1)];
    }
}
