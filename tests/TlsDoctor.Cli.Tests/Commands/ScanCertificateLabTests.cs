using System.Text.Json.Nodes;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>
/// `tlsdoctor scan` against every TLS lab server, checked against the lab's truth table (LabTarget.CertProblems,
/// judged with the lab root as trust anchor and host "localhost"). All targets go into one scan per test.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class ScanCertificateLabTests(LabServers lab)
{
    private const string Host = "localhost";

    private IReadOnlyList<LabTarget> TlsTargets => [.. lab.Targets.Where(t => t.Kind == LabTargetKind.Tls)];

    private async Task<(CliRun Run, JsonArray Targets)> ScanAllAsync(params string[] options)
    {
        string[] args = ["scan", .. TlsTargets.Select(t => $"{LabTarget.Host}:{t.Port}"), "--sni", Host, "--json", "-", .. options];
        var run = await CliRun.RunAsync(args);
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
        return (run, JsonNode.Parse(run.Out)!["targets"]!.AsArray());
    }

    private static IEnumerable<JsonNode> Analyses(JsonNode target) =>
        target["certificates"]!.AsArray().Select(c => c!["analysis"]!);

    /// <summary>The codes of every error and warning over all of a target's chains.</summary>
    private static SortedSet<string> SeriousCodes(JsonNode target) =>
        new(Analyses(target)
            .SelectMany(a => a["problems"]!.AsArray())
            .Where(p => (string?)p!["severity"] is "error" or "warning")
            .Select(p => (string)p!["code"]!), StringComparer.Ordinal);

    [Fact]
    public async Task Scan_EveryTlsLabTargetWithLabRootCaFile_ProblemCodesEqualTruthTable()
    {
        var (run, targets) = await ScanAllAsync("--ca-file", lab.RootCaPath);

        Assert.Equal(ExitCodes.Ok, run.ExitCode); // certificate problems do not change a scan's exit code
        var mismatches = new List<string>();
        for (var i = 0; i < TlsTargets.Count; i++)
        {
            var expected = new SortedSet<string>(TlsTargets[i].CertProblems, StringComparer.Ordinal);
            Assert.NotEmpty(targets[i]!["certificates"]!.AsArray());
            var found = SeriousCodes(targets[i]!);
            if (!found.SetEquals(expected))
            {
                mismatches.Add($"{TlsTargets[i].Name}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Scan_EveryTlsLabTargetWithLabRootCaFile_TrustedUnlessSelfSignedOrIncomplete()
    {
        var (_, targets) = await ScanAllAsync("--ca-file", lab.RootCaPath);

        for (var i = 0; i < TlsTargets.Count; i++)
        {
            var expected = TlsTargets[i].CertProblems switch
            {
                var p when p.Contains(LabCertProblems.SelfSigned) => "self_signed",
                var p when p.Contains(LabCertProblems.IncompleteChain) => "incomplete_chain",
                _ => "trusted",
            };
            Assert.All(Analyses(targets[i]!), a => Assert.Equal(expected, (string?)a["trustStatus"]));
            Assert.All(Analyses(targets[i]!), a => Assert.Equal(Host, (string?)a["hostName"]));
        }
    }

    [Fact]
    public async Task Scan_EveryTlsLabTargetWithSystemStore_UnknownIssuerExceptSelfSignedAndOwnProblemsStillReported()
    {
        var (run, targets) = await ScanAllAsync();

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        for (var i = 0; i < TlsTargets.Count; i++)
        {
            var target = TlsTargets[i];
            var selfSigned = target.CertProblems.Contains(LabCertProblems.SelfSigned);
            Assert.All(Analyses(targets[i]!), a => Assert.Equal(selfSigned ? "self_signed" : "unknown_issuer", (string?)a["trustStatus"]));
            Assert.All(Analyses(targets[i]!), a => Assert.False((bool?)a["trusted"]));

            // Expiry, name and strength do not depend on the store: still reported.
            var own = target.CertProblems.Where(p => p is not LabCertProblems.IncompleteChain and not LabCertProblems.SelfSigned);
            var found = SeriousCodes(targets[i]!);
            Assert.All(own, p => Assert.Contains(p, found));
        }

        Assert.Contains(LabCertProblems.Expired, SeriousCodes(targets[TlsTargets.ToList().FindIndex(t => t.Name == "nginx-expired")]!));
        Assert.Contains(LabCertProblems.HostnameMismatch, SeriousCodes(targets[TlsTargets.ToList().FindIndex(t => t.Name == "nginx-wronghost")]!));
    }

    [Fact]
    public async Task Scan_CheckRevocationOnLabLeafWithoutUrls_RevocationUnknownAsAdviceOnly()
    {
        var target = lab.Get("nginx-modern");

        var run = await CliRun.RunAsync("scan", $"{LabTarget.Host}:{target.Port}", "--sni", Host, "--ca-file", lab.RootCaPath, "--check-revocation", "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var target0 = JsonNode.Parse(run.Out)!["targets"]![0]!;
        Assert.Empty(SeriousCodes(target0));
        Assert.All(Analyses(target0), a => Assert.Contains(
            a["problems"]!.AsArray(),
            p => (string?)p!["code"] == "revocation_unknown" && (string?)p["severity"] == "info"));
    }

    [Fact]
    public async Task Scan_NoCertAnalysis_ChainsCapturedAnalysisNull()
    {
        var target = lab.Get("nginx-expired");

        var run = await CliRun.RunAsync("scan", $"{LabTarget.Host}:{target.Port}", "--sni", Host, "--no-cert-analysis", "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var chains = JsonNode.Parse(run.Out)!["targets"]![0]!["certificates"]!.AsArray();
        Assert.NotEmpty(chains);
        Assert.All(chains, c => Assert.Null(c!["analysis"]));
        Assert.True(SchemaValidator.Validate(run.Out).Valid);
    }

    [Fact]
    public async Task Scan_ExpiredLabTargetConsole_VerdictAndExpiredProblemOnceForTheSameChain()
    {
        var target = lab.Get("nginx-expired");

        var run = await CliRun.RunAsync("scan", $"{LabTarget.Host}:{target.Port}", "--sni", Host, "--ca-file", lab.RootCaPath);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd()).ToArray();
        var expired = Assert.Single(lines, l => l.StartsWith("  ✗ expired: ", StringComparison.Ordinal));
        Assert.Contains("(2021-01-01)", expired, StringComparison.Ordinal);
        Assert.Single(lines, l => l.StartsWith("  BROKEN: ", StringComparison.Ordinal));
        Assert.Contains("(same chain with SNI and without; TLSv1.2 and TLSv1.3)", run.Out, StringComparison.Ordinal);
    }
}
