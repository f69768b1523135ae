namespace TlsDoctor.Certificates.Checks;

/// <summary>One maximum validity period for publicly-trusted TLS server certificates issued on or after a date.</summary>
/// <param name="EnforcedBy">A client known to reject longer certificates itself, or null when only CAs are bound.</param>
internal sealed record LifetimeLimit(DateTimeOffset IssuedFrom, int MaxDays, string Source, string? EnforcedBy);

/// <summary>
/// CA/Browser Forum TLS Baseline Requirements §6.3.2, "Certificate operational periods": the maximum validity period
/// of a subscriber certificate by its issuance date (notBefore). Data, newest last (STYLE.md #5).
/// </summary>
internal static class LifetimeLimits
{
    public static readonly IReadOnlyList<LifetimeLimit> All =
    [
        new(Utc(2018, 3, 1), 825, "CA/B Forum BR §6.3.2 (Ballot 193)", null),
        new(Utc(2020, 9, 1), 398, "CA/B Forum BR §6.3.2 (Ballot SC31)",
            "Safari and Apple platforms (Apple support HT211025) reject longer certificates from public roots"),
        new(Utc(2026, 3, 15), 200, "CA/B Forum BR §6.3.2 (Ballot SC-081v3)", null),
        new(Utc(2027, 3, 15), 100, "CA/B Forum BR §6.3.2 (Ballot SC-081v3)", null),
        new(Utc(2029, 3, 15), 47, "CA/B Forum BR §6.3.2 (Ballot SC-081v3)", null),
    ];

    /// <summary>The limit for a certificate issued at <paramref name="notBefore"/>, or null before any limit we check.</summary>
    public static LifetimeLimit? InForceAt(DateTimeOffset notBefore) => All.LastOrDefault(l => l.IssuedFrom <= notBefore);

    /// <summary>Limits that take effect after <paramref name="time"/>, earliest first.</summary>
    public static IEnumerable<LifetimeLimit> After(DateTimeOffset time) => All.Where(l => l.IssuedFrom > time);

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
