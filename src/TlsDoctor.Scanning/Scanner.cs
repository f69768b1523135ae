namespace TlsDoctor.Scanning;

/// <summary>Progress of one target's scan, for a progress bar: which step, and how far through the plan.</summary>
public sealed record ScanProgress(ScanTarget Target, string Step, int Done, int Total);

/// <summary>
/// Runs every probe against a target, bounding connections per host, and returns the result as data.
/// Never throws for network trouble: that is in <see cref="ServerScanResult.Outcome"/> and ProbeFailures.
/// </summary>
public sealed partial class Scanner(ScanOptions options, TimeProvider? time = null)
{
    public ScanOptions Options { get; } = options;

    private TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>Scans one target.</summary>
    public Task<ServerScanResult> ScanAsync(ScanTarget target, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Replaced by the probe pipeline; kept compiling so the CLI can be wired in parallel.
        _ = progress;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new ServerScanResult
        {
            Target = target,
            Outcome = ScanOutcome.Unreachable,
            Failure = new Transport.ConnectionError(Transport.ConnectionErrorKind.Refused, "not implemented yet"),
            StartedAt = Time.GetUtcNow(),
        });
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
}
