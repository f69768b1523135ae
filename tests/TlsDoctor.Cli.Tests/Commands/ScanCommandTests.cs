using System.Text.Json.Nodes;

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
}
