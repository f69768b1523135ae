using TlsDoctor.Certificates.Checks;
using TlsDoctor.Certificates.Names;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates;

/// <summary>The one-line summary of a <see cref="ChainAnalysis"/>.</summary>
internal static class Verdict
{
    public static string For(CertificatePath path, IReadOnlyList<CertificateProblem> problems, NameMatch? name)
    {
        var serious = problems.Where(p => p.Severity != Severity.Info).ToList();
        if (serious.Count == 0)
        {
            var leaf = path.Elements[0].Certificate;
            var anchor = path.Anchor?.Certificate.DisplayName ?? "?";
            var covers = name is null ? "" : $", covers {name.HostName}";
            return $"OK: trusted via '{anchor}', valid until {Text.Date(leaf.NotAfter)}{covers}";
        }

        var first = serious[0];
        var label = first.Severity == Severity.Error ? "BROKEN" : "WARNING";
        var others = serious.Skip(1).Select(p => p.Code).Distinct().ToList();
        return others.Count == 0 ? $"{label}: {first.Summary}" : $"{label}: {first.Summary} (also: {string.Join(", ", others)})";
    }
}
