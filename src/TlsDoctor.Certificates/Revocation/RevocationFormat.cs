using System.Globalization;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>How times and durations read in evidence strings, in one place so all revocation messages agree.</summary>
internal static class RevocationFormat
{
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"5 s", "1.5 s", "12 min", "3 h", "2 days": the unit a reader thinks in.</summary>
    public static string Duration(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalSeconds < 120 ? $"{abs.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
            : abs.TotalMinutes < 120 ? $"{abs.TotalMinutes:0} min"
            : abs.TotalHours < 48 ? $"{abs.TotalHours:0} h"
            : $"{abs.TotalDays:0} days";
    }
}
