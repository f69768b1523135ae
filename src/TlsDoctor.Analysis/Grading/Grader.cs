using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Grading;

/// <summary>Grades a scan the way the SSL Labs rating guide does: category scores, a letter, then caps.</summary>
public static class Grader
{
    /// <summary>A+ needs HSTS of at least 180 days (guide, "Changes"); scans do not fetch HTTP headers yet.</summary>
    public const string HstsNotChecked = "HSTS not checked: A+ (HSTS max-age ≥ 180 days) is never given";

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
            NotChecked = [HstsNotChecked],
        };
    }
}
