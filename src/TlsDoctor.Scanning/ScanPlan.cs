using System.Collections.Concurrent;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Alpn;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Features;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning;

/// <summary>
/// The order of one target's probes: a first hello decides whether there is a TLS server at all; then protocol
/// versions (in parallel); then suites per version (in parallel); then everything that builds on the suites.
/// The per-host gate in <see cref="ProbeContext"/> bounds how many of these run at once.
/// </summary>
internal sealed partial class ScanPlan(ProbeContext context, IProgress<ScanProgress>? progress, TimeProvider time)
{
    private const int Steps = 5;
    private readonly ConcurrentBag<ProbeFailure> _failures = [];

    public async Task<ServerScanResult> RunAsync(CancellationToken cancellationToken)
    {
        Report("connecting", 0);
        var trust = LoadTrustStore();
        var first = await context.ExchangeAsync(PreflightHello(), FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        if (Stop(first.Error) is { } early)
        {
            return new ServerScanResult { Target = context.Target, Outcome = early, Failure = first.Error, Connections = context.Connections };
        }

        Report("protocol versions", 1);
        var versions = await Task.WhenAll(TlsVersions.All.Select(v =>
            ProtocolSupportProbe.RunAsync(context, v, cancellationToken))).ConfigureAwait(false);
        var protocols = versions.Select(o => o.Result).ToList();
        var supported = versions.Where(o => o.Result.Supported).ToList();
        if (supported.Count == 0)
        {
            return new ServerScanResult
            {
                Target = context.Target,
                Outcome = ScanOutcome.NoProtocol,
                Protocols = protocols,
                Failure = first.Error ?? new ConnectionError(ConnectionErrorKind.Alert, "the server refused every protocol version from SSLv2 to TLS 1.3"),
                Connections = context.Connections,
            };
        }

        Report("cipher suites", 2);
        var ciphers = await Task.WhenAll(supported.Select(o => Guard($"cipher suites {o.Result.Version.Name()}", () =>
            o.Result.Version == TlsVersion.SSLv2
                ? Task.FromResult(new CipherSuitesProbe.Outcome(CipherSuitesProbe.FromSslV2(o.Flight), [o.Flight]))
                : CipherSuitesProbe.RunAsync(context, o.Result.Version, cancellationToken)))).ConfigureAwait(false);
        var suites = ciphers.OfType<CipherSuitesProbe.Outcome>().ToList();

        Report("key exchange, signatures, certificates", 3);
        var details = await DetailsAsync(suites, [.. supported.Select(o => o.Result.Version)], trust, cancellationToken).ConfigureAwait(false);
        var scan = details with
        {
            Target = context.Target,
            Outcome = ScanOutcome.Completed,
            Protocols = protocols,
            CipherSuites = [.. suites.Select(s => s.Result)],
        };

        Report("HTTP and vulnerabilities", 4);
        scan = await ChecksAsync(scan, cancellationToken).ConfigureAwait(false);
        Report("done", Steps);
        return scan with { ProbeFailures = [.. _failures], Connections = context.Connections };
    }

    /// <summary>The HTTP probe, then every vulnerability check over the finished enumeration (and the HTTP answer, for BREACH).</summary>
    private async Task<ServerScanResult> ChecksAsync(ServerScanResult scan, CancellationToken cancellationToken)
    {
        var http = context.Options.Http == HttpProbeMode.Off ? null
            : await Guard("http", () => HttpProbe.RunAsync(context, scan, cancellationToken)).ConfigureAwait(false);
        scan = scan with { Http = http };
        if (!context.Options.CheckVulnerabilities)
        {
            return scan;
        }

        var vulnerabilities = await VulnerabilityChecks.RunAsync(new VulnerabilityContext(context, scan, http), context.Options.OnlyVulnerabilities, cancellationToken).ConfigureAwait(false);
        return scan with { Vulnerabilities = vulnerabilities };
    }

    /// <summary>A broad hello (TLS 1.0–1.3, every suite) that any TLS server should answer with something TLS.</summary>
    private Tls.Handshake.ClientHelloSpec PreflightHello() => Offers.Tls13([.. Offers.SuiteCodes(TlsVersion.Tls13), .. Offers.SuiteCodes(TlsVersion.Tls12)], context.ServerName) with
    {
        SupportedVersions = [TlsVersion.Tls13, TlsVersion.Tls12, TlsVersion.Tls11, TlsVersion.Tls10],
        Groups = Offers.AllGroups,
    };

    /// <summary>Errors after which no further probe can learn anything.</summary>
    private static ScanOutcome? Stop(ConnectionError? error) => error?.Kind switch
    {
        ConnectionErrorKind.Refused or ConnectionErrorKind.ConnectTimeout or ConnectionErrorKind.Unreachable or ConnectionErrorKind.DnsFailure
            => ScanOutcome.Unreachable,
        ConnectionErrorKind.NotTls or ConnectionErrorKind.ReadTimeout or ConnectionErrorKind.ByteBudgetExceeded => ScanOutcome.NotTls,
        _ => null,
    };

    private async Task<T?> Guard<T>(string probe, Func<Task<T>> run)
        where T : class
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failures.Add(new ProbeFailure(probe, new ConnectionError(ConnectionErrorKind.Malformed, $"probe failed: {e.Message}")));
            return null;
        }
    }

    private void Report(string step, int done) => progress?.Report(new ScanProgress(context.Target, step, done, Steps));
}
