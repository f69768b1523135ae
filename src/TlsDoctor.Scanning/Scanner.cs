using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning;

/// <summary>Progress of one target's scan, for a progress bar: which step, and how far through the plan.</summary>
public sealed record ScanProgress(ScanTarget Target, string Step, int Done, int Total);

/// <summary>
/// Runs every probe against a target, bounding connections per host, and returns the result as data.
/// Never throws for network trouble: that is in <see cref="ServerScanResult.Outcome"/> and ProbeFailures.
/// </summary>
public sealed partial class Scanner(ScanOptions options, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hostGates = new();
    private readonly ClientHelloBuilder _builder = new();

    public ScanOptions Options { get; } = options;

    private TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>Scans one target.</summary>
    public async Task<ServerScanResult> ScanAsync(ScanTarget target, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        WarmKeyShares();
        var (address, resolveError) = await ResolveAsync(target, Options, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            return new ServerScanResult
            {
                Target = target, Outcome = ScanOutcome.Unreachable, Failure = resolveError, StartedAt = started, Duration = clock.Elapsed,
            };
        }

        var gate = _hostGates.GetOrAdd(address.ToString(), _ => new SemaphoreSlim(Math.Max(1, Options.MaxConnectionsPerHost)));
        var context = new ProbeContext(target, new IPEndPoint(address, target.Port), Options, gate, _builder);
        var result = await new ScanPlan(context, progress, Time).RunAsync(cancellationToken).ConfigureAwait(false);
        return result with
        {
            Address = address.ToString(),
            StartedAt = started,
            Duration = clock.Elapsed,
            Connections = context.Connections,
        };
    }

    private static int _warmed;

    /// <summary>The first TLS 1.3 hello needs key shares: make them while DNS and TCP are under way.</summary>
    private static void WarmKeyShares()
    {
        if (Interlocked.Exchange(ref _warmed, 1) == 0)
        {
            foreach (var group in Offers.DefaultKeyShares)
            {
                _ = Task.Run(() => Tls.KeyShares.KeyShareFactory.Shared.Get(group));
            }
        }
    }

    /// <summary>Scans many targets, at most <see cref="ScanOptions.MaxParallelTargets"/> at once, results in input order.</summary>
    public async Task<IReadOnlyList<ServerScanResult>> ScanManyAsync(IReadOnlyList<ScanTarget> targets, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new ServerScanResult[targets.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, Options.MaxParallelTargets));
        await Task.WhenAll(targets.Select(async (t, i) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[i] = await ScanAsync(t, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return results;
    }

    /// <summary>An address literal as is; a name through DNS within the connect deadline, by the options' address-family choice.</summary>
    internal static async Task<(IPAddress? Address, ConnectionError? Error)> ResolveAsync(ScanTarget target, ScanOptions options, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(target.Host, out var literal))
        {
            return (literal, null);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(target.Host, deadline.Token).ConfigureAwait(false);
            var pick = options.AddressFamily switch
            {
                AddressFamilyPreference.IPv4Only => addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork),
                AddressFamilyPreference.IPv6Only => addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6),
                _ => options.PreferIPv6
                    ? addresses.OrderByDescending(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6).FirstOrDefault()
                    : addresses.OrderBy(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6).FirstOrDefault(),
            };
            return pick is null
                ? (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"'{target.Host}' has no {(options.AddressFamily == AddressFamilyPreference.IPv6Only ? "IPv6" : "IPv4")} address"))
                : (pick, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"resolving '{target.Host}' took longer than {options.ConnectTimeout.TotalSeconds:0.#} s"));
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"cannot resolve '{target.Host}': {e.Message}"));
        }
    }
}
