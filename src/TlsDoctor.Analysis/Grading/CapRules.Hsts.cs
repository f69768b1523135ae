using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Grading;

// A+ (Qualys, January 2014): a good configuration, no warnings, and HSTS with a long max-age; SSL Labs' "long" is
// 180 days. This is the one rule that lifts a grade, so what stops it is reported as a cap at A.
public static partial class CapRules
{
    /// <summary>180 days in seconds: the shortest HSTS max-age SSL Labs rewards with A+.</summary>
    public const long HstsMinimumForAPlus = 15552000;

    private const string HstsFix = "send Strict-Transport-Security: max-age=63072000 (at least 15552000, 180 days) on every HTTPS response "
        + "(nginx: add_header Strict-Transport-Security \"max-age=63072000\" always;)";

    /// <summary>True when the scan fetched HTTP over TLS and the service answered HTTP (only then can HSTS be judged).</summary>
    public static bool IsHttpService(ServerScanResult scan) => scan.Http is { IsHttp: true };

    /// <summary>
    /// What keeps an HTTP service from A+ on HSTS: no header, an invalid or switched-off one, or max-age below 180 days.
    /// Null when HSTS qualifies, or when the service is not HTTP (then <see cref="Grader"/> says HSTS was not checked).
    /// </summary>
    public static GradeCap? HstsForAPlus(ServerScanResult scan)
    {
        if (!IsHttpService(scan))
        {
            return null;
        }

        var hsts = scan.Http!.Hsts;
        var evidence = hsts switch
        {
            null => "no Strict-Transport-Security header on the HTTPS response",
            { Effective: false } => $"Strict-Transport-Security \"{hsts.Raw}\" is not in force ({string.Join("; ", hsts.Problems.DefaultIfEmpty("max-age missing or 0"))})",
            { MaxAgeSeconds: < HstsMinimumForAPlus } => $"Strict-Transport-Security max-age={hsts.MaxAgeSeconds} is below 180 days ({HstsMinimumForAPlus} s)",
            _ => null,
        };
        return evidence is null ? null : new("hsts_for_a_plus", Grade.A, evidence, HstsFix, RatingSources.Grading2014);
    }
}
