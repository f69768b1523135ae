using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// Measures a scan against a policy (a Mozilla Server Side TLS profile or a custom YAML policy): every protocol,
/// suite, group, DH group and certificate the scan saw that the policy does not allow, every protocol it requires that
/// the server lacks, HSTS, forbidden vulnerabilities and the minimum grade. Fields a policy leaves null are not checked.
/// </summary>
public static partial class ComplianceChecker
{
    public static ComplianceResult Check(MozillaProfile profile, ServerScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scan);

        List<Deviation> deviations = [];
        List<string> notChecked = [];
        List<string> notes = [];
        CheckProtocols(profile, scan, deviations);
        CheckSuites(profile, scan, deviations);
        CheckGroups(profile, scan, deviations, notes);
        CheckDh(profile, scan, deviations);
        CheckCertificates(profile, scan, deviations, notChecked);
        CheckHsts(profile, scan, deviations, notChecked);
        CheckVulnerabilities(profile, scan, deviations, notChecked, notes);
        CheckGrade(profile, scan, deviations);
        if (profile.OcspStaple)
        {
            notChecked.Add("OCSP stapling: not checked, the profile recommends it but a server may staple only once it has a response");
        }

        return new ComplianceResult(profile, deviations, notChecked) { Notes = notes };
    }

    private static void CheckProtocols(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        var offered = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).ToHashSet();
        if (profile.Protocols is { } allowed)
        {
            foreach (var version in offered.Where(v => !allowed.Contains(v)).Order())
            {
                deviations.Add(new(DeviationKind.ProtocolOffered, $"{version.Name()} is offered; {profile.Title} allows only {Versions(allowed)}"));
            }
        }

        foreach (var version in (profile.RequiredProtocols ?? []).Where(v => !offered.Contains(v)))
        {
            deviations.Add(new(DeviationKind.ProtocolMissing, $"{version.Name()} is not offered; {profile.Title} lists {Versions(profile.RequiredProtocols!)}"));
        }
    }

    private static void CheckSuites(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        foreach (var result in scan.CipherSuites.OrderBy(r => r.Version))
        {
            var allowed = result.Version == TlsVersion.Tls13 ? profile.Tls13Suites : profile.Ciphers;
            foreach (var suite in result.Accepted.Where(s => allowed is not null && !allowed.Contains(s.IanaName, StringComparer.Ordinal)))
            {
                deviations.Add(new(DeviationKind.CipherSuite, $"{result.Version.Name()} accepts {suite.IanaName}, which {profile.Title} does not list"));
            }

            // Mozilla's server_preferred_order is about the TLS 1.2-and-below cipher list; an unknown order says nothing.
            if (profile.ServerPreferredOrder is not { } serverOrder)
            {
                continue;
            }

            var wanted = serverOrder ? CipherOrder.Server : CipherOrder.Client;
            if (result.Version != TlsVersion.Tls13 && result.Accepted.Count > 1 && result.Order is not CipherOrder.Unknown && result.Order != wanted)
            {
                deviations.Add(new(DeviationKind.CipherOrder,
                    $"{result.Version.Name()}: the {result.Order.ToString().ToLowerInvariant()}'s suite order decides; {profile.Title} wants the {wanted.ToString().ToLowerInvariant()}'s"));
            }
        }
    }

    /// <summary>
    /// tls_curves is the list Mozilla configures, not a ban on everything else: a group beyond it is a deviation only
    /// when weaker than the profile's floors (ecdh_param_size for curves, dh_param_size for RFC 7919 groups, none
    /// allowed when the profile has no DH size); the stronger extras are noted.
    /// </summary>
    private static void CheckGroups(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations, List<string> notes)
    {
        if (profile.IsCustom)
        {
            CheckPolicyGroups(profile, scan, deviations);
            return;
        }

        if (profile.Groups is null)
        {
            return;
        }

        var listed = profile.Groups.Select(MozillaNames.Group).ToHashSet();
        var floor = profile.Groups.Select(g => NamedGroups.Find(MozillaNames.Group(g))?.SecurityBits ?? 0).Where(b => b > 0).DefaultIfEmpty(0).Min();
        foreach (var result in (scan.KeyExchange?.Groups ?? []).OrderBy(g => g.Version))
        {
            List<string> extras = [];
            foreach (var group in result.Groups.Where(g => !listed.Contains(g)))
            {
                if (GroupTooWeak(profile, group, floor) is { } why)
                {
                    deviations.Add(new(DeviationKind.Group, $"{result.Version.Name()} accepts group {NamedGroups.Name(group)}: {why}"));
                }
                else
                {
                    extras.Add(NamedGroups.Name(group));
                }
            }

            if (extras.Count > 0)
            {
                notes.Add($"{result.Version.Name()} also accepts {string.Join(", ", extras)}, beyond {profile.Title}'s tls_curves ({string.Join(", ", profile.Groups)}); none is weaker than the profile's floor");
            }
        }
    }

    private static string? GroupTooWeak(MozillaProfile profile, NamedGroup group, int floorBits)
    {
        if (NamedGroups.Find(group) is not { } info)
        {
            return $"an unknown group, not in {profile.Title}";
        }

        if (info.Kind == NamedGroupKind.FiniteField)
        {
            var bits = int.TryParse(info.Name.AsSpan("ffdhe".Length), out var b) ? b : 0;
            return profile.DhParamSize is { } minimum
                ? bits >= minimum ? null : $"{bits}-bit finite-field DH; {profile.Title} asks for at least {minimum} bits"
                : $"finite-field DH, which {profile.Title} does not use";
        }

        return info.SecurityBits >= floorBits ? null
            : $"{info.SecurityBits}-bit security, weaker than {profile.Title}'s ecdh_param_size of {profile.EcdhParamSize} bits";
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

    /// <summary>A custom policy's groups are an allow-list; min_dh_bits also bounds the RFC 7919 groups of TLS 1.3.</summary>
    private static void CheckPolicyGroups(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations)
    {
        var listed = profile.Groups?.Select(MozillaNames.Group).ToHashSet();
        foreach (var result in (scan.KeyExchange?.Groups ?? []).OrderBy(g => g.Version))
        {
            foreach (var group in result.Groups)
            {
                if (listed is not null && !listed.Contains(group))
                {
                    deviations.Add(new(DeviationKind.Group, $"{result.Version.Name()} accepts group {NamedGroups.Name(group)}, which {profile.Title} does not list"));
                }
                else if (profile.DhParamSize is { } minimum && FfdheBits(group) is { } bits && bits < minimum)
                {
                    deviations.Add(new(DeviationKind.Group, $"{result.Version.Name()} accepts group {NamedGroups.Name(group)}: {bits}-bit finite-field DH; {profile.Title} asks for at least {minimum} bits"));
                }
            }
        }
    }

    private static int? FfdheBits(NamedGroup group) =>
        NamedGroups.Find(group) is { Kind: NamedGroupKind.FiniteField } info && int.TryParse(info.Name.AsSpan("ffdhe".Length), out var bits) ? bits : null;

    private static string Versions(IEnumerable<TlsVersion> versions) => string.Join(", ", versions.Select(v => v.Name()));
}
