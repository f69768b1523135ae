namespace TlsDoctor.Certificates.Transparency;

/// <summary>How many SCTs arrived by each route; the analyzer decides whether that is enough (no_sct).</summary>
public sealed record SctCounts(int Embedded, int TlsExtension, int Ocsp)
{
    public int Total => Embedded + TlsExtension + Ocsp;

    /// <summary>Counts the SCTs of every list by its <see cref="SctList.Source"/>.</summary>
    public static SctCounts Of(IEnumerable<SctList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var all = lists.ToList();
        return new SctCounts(Count(all, SctSource.Embedded), Count(all, SctSource.TlsExtension), Count(all, SctSource.Ocsp));
    }

    private static int Count(List<SctList> lists, SctSource source) =>
        lists.Where(l => l.Source == source).Sum(l => l.Timestamps.Count);
}
