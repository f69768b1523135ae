using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.FallbackScsv;

/// <summary>
/// Downgrade protection for clients that retry with a lower version after a failed handshake: RFC 7507 §3 says a
/// server must refuse a hello carrying TLS_FALLBACK_SCSV below its highest version with inappropriate_fallback.
/// The features probe sent that hello at the second-highest version; this check decides from its answer, and when
/// that answer could not be read, sends the same hello with and without the SCSV and compares. When the
/// server speaks TLS 1.3 and 1.2 it also sends one TLS 1.2 hello to read the TLS 1.3 downgrade sentinel
/// (RFC 8446 §4.1.3: "DOWNGRD" and 0x01 in the last 8 bytes of ServerHello.random), which protects TLS 1.3
/// clients whether or not the SCSV is honoured.
/// </summary>
public sealed class FallbackScsvCheck : IVulnerabilityCheck
{
    /// <summary>DowngradeSentinel value for a TLS 1.2 ServerHello from a TLS 1.3 server.</summary>
    private const byte Tls12Sentinel = 0x01;

    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.FallbackScsv, "TLS_FALLBACK_SCSV", [], Severity.Low,
        "Update the TLS library (RFC 7507 support is in OpenSSL since 1.0.1j) and disable the versions no client needs (SSLv3, TLS 1.0, TLS 1.1).",
        "RFC 7507; RFC 8446 §4.1.3 (downgrade sentinel)");

    public VulnerabilityInfo Info => Definition;

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        // As the features probe counts: SSLv3 and up (an SSLv2 hello has no room for the SCSV's meaning).
        var versions = scan.Spoken().Where(v => v >= TlsVersion.SSLv3).ToList();
        if (versions.Count < 2)
        {
            var only = versions.Count == 1 ? $"only {versions[0].Name()} is offered" : "no SSLv3–TLS 1.3 version is offered";
            return new VulnerabilityResult(Definition, VulnerabilityStatus.NotApplicable, $"{only}: there is no lower version to fall back to.");
        }

        var lower = versions[^2];
        var highest = versions[^1].Name();
        var (sentinel, connections) = versions.Contains(TlsVersion.Tls13) && versions.Contains(TlsVersion.Tls12)
            ? (await SentinelAsync(context.Probe, scan, cancellationToken).ConfigureAwait(false), 1)
            : (null, 0);
        var honoured = scan.Features?.FallbackScsv;
        string? how = null;
        if (honoured is null)
        {
            // The features probe could not read an answer (some servers close instead of sending the alert): ask
            // again with the suites this version is known to accept, with and without the SCSV, and compare.
            (honoured, how) = await PairAsync(context.Probe, scan, lower, cancellationToken).ConfigureAwait(false);
            connections += 2;
        }

        var result = honoured switch
        {
            true => new VulnerabilityResult(Definition, VulnerabilityStatus.NotVulnerable,
                $"a {lower.Name()} hello with TLS_FALLBACK_SCSV was refused {how ?? "with inappropriate_fallback"} (highest version {highest}).{sentinel}"),
            false => new VulnerabilityResult(Definition, VulnerabilityStatus.Vulnerable,
                $"a {lower.Name()} hello with TLS_FALLBACK_SCSV was accepted although the server speaks {highest}: clients that retry lower can be downgraded.{sentinel}"),
            null => new VulnerabilityResult(Definition, VulnerabilityStatus.Unknown,
                $"the server's answer to a {lower.Name()} hello with TLS_FALLBACK_SCSV could not be read ({how}).{sentinel}"),
        };
        return result with { Connections = connections };
    }

    /// <summary>
    /// The same <paramref name="lower"/> hello without and with TLS_FALLBACK_SCSV: accepted without and refused with
    /// means honoured (however it refuses); accepted both times means not.
    /// </summary>
    private static async Task<(bool? Honoured, string How)> PairAsync(ProbeContext probe, ServerScanResult scan, TlsVersion lower, CancellationToken cancellationToken)
    {
        var suites = scan.CipherSuites.FirstOrDefault(r => r.Version == lower)?.Accepted ?? [];
        if (suites.Count == 0)
        {
            return (null, $"no {lower.Name()} suites were enumerated to ask again with");
        }

        var plain = Offers.Legacy(lower, suites.Select(s => (ushort)s.Code), probe.ServerName);
        var without = await probe.ExchangeAsync(plain, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        var with = await probe.ExchangeAsync(plain with { FallbackScsv = true }, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        if (without.Hello is null)
        {
            return (null, $"the same hello without the SCSV failed too: {without.Error?.Message ?? "no ServerHello"}");
        }

        if (with.Hello is not null)
        {
            return (false, "");
        }

        if (with.IsAlert(Tls.Alerts.AlertDescription.InappropriateFallback))
        {
            return (true, "with inappropriate_fallback");
        }

        // Another alert, a close or a reset is still a refusal; a timeout may be load and decides nothing.
        return with.Error?.Kind is ConnectionErrorKind.Alert or ConnectionErrorKind.Closed or ConnectionErrorKind.Reset
            ? (true, $"({with.Error.Message}) where the same hello without it was accepted; RFC 7507 §3 asks for an inappropriate_fallback alert")
            : (null, $"the hello with the SCSV got no answer: {with.Error?.Message ?? "no ServerHello"}");
    }

    /// <summary>A TLS 1.2-only hello to a TLS 1.3 server; the evidence sentence about its random, or one saying why there is none.</summary>
    private static async Task<string> SentinelAsync(ProbeContext probe, ServerScanResult scan, CancellationToken cancellationToken)
    {
        var suites = scan.CipherSuites.FirstOrDefault(r => r.Version == TlsVersion.Tls12)?.Accepted ?? [];
        if (suites.Count == 0)
        {
            return " (the TLS 1.3 downgrade sentinel was not checked: no TLS 1.2 suites were enumerated.)";
        }

        var spec = Offers.Legacy(TlsVersion.Tls12, suites.Select(s => (ushort)s.Code), probe.ServerName);
        var flight = await probe.ExchangeAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        return flight.Hello?.DowngradeSentinel switch
        {
            null when flight.Hello is null => $" The TLS 1.3 downgrade sentinel could not be checked ({flight.Error?.Message ?? "no ServerHello"}).",
            Tls12Sentinel => " A TLS 1.2 ServerHello carries the TLS 1.3 downgrade sentinel (RFC 8446 §4.1.3), so TLS 1.3 clients detect a downgrade.",
            _ => " A TLS 1.2 ServerHello lacks the TLS 1.3 downgrade sentinel that RFC 8446 §4.1.3 requires of a TLS 1.3 server.",
        };
    }
}
