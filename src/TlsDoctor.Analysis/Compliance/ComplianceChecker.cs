using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// Measures a scan against a Mozilla Server Side TLS profile: every protocol, suite, group, DH group and certificate
/// the scan saw that the profile does not allow, and every protocol it lists that the server lacks.
/// </summary>
public static partial class ComplianceChecker
{
    public static ComplianceResult Check(MozillaProfile profile, ServerScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scan);

        List<Deviation> deviations = [];
        List<string> notChecked = [];
        CheckProtocols(profile, scan, deviations);
        CheckSuites(profile, scan, deviations);
        CheckGroups(profile, scan, deviations);
        CheckDh(profile, scan, deviations);
        CheckCertificates(profile, scan, deviations, notChecked);
        // The scan speaks TLS only; the HTTP response headers are another tool's job.
        notChecked.Add($"HSTS (max-age ≥ {profile.HstsMinAge} s): not checked, the scan has no HTTP data");
        if (profile.OcspStaple)
        {
            notChecked.Add("OCSP stapling: not checked, the profile recommends it but a server may staple only once it has a response");
        }

        return new ComplianceResult(profile, deviations, notChecked);
    }

    private static void CheckProtocols(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        var offered = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).ToHashSet();
        foreach (var version in offered.Where(v => !profile.Protocols.Contains(v)).Order())
        {
            deviations.Add(new(DeviationKind.ProtocolOffered, $"{version.Name()} is offered; {profile.Title} allows only {Versions(profile)}"));
        }

        foreach (var version in profile.Protocols.Where(v => !offered.Contains(v)))
        {
            deviations.Add(new(DeviationKind.ProtocolMissing, $"{version.Name()} is not offered; {profile.Title} lists {Versions(profile)}"));
        }
    }

    private static void CheckSuites(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        foreach (var result in scan.CipherSuites.OrderBy(r => r.Version))
        {
            var allowed = result.Version == TlsVersion.Tls13 ? profile.Tls13Suites : profile.Ciphers;
            foreach (var suite in result.Accepted.Where(s => !allowed.Contains(s.IanaName, StringComparer.Ordinal)))
            {
                deviations.Add(new(DeviationKind.CipherSuite, $"{result.Version.Name()} accepts {suite.IanaName}, which {profile.Title} does not list"));
            }

            // Mozilla's server_preferred_order is about the TLS 1.2-and-below cipher list; an unknown order says nothing.
            var wanted = profile.ServerPreferredOrder ? CipherOrder.Server : CipherOrder.Client;
            if (result.Version != TlsVersion.Tls13 && result.Accepted.Count > 1 && result.Order is not CipherOrder.Unknown && result.Order != wanted)
            {
                deviations.Add(new(DeviationKind.CipherOrder,
                    $"{result.Version.Name()}: the {result.Order.ToString().ToLowerInvariant()}'s suite order decides; {profile.Title} wants the {wanted.ToString().ToLowerInvariant()}'s"));
            }
        }
    }

    private static void CheckGroups(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        var allowed = profile.Groups.Select(MozillaNames.Group).ToHashSet();
        foreach (var result in (scan.KeyExchange?.Groups ?? []).OrderBy(g => g.Version))
        {
            foreach (var group in result.Groups.Where(g => !allowed.Contains(g)))
            {
                deviations.Add(new(DeviationKind.Group,
                    $"{result.Version.Name()} accepts group {NamedGroups.Name(group)}; {profile.Title} lists {string.Join(", ", profile.Groups)}"));
            }
        }
    }

    private static void CheckDh(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        // No dh_param_size: the profile has no DHE suites, and each one accepted is already a suite deviation.
        if (profile.DhParamSize is not { } minimum)
        {
            return;
        }

        foreach (var bits in (scan.KeyExchange?.DhParameters ?? []).Select(d => d.PrimeBits).Where(b => b < minimum).Distinct().Order())
        {
            deviations.Add(new(DeviationKind.DhParameters, $"DHE uses a {bits}-bit group; {profile.Title} asks for at least {minimum} bits"));
        }
    }

    private static string Versions(MozillaProfile profile) => string.Join(", ", profile.Protocols.Select(v => v.Name()));
}
