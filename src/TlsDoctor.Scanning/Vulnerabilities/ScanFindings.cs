using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities;

/// <summary>The suites of one protocol version that show a weakness.</summary>
public sealed record VersionSuites(TlsVersion Version, IReadOnlyList<CipherSuite> Suites);

/// <summary>
/// Reads the finished enumeration for the checks that decide from it (RC4, SWEET32, POODLE …): which versions the
/// server speaks, which accepted suites match a rule, and evidence text that names a few of them.
/// </summary>
public static class ScanFindings
{
    /// <summary>Suites named per version in evidence; the rest are counted ("+3 more").</summary>
    public const int SuitesShown = 3;

    /// <summary>The versions the server speaks, oldest first.</summary>
    public static IReadOnlyList<TlsVersion> Spoken(this ServerScanResult scan) =>
        [.. scan.Protocols.Where(p => p.Supported).Select(p => p.Version).Distinct().Order()];

    /// <summary>SSLv3 to TLS 1.2: the versions with renegotiation, compression and MAC-then-encrypt CBC.</summary>
    public static bool IsLegacy(TlsVersion version) => version is >= TlsVersion.SSLv3 and <= TlsVersion.Tls12;

    /// <summary>Accepted suites matching <paramref name="match"/> at the versions <paramref name="versions"/> allows, oldest version first.</summary>
    public static IReadOnlyList<VersionSuites> Matching(this ServerScanResult scan, Func<CipherSuite, bool> match, Func<TlsVersion, bool>? versions = null) =>
    [
        .. scan.CipherSuites
            .Where(r => versions is null || versions(r.Version))
            .OrderBy(r => r.Version)
            .Select(r => new VersionSuites(r.Version, [.. r.Accepted.Where(match)]))
            .Where(v => v.Suites.Count > 0),
    ];

    /// <summary>Spoken versions (of those <paramref name="versions"/> allows) whose suites could not be enumerated.</summary>
    public static IReadOnlyList<TlsVersion> NotEnumerated(this ServerScanResult scan, Func<TlsVersion, bool>? versions = null) =>
        [.. scan.Spoken().Where(v => versions is null || versions(v)).Where(v => scan.CipherSuites.All(r => r.Version != v))];

    /// <summary>"TLSv1.0 (TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_RC4_128_MD5), TLSv1.2 (A, B, C, +2 more)".</summary>
    public static string Describe(IReadOnlyList<VersionSuites> found) =>
        string.Join(", ", found.Select(v => $"{v.Version.Name()} ({Names(v.Suites)})"));

    /// <summary>Up to <see cref="SuitesShown"/> IANA names, then "+N more".</summary>
    public static string Names(IReadOnlyList<CipherSuite> suites)
    {
        var shown = string.Join(", ", suites.Take(SuitesShown).Select(s => s.IanaName));
        return suites.Count > SuitesShown ? $"{shown}, +{suites.Count - SuitesShown} more" : shown;
    }

    /// <summary>"TLSv1.0, TLSv1.1 and TLSv1.2".</summary>
    public static string Versions(IEnumerable<TlsVersion> versions)
    {
        var names = versions.Select(v => v.Name()).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }

    /// <summary>
    /// The common verdict for a rule over accepted suites: Vulnerable naming what matched; otherwise Unknown when a
    /// version's suites were never enumerated (the match may hide there), else NotVulnerable with <paramref name="clean"/>.
    /// </summary>
    public static VulnerabilityResult SuiteRule(
        VulnerabilityInfo info, ServerScanResult scan, IReadOnlyList<VersionSuites> found, string what, string clean, Func<TlsVersion, bool>? versions = null)
    {
        if (found.Count > 0)
        {
            return new VulnerabilityResult(info, VulnerabilityStatus.Vulnerable, $"{what} accepted at {Describe(found)}.");
        }

        var missing = scan.NotEnumerated(versions);
        return missing.Count > 0
            ? new VulnerabilityResult(info, VulnerabilityStatus.Unknown, $"the suites of {Versions(missing)} could not be enumerated, so {what} cannot be ruled out there.")
            : new VulnerabilityResult(info, VulnerabilityStatus.NotVulnerable, clean);
    }
}
