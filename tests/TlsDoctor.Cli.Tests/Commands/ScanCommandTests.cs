using System.Text.Json.Nodes;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Cli.Tests.Commands;

public sealed class ScanCommandTests : IDisposable
{
    private const string ClosedPort = "127.0.0.1:1";

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("example.com:99999")]
    [InlineData("example.com:0")]
    [InlineData("example.com:http")]
    [InlineData("[::1]:70000")]
    public async Task Scan_BadPort_ExitsTwoWithOneLine(string target)
    {
        var run = await CliRun.RunAsync("scan", target);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"tlsdoctor: '{target}': the port must be a number from 1 to 65535", line);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Scan_MissingTargetsFile_ExitsTwoNamingFile()
    {
        var path = Path.Combine(_files.Path, "nope.txt");

        var run = await CliRun.RunAsync("scan", "-f", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: cannot read targets file '{path}': No such file"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_TargetsFileIsDirectory_ExitsTwo()
    {
        var run = await CliRun.RunAsync("scan", "-f", _files.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: cannot read targets file '{_files.Path}': Is a directory"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_BadLineInTargetsFile_ExitsTwoNamingFileAndLine()
    {
        var path = _files.File("targets.txt", "# production", "", ClosedPort, "example.com:99999", "other.example");

        var run = await CliRun.RunAsync("scan", "--file", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {path}:4: 'example.com:99999': the port must be a number from 1 to 65535"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_TargetsFileAndArguments_ScansAllInOrder()
    {
        var path = _files.File("targets.txt", "# comment", "   ", "127.0.0.1:2   # trailing comment", "", "[::1]:3");

        var run = await CliRun.RunAsync("scan", ClosedPort, "-f", path, "--json", "-");

        var targets = JsonNode.Parse(run.Out)!["targets"]!.AsArray();
        Assert.Equal(["127.0.0.1:1", "127.0.0.1:2", "::1:3"], targets.Select(t => $"{t!["host"]}:{t["port"]}"));
    }

    [Fact]
    public async Task Scan_EmptyTargetsFile_ExitsTwo()
    {
        var path = _files.File("empty.txt", "# nothing here");

        var run = await CliRun.RunAsync("scan", "-f", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: no targets in '{path}'"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_NoTargets_ExitsTwo()
    {
        var run = await CliRun.RunAsync("scan");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["tlsdoctor: no targets: give HOST[:PORT] arguments or -f FILE"], run.ErrorLines);
    }

    [Theory]
    [InlineData("--connect-timeout", "0")]
    [InlineData("--connect-timeout", "-1")]
    [InlineData("--read-timeout", "abc")]
    [InlineData("--read-timeout", "NaN")]
    [InlineData("--read-timeout", "1e9")]
    [InlineData("--max-connections", "0")]
    [InlineData("--parallel", "1.5")]
    public async Task Scan_OutOfRangeOption_ExitsTwoWithOneLineNamingIt(string option, string value)
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {option} must be", line, StringComparison.Ordinal);
        Assert.EndsWith($"not '{value}'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-4", "-6")]
    [InlineData("--sni", "x.example", "--no-sni")]
    [InlineData("--bogus")]
    [InlineData("--json")]
    public async Task Scan_BadUsage_ExitsTwoWithoutStackTrace(params string[] options)
    {
        var run = await CliRun.RunAsync(["scan", ClosedPort, .. options]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.ErrorLines);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("tlsdoctor: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingCaFile_ExitsTwoWithTheStoresOneLineBeforeScanning()
    {
        var caFile = Path.Combine(_files.Path, "private-ca.pem");

        var run = await CliRun.RunAsync("scan", ClosedPort, "--ca-file", caFile);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {caFile}: no such file or directory"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Scan_CaFileWithoutCertificates_ExitsTwoWithOneLine()
    {
        var caFile = _files.File("private-ca.pem", "-----BEGIN PRIVATE KEY-----", "AAAA", "-----END PRIVATE KEY-----");

        var run = await CliRun.RunAsync("scan", ClosedPort, "--ca-file", caFile);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {caFile}: no certificates found", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ca-file replaces the trust store; it cannot be combined with --trust", "--ca-file", "ca.pem", "--trust", "mozilla")]
    [InlineData("--no-cert-analysis cannot be used with --ca-file, --trust or --check-revocation", "--no-cert-analysis", "--check-revocation")]
    [InlineData("--no-cert-analysis cannot be used with --ca-file, --trust or --check-revocation", "--no-cert-analysis", "--trust", "system")]
    public async Task Scan_ContradictoryCertificateOptions_ExitsTwoNamingThem(string message, params string[] options)
    {
        var run = await CliRun.RunAsync(["scan", ClosedPort, .. options]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"tlsdoctor: {message}", run.ErrorLines);
    }

    [Fact]
    public async Task Scan_UnknownTrustStore_ExitsTwo()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--trust", "windows");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["tlsdoctor: --trust must be system or mozilla, not 'windows'"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_Help_SaysRevocationCheckContactsOtherServersAndCaFileReplacesStore()
    {
        var run = await CliRun.RunAsync("scan", "--help");

        var help = string.Join(' ', run.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("contacts the OCSP responders and CRL distribution points named in the certificates", help, StringComparison.Ordinal);
        Assert.Contains("instead of the system store, like curl's --cacert", help, StringComparison.Ordinal);
        Assert.Contains("--no-cert-analysis", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Unreachable_ReportLineAndExitThree()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort);

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.StartsWith("127.0.0.1:1 — unreachable: ", run.Out.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task Scan_Quiet_NothingOnStdout()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--quiet");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Scan_JsonFile_WritesValidFileAndReport()
    {
        var path = Path.Combine(_files.Path, "result.json");

        var run = await CliRun.RunAsync("scan", ClosedPort, "--json", path);

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        var (valid, errors) = SchemaValidator.Validate(File.ReadAllText(path));
        Assert.True(valid, errors);
        Assert.Contains("127.0.0.1:1 — unreachable", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_JsonFileInMissingDirectory_ExitsFourBeforeScanning()
    {
        var path = Path.Combine(_files.Path, "no-such-dir", "result.json");

        var run = await CliRun.RunAsync("scan", ClosedPort, "--json", path);

        Assert.Equal(ExitCodes.OutputError, run.ExitCode);
        Assert.Equal([$"tlsdoctor: cannot write '{path}': No such file or directory"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData(new[] { "example.test:1" }, "example.test")]
    [InlineData(new[] { "example.test:1", "--sni", "other.test" }, "other.test")]
    [InlineData(new[] { "example.test:1", "--no-sni" }, null)]
    [InlineData(new[] { "127.0.0.1:1" }, null)]
    public async Task Scan_SniOptions_SniInResult(string[] args, string? expected)
    {
        var run = await CliRun.RunAsync(["scan", .. args, "--json", "-"]);

        Assert.Equal(expected, (string?)JsonNode.Parse(run.Out)!["targets"]![0]!["sni"]);
    }

    [Fact]
    public async Task Scan_UnknownPolicy_ExitsTwoWithOneLineBeforeScanning()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--policy", "bogus");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("tlsdoctor: unknown policy 'bogus'", line, StringComparison.Ordinal);
        Assert.Contains("mozilla-intermediate", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out); // nothing was scanned: the closed port would have printed a line
    }

    [Fact]
    public async Task Scan_PolicyFileThatDoesNotExist_ExitsTwoWithOneLineNamingIt()
    {
        var path = Path.Combine(_files.Path, "corp-policy.yaml");

        var run = await CliRun.RunAsync("scan", ClosedPort, "--policy", "mozilla-old", "--policy", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Scan_UnknownCheck_ExitsTwoListingTheValidIds()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--checks", "heartbleed,nope");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("tlsdoctor: unknown check 'nope': the checks are ", line, StringComparison.Ordinal);
        Assert.All(VulnerabilityIds.All, id => Assert.Contains(id, line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--http-port", "0")]
    [InlineData("--http-port", "65536")]
    [InlineData("--robot-max-queries", "0")]
    [InlineData("--fail-on-grade", "Z")]
    [InlineData("--fail-on-grade", "T")]
    public async Task Scan_OutOfRangeAuditOption_ExitsTwoWithOneLineNamingIt(string option, string value)
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"tlsdoctor: {option} must be", line, StringComparison.Ordinal);
        Assert.EndsWith($"not '{value}'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-checks cannot be used with --checks, --drown-peer or --robot-max-queries", "--no-checks", "--checks", "robot")]
    [InlineData("--no-checks cannot be used with --checks, --drown-peer or --robot-max-queries", "--no-checks", "--drown-peer", "mail.example:25")]
    [InlineData("--no-http cannot be used with --http-port", "--no-http", "--http-port", "80")]
    [InlineData("--drown-peer 'mail.example:0': the port must be a number from 1 to 65535", "--drown-peer", "mail.example:0")]
    public async Task Scan_ContradictoryOrBadAuditOptions_ExitsTwoNamingThem(string message, params string[] options)
    {
        var run = await CliRun.RunAsync(["scan", ClosedPort, .. options]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"tlsdoctor: {message}"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_Help_ListsAuditOptionsAndExitCodeNine()
    {
        var run = await CliRun.RunAsync("scan", "--help");

        foreach (var option in new[] { "--policy", "--fail-on-grade", "--checks", "--no-checks", "--no-http", "--http-port", "--drown-peer", "--robot-max-queries" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("  9    a scanned target fails a --policy, or its grade is below --fail-on-grade (1 and 3 outrank it)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_PolicyWithUnreachableTarget_ExitsThreeAndNoAssessment()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--policy", "mozilla-intermediate", "--fail-on-grade", "A", "--json", "-");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        var target = JsonNode.Parse(run.Out)!["targets"]![0]!;
        Assert.Null(target["grade"]);
        Assert.Empty(target["compliance"]!.AsArray());
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
    }
}
