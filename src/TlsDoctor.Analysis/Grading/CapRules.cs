using TlsDoctor.Scanning;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Grading;

/// <summary>
/// The guide's rules that cap the grade regardless of score (guide, "Methodology Overview" step 3 and its
/// "Changes" section) and Qualys' later published grading changes. Each rule is one function: scan in, cap or null out.
/// </summary>
public static partial class CapRules
{
    /// <summary>All protocol and cipher rules, in the order reports list them.</summary>
    public static IReadOnlyList<Func<ServerScanResult, GradeCap?>> Configuration { get; } =
    [
        SslV2, ExportSuites, WeakDh, SslV3, WeakDh2048, NoTls12, Sweet32, Rc4, Tls10And11, NoForwardSecrecy,
        NoSecureRenegotiation, NoFallbackScsv,
    ];

    private static IReadOnlyList<TlsVersion> Versions(ServerScanResult scan) => CategoryScores.SupportedVersions(scan);

    private static string Names(IEnumerable<CipherSuite> suites) =>
        string.Join(", ", suites.Select(s => s.OpenSslName ?? s.IanaName).Distinct().Take(4));

    /// <summary>Guide, "Changes": SSL 2.0 is insecure and not allowed: F.</summary>
    public static GradeCap? SslV2(ServerScanResult scan) => Versions(scan).Contains(TlsVersion.SSLv2)
        ? new("ssl2_supported", Grade.F, "the server accepts SSL 2.0", "disable SSL 2.0 (nginx: ssl_protocols TLSv1.2 TLSv1.3;)", RatingSources.Guide)
        : null;

    /// <summary>Guide, "Changes": export cipher suites (FREAK, 2015): F.</summary>
    public static GradeCap? ExportSuites(ServerScanResult scan)
    {
        var export = CategoryScores.AcceptedSuites(scan).Where(s => s.Export).ToList();
        return export.Count > 0
            ? new("export_suites", Grade.F, $"export suites accepted: {Names(export)}", "remove EXPORT suites (OpenSSL cipher string: add !EXPORT)", RatingSources.Guide)
            : null;
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
    /// Diffie-Hellman (DH) key exchange parameters. Grade capped to B.").
    /// </summary>
    public static GradeCap? WeakDh2048(ServerScanResult scan)
    {
        var weak = scan.KeyExchange?.DhParameters.Where(d => d.PrimeBits is >= 1024 and < 2048).ToList() ?? [];
        return weak.Count > 0
            ? new("weak_dh", Grade.B, $"DHE uses a {weak.Min(d => d.PrimeBits)}-bit group",
                "use a 2048-bit DH group (ssl_dhparam with ffdhe2048, RFC 7919) or drop DHE suites", RatingSources.Guide)
            : null;
    }

    /// <summary>Guide, "Changes": SSL 3.0 (POODLE, 2014): C.</summary>
    public static GradeCap? SslV3(ServerScanResult scan) => Versions(scan).Contains(TlsVersion.SSLv3)
        ? new("ssl3_supported", Grade.C, "the server accepts SSL 3.0", "disable SSL 3.0", RatingSources.Guide)
        : null;

    /// <summary>Qualys, May 2015: no TLS 1.2 (the newest protocol it had): C.</summary>
    public static GradeCap? NoTls12(ServerScanResult scan)
    {
        var versions = Versions(scan);
        return versions.Count > 0 && !versions.Contains(TlsVersion.Tls12) && !versions.Contains(TlsVersion.Tls13)
            ? new("no_tls12", Grade.C, $"best protocol is {versions.Max().Name()}", "enable TLS 1.2 and TLS 1.3", RatingSources.NoTls12Cap)
            : null;
    }
}
