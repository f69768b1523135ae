using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.SecureRenegotiation;

/// <summary>
/// RFC 5746 secure renegotiation at every version from SSLv3 to TLS 1.2 the server speaks. Without it, a
/// man-in-the-middle can splice its own traffic in front of a client's renegotiated session (Ray and Dispensa,
/// 2009: CVE-2009-3555). The features probe read renegotiation_info at the highest of those versions; this check
/// asks each lower one too (one hello each), because a server may answer it at one version and not another.
/// TLS 1.3 has no renegotiation (RFC 8446 §4.1.2).
/// </summary>
public sealed class SecureRenegotiationCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.SecureRenegotiation, "Secure renegotiation (RFC 5746)", ["CVE-2009-3555"], Severity.Medium,
        "Update the TLS library to one with RFC 5746 (all since 2010), or disable renegotiation entirely.",
        "RFC 5746; Ray, Dispensa, \"Renegotiating TLS\" (2009)");

    public VulnerabilityInfo Info => Definition;

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        var legacy = scan.Spoken().Where(ScanFindings.IsLegacy).OrderDescending().ToList();
        if (legacy.Count == 0)
        {
            return scan.Spoken().Contains(TlsVersion.Tls13)
                ? new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable, "only TLS 1.3 is offered, and TLS 1.3 has no renegotiation (RFC 8446 §4.1.2).")
                : new VulnerabilityResult(Definition, VulnerabilityStatus.NotApplicable, "the server speaks none of SSLv3–TLS 1.3, so there is no renegotiation to protect.");
        }

        // The features probe used the highest legacy version with accepted suites; its answer stands for that one.
        var accepted = scan.CipherSuites.Where(r => ScanFindings.IsLegacy(r.Version) && r.Accepted.Count > 0).ToDictionary(r => r.Version);
        var featuresVersion = legacy.FirstOrDefault(accepted.ContainsKey);
        var answers = new Dictionary<TlsVersion, (bool? Answered, string? Why)>();
        var connections = 0;
        foreach (var version in legacy)
        {
            if (version == featuresVersion && scan.Features?.SecureRenegotiation is { } known)
            {
                answers[version] = (known, null);
            }
            else if (accepted.TryGetValue(version, out var suites))
            {
                connections++;
                answers[version] = await AskAsync(context.Probe, version, suites.Accepted, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                answers[version] = (null, "its suites were not enumerated");
            }
        }

        return Verdict(answers) with { Connections = connections };
    }

    /// <summary>One hello at <paramref name="version"/>; RFC 5746 §3.6: a server that supports it answers renegotiation_info.</summary>
    private static async Task<(bool? Answered, string? Why)> AskAsync(ProbeContext probe, TlsVersion version, IReadOnlyList<CipherSuite> suites, CancellationToken cancellationToken)
    {
        // Offers.Legacy signals with the extension at TLS and with TLS_EMPTY_RENEGOTIATION_INFO_SCSV at SSLv3 (RFC 5746 §3.4).
        var spec = Offers.Legacy(version, suites.Select(s => (ushort)s.Code), probe.ServerName);
        var flight = await probe.ExchangeAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        if (flight.Hello is not { } hello)
        {
            return (null, flight.Error?.Message ?? "no ServerHello");
        }

        return (hello.Has(ExtensionType.RenegotiationInfo), null);
    }

    private static VulnerabilityResult Verdict(Dictionary<TlsVersion, (bool? Answered, string? Why)> answers)
    {
        var missing = answers.Where(a => a.Value.Answered == false).Select(a => a.Key).Order().ToList();
        var present = answers.Where(a => a.Value.Answered == true).Select(a => a.Key).Order().ToList();
        var unknown = answers.Where(a => a.Value.Answered is null).OrderBy(a => a.Key).ToList();
        var presentText = present.Count > 0 ? $" (answered at {ScanFindings.Versions(present)})" : "";
        if (missing.Count > 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"no renegotiation_info in the ServerHello at {ScanFindings.Versions(missing)}{presentText}: RFC 5746 secure renegotiation is missing.");
        }

        if (unknown.Count > 0)
        {
            return new VulnerabilityResult(Definition, VulnerabilityStatus.Unknown,
                $"renegotiation_info could not be checked at {string.Join(", ", unknown.Select(u => $"{u.Key.Name()} ({u.Value.Why})"))}{presentText}.");
        }

        return new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
            $"renegotiation_info answered at {ScanFindings.Versions(present)} (RFC 5746).");
    }
}
