using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// Reads a targets file: one target per line as on the command line; '#' starts a comment; blank lines are skipped.
/// A line that is not a target is an error naming the file and line ("targets.txt:3: …").
/// </summary>
internal static class TargetList
{
    public static bool TryRead(string path, out IReadOnlyList<ScanTarget> targets, out string? error)
    {
        targets = [];
        string[] lines;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"cannot read targets file '{path}': Is a directory";
                return false;
            }

            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read targets file '{path}': {IoErrorText.Reason(e)}";
            return false;
        }

        return TryParse(path, lines, out targets, out error);
    }

    public static bool TryParse(string name, IReadOnlyList<string> lines, out IReadOnlyList<ScanTarget> targets, out string? error)
    {
        var list = new List<ScanTarget>();
        targets = list;
        error = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var comment = lines[i].IndexOf('#', StringComparison.Ordinal);
            var text = (comment < 0 ? lines[i] : lines[i][..comment]).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!ScanTarget.TryParse(text, out var target, out var reason))
            {
                error = $"{name}:{i + 1}: {reason}";
                return false;
            }

            list.Add(target!);
        }

        return true;
    }
}
