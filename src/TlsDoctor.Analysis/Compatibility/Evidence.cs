using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compatibility;

/// <summary>Short texts for explanations: version spans and suite lists.</summary>
internal static class Evidence
{
    private const int ListedSuites = 3;

    /// <summary>"TLSv1.3 only", "TLSv1.0 to TLSv1.2", "SSLv3, TLSv1.0 and TLSv1.2", "nothing".</summary>
    public static string Versions(IEnumerable<TlsVersion> versions)
    {
        var sorted = versions.Distinct().Order().ToList();
        if (sorted.Count == 0)
        {
            return "no protocol version";
        }

        if (sorted.Count == 1)
        {
            return $"{sorted[0].Name()} only";
        }

        var all = TlsVersions.All.ToList();
        var contiguous = all.IndexOf(sorted[^1]) - all.IndexOf(sorted[0]) == sorted.Count - 1;
        return contiguous
            ? $"{sorted[0].Name()} to {sorted[^1].Name()}"
            : string.Join(", ", sorted.Take(sorted.Count - 1).Select(v => v.Name())) + " and " + sorted[^1].Name();
    }

    /// <summary>"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 and 2 more".</summary>
    public static string Suites(IReadOnlyCollection<CipherSuite> suites)
    {
        if (suites.Count == 0)
        {
            return "no suites";
        }

        var names = string.Join(", ", suites.Take(ListedSuites).Select(s => s.IanaName));
        return suites.Count > ListedSuites ? $"{names} and {suites.Count - ListedSuites} more" : names;
    }

    public static string Groups(IEnumerable<NamedGroup> groups)
    {
        var names = groups.Select(NamedGroups.Name).ToList();
        return names.Count == 0 ? "no groups" : string.Join(", ", names);
    }
}
