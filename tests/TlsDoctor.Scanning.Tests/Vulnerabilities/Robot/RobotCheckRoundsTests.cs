using System.Net;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Scanning.Vulnerabilities.Robot;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Vulnerabilities.Robot;

/// <summary>
/// The round logic alone (which rounds are sent, in which flow, and what they conclude), with answers given per
/// flow and vector instead of a server; what each answer is on the wire is covered by the scripted and lab tests.
/// </summary>
public sealed class RobotCheckRoundsTests
{
    private static readonly RobotResponse BadMac = new(RobotReaction.Alert, AlertDescription.BadRecordMac, RobotReaction.Closed);
    private static readonly RobotResponse Failure = new(RobotReaction.Alert, AlertDescription.HandshakeFailure, RobotReaction.Closed);
    private static readonly RobotResponse Silence = new(RobotReaction.Silence);

    [Fact]
    public async Task RunAsync_OracleOnlyWithoutFinished_ShortenedRoundRepeatedVulnerableAfter15Queries()
    {
        // Like a server that answers a bad padding at once but waits for Finished after a good one.
        var sent = new List<(RobotFlow, RobotVector)>();
        var result = await RunAsync((flow, vector) => flow == RobotFlow.Standard ? BadMac : vector == RobotVector.Correct ? Silence : Failure, sent);

        Assert.Equal(VulnerabilityStatus.Vulnerable, result.Status);
        Assert.StartsWith("weak Bleichenbacher oracle with ClientKeyExchange alone", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(15, result.Connections);
        Assert.Equal([.. Round(RobotFlow.Standard), .. Round(RobotFlow.Shortened), .. Round(RobotFlow.Shortened)], sent);
    }

    [Fact]
    public async Task RunAsync_RepeatDiffers_UnknownInconsistent()
    {
        var calls = 0;
        var result = await RunAsync((_, vector) => ++calls == 2 ? Failure : BadMac, []);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.StartsWith("inconsistent responses with ClientKeyExchange, ChangeCipherSpec and Finished", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(10, result.Connections);
    }

    [Fact]
    public async Task RunAsync_QueryFailsMidRound_UnknownWithTheReasonAndNoFurtherRound()
    {
        // The round's first query goes alone, the other four side by side: all five are out when the fourth fails.
        var sent = new List<(RobotFlow, RobotVector)>();
        var result = await RunAsync((_, vector) => vector == RobotVector.NoZeroSeparator ? null : BadMac, sent);

        Assert.Equal(VulnerabilityStatus.Unknown, result.Status);
        Assert.StartsWith("query 4 (no 0x00 separator) failed: refused", result.Evidence, StringComparison.Ordinal);
        Assert.Equal(5, result.Connections);
        Assert.Equal(5, sent.Count);
    }

    [Fact]
    public async Task RunAsync_DefaultBudget_NeverMoreThanRobotMaxQueries()
    {
        var calls = 0;
        // Every round differs from the one before: the worst case for the number of queries.
        var result = await RunAsync((flow, _) => flow == RobotFlow.Standard ? BadMac : (++calls % 2 == 0 ? Failure : Silence), []);

        Assert.True(result.Connections <= ScanOptions.Default.RobotMaxQueries, $"{result.Connections} queries");
    }

    private static IEnumerable<(RobotFlow, RobotVector)> Round(RobotFlow flow) => RobotVerdict.Vectors.Select(v => (flow, v));

    /// <summary>Runs the check with <paramref name="answer"/> (null: the query fails) and records what it sent.</summary>
    private static Task<VulnerabilityResult> RunAsync(Func<RobotFlow, RobotVector, RobotResponse?> answer, List<(RobotFlow, RobotVector)> sent)
    {
        var target = new ScanTarget("127.0.0.1", 1, "localhost");
        var probe = new ProbeContext(target, new IPEndPoint(IPAddress.Loopback, 1), ScanOptions.Default, new SemaphoreSlim(1), new ClientHelloBuilder());
        var scan = new ServerScanResult
        {
            Target = target,
            Outcome = ScanOutcome.Completed,
            CipherSuites = [new CipherSuitesResult(TlsVersion.Tls12, [CipherSuites.FindByName("TLS_RSA_WITH_AES_128_CBC_SHA")!], CipherOrder.Unknown)],
        };
        var check = new RobotCheck(new Random(1), (_, _, vector, flow, _, _) =>
        {
            sent.Add((flow, vector));
            return Task.FromResult(answer(flow, vector) is { } response
                ? new RobotQueryResult(response, null)
                : new RobotQueryResult(null, "refused"));
        });
        return check.RunAsync(new VulnerabilityContext(probe, scan, null), CancellationToken.None);
    }
}
