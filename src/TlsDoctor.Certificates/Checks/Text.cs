using System.Globalization;

namespace TlsDoctor.Certificates.Checks;

/// <summary>Dates, durations and lists as the problem texts spell them.</summary>
internal static class Text
{
    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"3 days", "1 day", "17 hours" — whole units, rounded down.</summary>
    public static string Duration(TimeSpan span)
    {
        var abs = span.Duration();
        if (abs.TotalDays >= 1)
        {
            var days = (int)abs.TotalDays;
            return days == 1 ? "1 day" : $"{days} days";
        }

        var hours = (int)abs.TotalHours;
        return hours == 1 ? "1 hour" : hours > 1 ? $"{hours} hours" : "less than an hour";
    }

    public static string Days(double days) => ((int)Math.Floor(days)).ToString(CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "(nothing)" : string.Join(", ", list);
    }
}
