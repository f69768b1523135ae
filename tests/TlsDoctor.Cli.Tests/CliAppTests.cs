using System.Text;
using System.Text.Json.Nodes;

namespace TlsDoctor.Cli.Tests;

// Unreachable targets are 127.0.0.1:1: nothing listens there, so they stay unreachable once the real probes land.
public sealed class CliAppTests
{
    private const string ClosedPort = "127.0.0.1:1";

    [Fact]
    public async Task RunAsync_PublicEntryWithWriters_WritesOnlyToThem()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["scan", "example.com:0"], stdout, stderr);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout.ToString());
        Assert.Contains("port", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("root", "--help")]
    [InlineData("scan", "scan", "--help")]
    [InlineData("scan", "scan", "-h")]
    [InlineData("demo", "demo", "--help")]
    [InlineData("cert", "cert", "--help")]
    public async Task Help_Requested_ListsThatCommandsExitCodes(string table, params string[] args)
    {
        var expected = table switch { "scan" => ExitCodes.Scan, "demo" => ExitCodes.Demo, "cert" => ExitCodes.Cert, _ => ExitCodes.All };

        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var section = run.Out[run.Out.IndexOf("Exit codes:", StringComparison.Ordinal)..];
        var listed = section.Split('\n').Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToArray();
        Assert.Equal(expected.Select(c => $"  {c.Code,-5}{c.Meaning}"), listed);
    }

    [Fact]
    public async Task Help_Root_MarksCertOnlyCodes()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Contains("  5    cert only: a certificate has an error-severity problem", run.Out, StringComparison.Ordinal);
        Assert.Contains("  6    cert only: a file could not be read", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ScanAndCert_CodesFiveAndSixOnlyForCert()
    {
        var scan = await CliRun.RunAsync("scan", "--help");
        var cert = await CliRun.RunAsync("cert", "--help");

        Assert.DoesNotContain("  5    ", scan.Out, StringComparison.Ordinal);
        Assert.Contains("  5    ", cert.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("  3    ", cert.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_NoCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task Main_UnknownCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("tlsdoctor: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_BuiltInServers_ScansAllThreeAndExitsZero()
    {
        var run = await CliRun.RunAsync("demo", "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        var targets = doc.RootElement.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Equal("completed", t.GetProperty("outcome").GetString()));
        Assert.True(targets[0].GetProperty("protocols").GetProperty("TLSv1.3").GetBoolean());   // modern
        Assert.True(targets[1].GetProperty("protocols").GetProperty("SSLv3").GetBoolean());     // legacy
        Assert.Contains(targets[1].GetProperty("ciphers").GetProperty("TLSv1.0").GetProperty("suites").EnumerateArray(),
            s => s.GetProperty("iana").GetString() == "TLS_RSA_WITH_RC4_128_SHA");
        Assert.False(targets[2].GetProperty("protocols").GetProperty("TLSv1.3").GetBoolean());  // broken: TLS 1.2 only
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
    }

    [Fact]
    public async Task Demo_TrustsItsOwnCa_ModernTrustedAndBrokenExpiredForTheWrongHost()
    {
        var run = await CliRun.RunAsync("demo", "--json", "-");

        var targets = JsonNode.Parse(run.Out)!["targets"]!.AsArray();
        var modern = targets[0]!["certificates"]!.AsArray().Select(c => c!["analysis"]!).ToList();
        var broken = targets[2]!["certificates"]!.AsArray().Select(c => c!["analysis"]!).ToList();
        Assert.All(modern, a => Assert.Equal("trusted", (string?)a["trustStatus"]));
        Assert.All(modern, a => Assert.Empty(a["problems"]!.AsArray()));
        Assert.All(broken, a => Assert.Equal(
            ["expired", "hostname_mismatch"],
            a["problems"]!.AsArray().Select(p => (string?)p!["code"]).Order()));
    }

    [Fact]
    public async Task Demo_ConsoleReport_IntroducesTheServersThenReportsEach()
    {
        var run = await CliRun.RunAsync("demo");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("three TLS servers started", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 targets in", run.Out, StringComparison.Ordinal);
        Assert.Contains("TLS_RSA_WITH_RC4_128_SHA", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_StdoutFails_ExitsFourWithOneLine()
    {
        var run = await CliRun.RunAsync(new FailingWriter(new IOException("Broken pipe")), "scan", ClosedPort);

        Assert.Equal(ExitCodes.OutputError, run.ExitCode);
        Assert.Equal(["tlsdoctor: cannot write output: Broken pipe"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_UnexpectedException_ExitsSeventyWithOneLineNoStackTrace()
    {
        var run = await CliRun.RunAsync(new FailingWriter(new InvalidOperationException("boom")), "scan", ClosedPort);

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(["tlsdoctor: internal error: boom"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_UnexpectedExceptionWithMultilineMessage_StillOneLine()
    {
        var run = await CliRun.RunAsync(new FailingWriter(new InvalidOperationException("first\nsecond")), "scan", ClosedPort);

        Assert.Equal(["tlsdoctor: internal error: first second"], run.ErrorLines);
    }

    [Fact]
    public async Task Scan_UnexpectedExceptionWithDebug_ShowsStackTrace()
    {
        var stderr = new StringWriter();
        var env = new CliEnvironment(new FailingWriter(new InvalidOperationException("boom")), stderr)
        {
            GetVariable = name => name == "TLSDOCTOR_DEBUG" ? "1" : null,
        };

        var code = await CliApp.RunAsync(["scan", ClosedPort], env);

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains(" at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Cancelled_ExitsOneThirty()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["scan", ClosedPort], new CliEnvironment(new StringWriter(), stderr) { GetVariable = _ => null }, cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("tlsdoctor: cancelled", stderr.ToString().Trim());
    }

    [Fact]
    public async Task Scan_JsonToStdout_OnlyJsonThatValidates()
    {
        var run = await CliRun.RunAsync("scan", ClosedPort, "--json", "-");

        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("unreachable", (string?)JsonNode.Parse(run.Out)!["targets"]![0]!["outcome"]);
    }

    private sealed class FailingWriter(Exception exception) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw exception;

        public override void Write(string? value) => throw exception;

        public override string ToString() => "";
    }
}
