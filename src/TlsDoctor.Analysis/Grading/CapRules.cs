using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

/// <summary>
/// The guide's rules that cap the grade regardless of score (guide, "Methodology Overview" step 3 and its
/// "Changes" section) and Qualys' later published grading changes. Each rule is one function: scan in, cap or null out.
/// A rule that a suite list and a vulnerability check can both show is still one rule: it caps once, with the evidence
/// of whichever showed it (the scan's own data first, the check's result when the scan lacks it).
/// </summary>
public static partial class CapRules
{
    /// <summary>All protocol, cipher and vulnerability rules, in the order reports list them.</summary>
    public static IReadOnlyList<Func<ServerScanResult, GradeCap?>> Configuration { get; } =
    [
        SslV2, Drown, Heartbleed, CcsInjection, Ticketbleed, Robot, OpenSslPaddingOracle, PoodleTls, InsecureRenegotiation,
        ExportSuites, WeakDh, WeakKey, SslV3, WeakDh2048, NoTls12, Sweet32, Rc4, Crime, Tls10And11, NoForwardSecrecy, NoAead,
        NoSecureRenegotiation, NoFallbackScsv,
    ];

    private static IReadOnlyList<TlsVersion> Versions(ServerScanResult scan) => CategoryScores.SupportedVersions(scan);

    private static string Names(IEnumerable<CipherSuite> suites) =>
        string.Join(", ", suites.Select(s => s.OpenSslName ?? s.IanaName).Distinct().Take(4));

    /// <summary>The check's result for <paramref name="id"/> when it found the server vulnerable (PotentiallyVulnerable does not cap).</summary>
    private static VulnerabilityResult? Vulnerable(ServerScanResult scan, string id) =>
        scan.Vulnerabilities.FirstOrDefault(v => v.IsVulnerable && string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string Shown(VulnerabilityResult result) => $"{result.Info.Name} check: {result.Evidence}";

    /// <summary>Guide, "Changes" (2009c): SSL 2.0 is insecure and not allowed: F.</summary>
    public static GradeCap? SslV2(ServerScanResult scan) => Versions(scan).Contains(TlsVersion.SSLv2)
        ? new("ssl2_supported", Grade.F, "the server accepts SSL 2.0", "disable SSL 2.0 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)", RatingSources.Guide)
        : null;

    /// <summary>Guide, "Changes": export cipher suites (FREAK, 2015): F. Evidence from the suites, else from the FREAK check.</summary>
    public static GradeCap? ExportSuites(ServerScanResult scan)
    {
        const string fix = "remove EXPORT suites (OpenSSL cipher string: add !EXPORT)";
        var export = CategoryScores.AcceptedSuites(scan).Where(s => s.Export).ToList();
        if (export.Count > 0)
        {
            return new("export_suites", Grade.F, $"export suites accepted: {Names(export)}", fix, RatingSources.Guide);
        }

        return Vulnerable(scan, VulnerabilityIds.Freak) is { } freak ? new("export_suites", Grade.F, Shown(freak), fix, RatingSources.Guide) : null;
    }

    /// <summary>Guide, "Changes": DH parameters below 1024 bits (Logjam, 2015): F.</summary>
    public static GradeCap? WeakDh(ServerScanResult scan)
    {
        var weak = scan.KeyExchange?.DhParameters.Where(d => d.PrimeBits < 1024).ToList() ?? [];
        return weak.Count > 0
            ? new("dh_below_1024", Grade.F, $"DHE uses a {weak.Min(d => d.PrimeBits)}-bit group",
                "use a 2048-bit DH group (ssl_dhparam with ffdhe2048, RFC 7919) or drop DHE suites", RatingSources.Guide)
            : null;
    }

    /// <summary>
    /// Guide, "Changes" (Logjam, 2015): DH groups of 1024 up to 2047 bits: B ("This server supports weak
    /// Diffie-Hellman (DH) key exchange parameters. Grade capped to B."). When the scan saw no DH parameters but the
    /// Logjam check found the server vulnerable, the check's evidence stands in.
    /// </summary>
    public static GradeCap? WeakDh2048(ServerScanResult scan)
    {
        const string fix = "use a 2048-bit DH group (ssl_dhparam with ffdhe2048, RFC 7919) or drop DHE suites";
        var seen = scan.KeyExchange?.DhParameters ?? [];
        var weak = seen.Where(d => d.PrimeBits is >= 1024 and < 2048).ToList();
        if (weak.Count > 0)
        {
            return new("weak_dh", Grade.B, $"DHE uses a {weak.Min(d => d.PrimeBits)}-bit group", fix, RatingSources.Guide);
        }

        return seen.Count == 0 && Vulnerable(scan, VulnerabilityIds.Logjam) is { } logjam
            ? new("weak_dh", Grade.B, Shown(logjam), fix, RatingSources.Guide)
            : null;
    }

    /// <summary>
    /// Qualys, December 2014: SSL 3 supported: B; C when vulnerable to POODLE; F when SSL 3 is the best protocol.
    /// POODLE is shown by the POODLE check or, without it, by a CBC suite accepted at SSL 3 (the attack's precondition).
    /// </summary>
    public static GradeCap? SslV3(ServerScanResult scan)
    {
        var versions = Versions(scan);
        if (!versions.Contains(TlsVersion.SSLv3))
        {
            return null;
        }

        const string fix = "disable SSL 3.0 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)";
        if (versions.All(v => v <= TlsVersion.SSLv3))
        {
            return new("ssl3_supported", Grade.F, "SSL 3.0 is the best protocol the server accepts", fix, RatingSources.EndOf2014);
        }

        var cbc = scan.CipherSuites.Where(c => c.Version == TlsVersion.SSLv3).SelectMany(c => c.Accepted).Where(s => s.Mode == CipherMode.Cbc).ToList();
        var poodle = Vulnerable(scan, VulnerabilityIds.Poodle);
        return poodle is not null || cbc.Count > 0
            ? new("ssl3_supported", Grade.C, poodle is not null ? Shown(poodle) : $"SSL 3.0 with CBC suites (POODLE): {Names(cbc)}", fix, RatingSources.EndOf2014)
            : new("ssl3_supported", Grade.B, "the server accepts SSL 3.0 (no CBC suite, so not POODLE)", fix, RatingSources.EndOf2014);
    }

    /// <summary>Qualys, May 2015: no TLS 1.2 (the newest protocol it had): C.</summary>
    public static GradeCap? NoTls12(ServerScanResult scan)
    {
        var versions = Versions(scan);
        return versions.Count > 0 && !versions.Contains(TlsVersion.Tls12) && !versions.Contains(TlsVersion.Tls13)
            ? new("no_tls12", Grade.C, $"best protocol is {versions.Max().Name()}", "enable TLS 1.2 and TLS 1.3", RatingSources.NoTls12Cap)
            : null;
    }
}
