using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Analysis.Compliance;

// What the policy asks beyond the TLS handshake: HSTS on the HTTP answer, vulnerability checks, the grade.
public static partial class ComplianceChecker
{
    private static void CheckHsts(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations, List<string> notChecked)
    {
        if (profile.HstsMinAge is null && !profile.HstsIncludeSubDomains)
        {
            return;
        }

        var wanted = profile.HstsMinAge is { } age ? $"max-age ≥ {age} s" : "includeSubDomains";
        if (scan.Http is null)
        {
            notChecked.Add($"HSTS ({wanted}): not checked, the scan did not fetch HTTP");
            return;
        }

        if (!scan.Http.IsHttp)
        {
            notChecked.Add($"HSTS ({wanted}): not an HTTP service");
            return;
        }

        var hsts = scan.Http.Hsts;
        if (hsts is null || !hsts.Effective)
        {
            var seen = hsts is null ? "no Strict-Transport-Security header" : $"Strict-Transport-Security \"{hsts.Raw}\" is not in force";
            deviations.Add(new(DeviationKind.Hsts, $"{seen}; {profile.Title} asks for {wanted}"));
            return;
        }

        if (profile.HstsMinAge is { } minimum && hsts.MaxAgeSeconds < minimum)
        {
            deviations.Add(new(DeviationKind.Hsts, $"Strict-Transport-Security max-age={hsts.MaxAgeSeconds}; {profile.Title} asks for at least {minimum}"));
        }

        if (profile.HstsIncludeSubDomains && !hsts.IncludeSubDomains)
        {
            deviations.Add(new(DeviationKind.Hsts, $"Strict-Transport-Security has no includeSubDomains; {profile.Title} asks for it"));
        }
    }

    private static void CheckVulnerabilities(
        MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations, List<string> notChecked, List<string> notes)
    {
        if (profile.ForbiddenVulnerabilities is not { Count: > 0 } forbidden)
        {
            return;
        }

        if (scan.Vulnerabilities.Count == 0)
        {
            notChecked.Add($"vulnerabilities ({string.Join(", ", forbidden)}): not checked, the scan ran no vulnerability checks");
            return;
        }

        foreach (var id in forbidden)
        {
            var result = scan.Vulnerabilities.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase));
            switch (result?.Status)
            {
                case null:
                    notChecked.Add($"{id}: not checked, the scan did not run this check");
                    break;
                case VulnerabilityStatus.Vulnerable:
                    deviations.Add(new(DeviationKind.Vulnerability, $"{result.Info.Name} ({id}): vulnerable ({result.Evidence}); {profile.Title} forbids it"));
                    break;
                case VulnerabilityStatus.Unknown:
                    notChecked.Add($"{id}: the check could not decide ({result.Evidence})");
                    break;
                case VulnerabilityStatus.PotentiallyVulnerable:
                    notes.Add($"{result.Info.Name} ({id}): potentially vulnerable, which the wire cannot confirm ({result.Evidence})");
                    break;
                default:
                    break;
            }
        }
    }

    private static void CheckGrade(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        if (profile.MinGrade is not { } minimum)
        {
            return;
        }

        var grade = Grader.Grade(scan);
        if (grade.Letter > minimum)
        {
            var why = grade.Caps.Where(c => c.Cap > minimum).Select(c => c.Rule).DefaultIfEmpty("the score").ToList();
            deviations.Add(new(DeviationKind.Grade, $"grade {grade.Letter.Show()} (held by {string.Join(", ", why)}); {profile.Title} asks for {minimum.Show()} or better"));
        }
    }
}
