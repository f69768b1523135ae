using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>
/// ROBOT: does the server answer RSA key exchanges with bad PKCS#1 v1.5 padding differently from good ones (a
/// Bleichenbacher oracle)? Sends the paper's five premaster secrets, one connection each, compares the answers, and
/// repeats a differing round once to rule out noise. At most <see cref="ScanOptions.RobotMaxQueries"/> connections.
/// </summary>
public sealed class RobotCheck : IVulnerabilityCheck
{
    private readonly Random _random;
    private readonly RobotQueryRunner _query;

    /// <param name="random">Source of padding and random bytes (seed it for repeatable queries); null: shared.</param>
    public RobotCheck(Random? random = null)
        : this(random, RobotQuery.RunAsync)
    {
    }

    /// <summary>With another query runner: for tests of the round logic (what is sent when, and what it concludes).</summary>
    internal RobotCheck(Random? random, RobotQueryRunner query)
    {
        _random = random ?? Random.Shared;
        _query = query;
    }

    public VulnerabilityInfo Info { get; } = new(
        VulnerabilityIds.Robot,
        "ROBOT",
        [
            // wolfSSL, F5, Citrix, Radware, Cisco ACE and ASA, Bouncy Castle, Erlang, MatrixSSL
            "CVE-2017-13099", "CVE-2017-6168", "CVE-2017-17382", "CVE-2017-17427", "CVE-2017-17428", "CVE-2017-12373",
            "CVE-2017-13098", "CVE-2017-1000385", "CVE-2016-6883",
        ],
        Severity.High,
        "Disable RSA key exchange suites (TLS_RSA_WITH_*) in favour of ECDHE, and update the TLS stack or device firmware to a release fixed for ROBOT.",
        "Böck, Somorovsky, Young: Return Of Bleichenbacher's Oracle Threat (ROBOT), USENIX Security 2018; https://robotattack.org");

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Scan.CipherSuites.Count == 0)
        {
            return Result(VulnerabilityStatus.Unknown, "the scan has no cipher suite results to tell whether RSA key exchange is accepted", 0);
        }

        if (ChooseTarget(context.Scan) is not { } target)
        {
            return Result(VulnerabilityStatus.NotVulnerable, "no RSA key exchange: the server accepts no TLS_RSA_WITH_* suite at SSL 3.0–TLS 1.2", 0);
        }

        var budget = context.Probe.Options.RobotMaxQueries;
        return await new Session(this, context, target, budget).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The highest version with RSA key exchange suites, and those suites (not export: they use a temporary key).</summary>
    internal static RobotTarget? ChooseTarget(ServerScanResult scan) => scan.CipherSuites
        .Where(r => r.Version is >= TlsVersion.SSLv3 and <= TlsVersion.Tls12)
        .OrderByDescending(r => r.Version)
        .Select(r => new RobotTarget(r.Version, [.. r.Accepted.Where(s => s.KeyExchange == KeyExchange.Rsa && !s.Export).Select(s => (ushort)s.Code)]))
        .FirstOrDefault(t => t.Suites.Count > 0);

    private VulnerabilityResult Result(VulnerabilityStatus status, string evidence, int connections) =>
        new(Info, status, evidence) { Connections = connections };

    /// <summary>One run against one server: the rounds sent so far and the budget left.</summary>
    private sealed class Session(RobotCheck check, VulnerabilityContext context, RobotTarget target, int budget)
    {
        private RobotTarget _target = target;
        private int _sent;
        private string? _suite;

        public async Task<VulnerabilityResult> RunAsync(CancellationToken cancellationToken)
        {
            var flow = RobotFlow.Standard;
            var (first, stop) = await RoundAsync(flow, cancellationToken).ConfigureAwait(false);
            if (stop is not null)
            {
                return stop;
            }

            if (RobotVerdict.AllAlike(first!))
            {
                flow = RobotFlow.Shortened;
                var (shortened, stopped) = await RoundAsync(flow, cancellationToken).ConfigureAwait(false);
                if (stopped is not null)
                {
                    return stopped;
                }

                if (RobotVerdict.AllAlike(shortened!))
                {
                    return Done(VulnerabilityStatus.NotVulnerable,
                        $"no oracle: all {RobotVerdict.Vectors.Count} premaster secrets got the same answer: {first![0]} {Flow(RobotFlow.Standard)}, {shortened![0]} {Flow(RobotFlow.Shortened)}");
                }

                first = shortened;
            }

            var (repeat, stoppedRepeat) = await RoundAsync(flow, cancellationToken).ConfigureAwait(false);
            if (stoppedRepeat is not null)
            {
                return stoppedRepeat;
            }

            if (!RobotVerdict.Same(first!, repeat!))
            {
                return Done(VulnerabilityStatus.Unknown,
                    $"inconsistent responses {Flow(flow)}: first {RobotVerdict.Describe(first!)}; repeated {RobotVerdict.Describe(repeat!)}");
            }

            var strength = RobotVerdict.IsStrong(first!) ? "strong" : "weak";
            return Done(VulnerabilityStatus.Vulnerable,
                $"{strength} Bleichenbacher oracle {Flow(flow)}, the same on repeat: {RobotVerdict.Describe(first!)}");
        }

        /// <summary>Sends one query per vector; null and a verdict when the budget or a query ends the check.</summary>
        private async Task<(IReadOnlyList<RobotResponse>? Round, VulnerabilityResult? Stop)> RoundAsync(RobotFlow flow, CancellationToken cancellationToken)
        {
            var count = RobotVerdict.Vectors.Count;
            if (_sent + count > budget)
            {
                return (null, Done(VulnerabilityStatus.Unknown,
                    $"the query budget (RobotMaxQueries = {budget}) does not allow another round of {count} queries before a verdict"));
            }

            // The first query alone: it fixes the answer wait for the rest (measured on a connection that did not
            // queue), and a server that fails it (silent, not TLS, gone) ends the check after one connection. The other
            // four go out side by side: a server that stays silent to all of them then costs one wait, not four.
            var vectors = RobotVerdict.Vectors;
            var first = await QueryAsync(vectors[0], flow, new Random(check._random.Next()), cancellationToken).ConfigureAwait(false);
            if (first.Failure is not null)
            {
                return (null, Done(VulnerabilityStatus.Unknown, first.Failure));
            }

            var seeds = vectors.Skip(1).Select(_ => check._random.Next()).ToList();
            var side = SideBySide(vectors.Count - 1);
            var rest = await Task.WhenAll(vectors.Skip(1).Select((v, i) => QueryAsync(v, flow, new Random(seeds[i]), cancellationToken, side))).ConfigureAwait(false);
            if (rest.Select(r => r.Failure).FirstOrDefault(f => f is not null) is { } failed)
            {
                return (null, Done(VulnerabilityStatus.Unknown, failed));
            }

            List<RobotResponse> round = [first.Response!, .. rest.Select(r => r.Response!)];
            return (round, null);
        }

        /// <summary>
        /// The target for queries sent side by side: the server answers each after its own RSA decryption, and with
        /// <paramref name="count"/> of them at once perhaps after all of them, so the wait grows with the slowest
        /// answer seen so far times the count (four times over, like the flight time). A server that decrypts slowly
        /// (a small device, or the scripted server's BigInteger arithmetic) would otherwise have its late alerts read
        /// as silence.
        /// </summary>
        private RobotTarget SideBySide(int count)
        {
            if (_target.AnswerTimeout is not { } wait || _slowestTicks == 0)
            {
                return _target;
            }

            var needed = TimeSpan.FromTicks(_slowestTicks * count * RobotQuery.AnswerTimeoutRoundTrips);
            var cap = context.Probe.Options.ReadTimeout;
            return needed <= wait ? _target : _target with { AnswerTimeout = needed > cap ? cap : needed };
        }

        private long _slowestTicks;

        /// <summary>One query: the server's answer, or why there is none ("query N (vector) failed: …").</summary>
        private async Task<(RobotResponse? Response, string? Failure)> QueryAsync(
            RobotVector vector, RobotFlow flow, Random random, CancellationToken cancellationToken, RobotTarget? side = null)
        {
            var number = Interlocked.Increment(ref _sent);
            var result = await check._query(context.Probe, side ?? SideBySide(1), vector, flow, random, cancellationToken).ConfigureAwait(false);
            if (result.Latency is { } latency)
            {
                long seen;
                while (latency.Ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, latency.Ticks, seen) != seen)
                {
                }
            }

            if (result.Response is null)
            {
                return (null, $"query {number} ({RobotVerdict.Name(vector)}) failed: {result.Failure}");
            }

            if (_target.AnswerTimeout is null && result.AnswerTimeout is { } wait)
            {
                _target = _target with { AnswerTimeout = wait };
            }

            Interlocked.CompareExchange(ref _suite, result.Suite?.IanaName, null);
            return (result.Response, null);
        }

        private VulnerabilityResult Done(VulnerabilityStatus status, string evidence) =>
            check.Result(status, $"{evidence} ({_target.Version.Name()}{(_suite is null ? "" : ", " + _suite)}; {_sent} {(_sent == 1 ? "query" : "queries")} sent, one connection each).", _sent);

        private static string Flow(RobotFlow flow) => flow == RobotFlow.Standard
            ? "with ClientKeyExchange, ChangeCipherSpec and Finished"
            : "with ClientKeyExchange alone";
    }
}
