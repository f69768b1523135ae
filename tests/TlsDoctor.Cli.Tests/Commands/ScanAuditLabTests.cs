using System.Text.Json;
using System.Text.Json.Nodes;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>
/// `scan --policy`, `--fail-on-grade` and the grade in the report, end to end against the lab's real nginx and
/// openssl s_server (lab root as --ca-file, SNI localhost, so the certificate does not decide the grade).
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class ScanAuditLabTests(LabServers lab)
{
    private Task<CliRun> ScanAsync(string name, params string[] options) =>
        CliRun.RunAsync(["scan", $"{LabTarget.Host}:{lab.Get(name).Port}", "--sni", "localhost", "--ca-file", lab.RootCaPath, "--read-timeout", "2", .. options]);

    private static string[] Lines(CliRun run) => [.. run.Out.Split('\n').Select(l => l.TrimEnd())];

    [Fact]
    public async Task Scan_NginxIntermediateWithMozillaIntermediate60_ExitsNineNamingItsDheSuites()
    {
        var run = await ScanAsync("nginx-intermediate", "--policy", "mozilla-intermediate");

        Assert.Equal(ExitCodes.PolicyFailed, run.ExitCode);
        Assert.Contains("Policy Mozilla intermediate 6.0: FAIL", Lines(run));
        var deviations = Lines(run).Where(l => l.StartsWith("  ✗ cipher_suite: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, deviations.Count);
        Assert.Contains(deviations, l => l.Contains("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", StringComparison.Ordinal));
        Assert.All(deviations, l => Assert.Contains("TLS_DHE_RSA_", l, StringComparison.Ordinal));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Scan_NginxIntermediateWithMozillaIntermediate57_ExitsZeroAndPasses()
    {
        var run = await ScanAsync("nginx-intermediate", "--policy", "mozilla-intermediate-5.7");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Policy Mozilla intermediate 5.7: PASS", Lines(run));
        Assert.DoesNotContain(Lines(run), l => l.StartsWith("  ✗ cipher_suite", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_OldServerWithBothIntermediates_ExitsNineAndFailsBoth()
    {
        var run = await ScanAsync("s_server-old", "--policy", "mozilla-intermediate", "--policy", "mozilla-intermediate-5.7", "--json", "-");

        Assert.Equal(ExitCodes.PolicyFailed, run.ExitCode);
        var compliance = JsonNode.Parse(run.Out)!["targets"]![0]!["compliance"]!.AsArray();
        Assert.Equal(["Mozilla intermediate 6.0", "Mozilla intermediate 5.7"], compliance.Select(c => (string?)c!["policy"]));
        Assert.All(compliance, c => Assert.False((bool?)c!["passed"]));
        Assert.All(compliance, c => Assert.Contains(c!["deviations"]!.AsArray(), d => (string?)d!["kind"] == "protocol_offered"));
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
    }

    [Fact]
    public async Task Scan_LabTargetJson_HasGradeFromTheGrader()
    {
        var run = await ScanAsync("nginx-intermediate", "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
        var grade = JsonNode.Parse(run.Out)!["targets"]![0]!["grade"]!;
        Assert.Equal("A+", (string?)grade["letter"]); // as GraderLabTests finds: no cap, score 93, HSTS two years (A+)
        Assert.Equal(93, (int?)grade["score"]!["total"]);
        Assert.Equal(JsonValueKind.Array, grade["caps"]!.GetValueKind());
    }

    [Fact] // s_server-old offers TLS 1.0 and 1.1, so the tls10_tls11 rule caps it at B at best (see GraderLabTests)
    public async Task Scan_OldServerFailOnGrade_NineOnlyWhenGradedWorseThanTheThreshold()
    {
        var json = await ScanAsync("s_server-old", "--json", "-");
        var letter = (string)JsonNode.Parse(json.Out)!["targets"]![0]!["grade"]!["letter"]!;
        Assert.DoesNotContain(letter, new[] { "A+", "A", "T", "M" });

        var atItsGrade = await ScanAsync("s_server-old", "--fail-on-grade", letter);
        var stricter = await ScanAsync("s_server-old", "--fail-on-grade", "A");

        Assert.Equal(ExitCodes.Ok, atItsGrade.ExitCode);
        Assert.Equal(ExitCodes.PolicyFailed, stricter.ExitCode);
        Assert.Contains($"Grade {letter}", Lines(stricter));
        Assert.Contains(Lines(stricter), l => l.StartsWith("  ✗ tls10_tls11 → B: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_FailingPolicyAndUnreachableTarget_ExitsThree()
    {
        var run = await CliRun.RunAsync(
            "scan", $"{LabTarget.Host}:{lab.Get("nginx-intermediate").Port}", "127.0.0.1:1", "--sni", "localhost",
            "--read-timeout", "2", "--policy", "mozilla-intermediate");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Contains("Policy Mozilla intermediate 6.0: FAIL", Lines(run)); // still reported, only the code is outranked
    }
}
