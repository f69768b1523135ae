using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Grading;

/// <summary>Grades a scan the way the SSL Labs rating guide does: category scores, a letter, then caps, then A+.</summary>
public static class Grader
{
    /// <summary>Said when the scan did not fetch HTTP at all.</summary>
    public const string HstsNotFetched = "HSTS not checked: the scan did not fetch HTTP, so A+ (HSTS max-age ≥ 180 days) cannot be given";

    /// <summary>Said when the service does not speak HTTP over TLS (mail, LDAP …) or HTTP could not be fetched.</summary>
    public const string HstsNotHttp = "HSTS not checked: not an HTTP service, so A+ (HSTS max-age ≥ 180 days) cannot be given";

    /// <summary>Said when no vulnerability check ran: Heartbleed, ROBOT, DROWN … could not cap the grade.</summary>
    public const string VulnerabilitiesNotChecked = "vulnerability checks did not run: Heartbleed, CCS injection, Ticketbleed, ROBOT, DROWN and POODLE could not cap the grade";

    public static GradeResult Grade(ServerScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var protocol = CategoryScores.Protocol(scan);
        var keyExchange = CategoryScores.KeyExchange(scan);
        var cipher = CategoryScores.Cipher(scan);
        var total = RatingGuide.Combine(protocol, keyExchange, cipher);
        var scoreLetter = RatingGuide.Letter(total);

        List<GradeCap> caps = [.. CapRules.Configuration.Select(rule => rule(scan)).OfType<GradeCap>()];
        var letter = caps.Select(c => c.Cap).Append(scoreLetter).Max();

        // A+ (Qualys, January 2014): A with no cap or warning and HSTS of at least 180 days. What blocks it is listed with the
        // other caps (at A), whatever the letter, so a B server also learns what A+ will need.
        var hsts = CapRules.HstsForAPlus(scan);
        if (hsts is not null)
        {
            caps.Add(hsts);
        }
        else if (letter == Grading.Grade.A && caps.Count == 0 && CapRules.IsHttpService(scan))
        {
            letter = Grading.Grade.APlus;
        }

        // Guide, Methodology Overview step 4: with no trust the security grade does not matter; M is checked first
        // because a certificate for another name is the first thing an operator must fix.
        var certificate = new[] { CapRules.NameMismatch(scan), CapRules.NotTrusted(scan) }.OfType<GradeCap>().ToList();
        caps.InsertRange(0, certificate);
        if (certificate.Count > 0)
        {
            letter = certificate[0].Cap;
        }

        var ordered = caps.OrderByDescending(c => c.Cap).ToList();
        return new GradeResult
        {
            Letter = letter,
            ScoreLetter = scoreLetter,
            Score = new ScoreParts(protocol, keyExchange, cipher, total),
            Caps = ordered,
            WhatWouldLiftIt = [.. ordered.Select(c => c.Fix).Distinct()],
            NotChecked = NotChecked(scan),
        };
    }

    private static List<string> NotChecked(ServerScanResult scan)
    {
        List<string> notChecked = [];
        if (scan.Http is null)
        {
            notChecked.Add(HstsNotFetched);
        }
        else if (!scan.Http.IsHttp)
        {
            notChecked.Add(HstsNotHttp);
        }

        if (scan.Vulnerabilities.Count == 0)
        {
            notChecked.Add(VulnerabilitiesNotChecked);
        }

        return notChecked;
    }
}
