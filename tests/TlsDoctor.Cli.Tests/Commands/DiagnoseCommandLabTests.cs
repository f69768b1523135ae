using System.Text.Json;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor diagnose` against the test kit's real servers: exit codes and the JSON schema.</summary>
[Collection(LabServers.CollectionName)]
public sealed class DiagnoseCommandLabTests(LabServers lab)
{
    private Task<CliRun> DiagnoseAsync(string target, params string[] more) =>
        CliRun.RunAsync(["diagnose", $"127.0.0.1:{lab.Get(target).Port}", "--sni", "localhost", "--ca-file", lab.RootCaPath,
            "--connect-timeout", "2", "--read-timeout", "2", .. more]);

    [Fact]
    public async Task Diagnose_HealthyServerForChrome_ExitsZeroWithNoProblem()
    {
        var run = await DiagnoseAsync("nginx-modern", "--client", "chrome-131");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("No problem for this client: Chrome", run.Out, StringComparison.Ordinal);
        Assert.Contains("✓ protocol version", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_WeakKeyServerWithoutClient_DefaultClientConnectsAndTheClientsItBreaksAreNamed()
    {
        var run = await DiagnoseAsync("s_server-rsa1024");

        Assert.Equal(ExitCodes.Ok, run.ExitCode); // Chrome really accepts an RSA-1024 leaf (see RealClients)
        Assert.Contains("No problem for this client: Chrome", run.Out, StringComparison.Ordinal);
        var line = Assert.Single(run.Out.Split('\n'), l => l.TrimStart().StartsWith("certificate_key_too_small:", StringComparison.Ordinal));
        Assert.Contains("openssl-3.0-debian12", line, StringComparison.Ordinal);
        Assert.Contains("python-3.11", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_Java8AgainstTls13Only_ExitsEightWithRootCauseFirst()
    {
        var run = await DiagnoseAsync("nginx-modern", "--client", "java-8u161");

        Assert.Equal(ExitCodes.ClientCannotConnect, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("Root cause [protocol_mismatch]: Java 8u161 cannot connect", lines[1], StringComparison.Ordinal);
        Assert.Contains("nginx: ssl_protocols TLSv1.2 TLSv1.3;", run.Out, StringComparison.Ordinal);
        Assert.Contains("✗ protocol version", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_PlainHttpPort_ExitsOneWithNotTlsAsRootCause()
    {
        var run = await DiagnoseAsync("nginx-plain-http");

        Assert.Equal(ExitCodes.NotTls, run.ExitCode);
        Assert.Contains("Root cause [not_tls]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_ClosedPort_ExitsThreeWithRefusedAsRootCause()
    {
        var run = await DiagnoseAsync("closed");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Contains("Root cause [connection_refused]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_ExpiredServerWithoutClient_TableThenDefaultDiagnosisAndValidJson()
    {
        var run = await DiagnoseAsync("nginx-expired", "--json", "-");

        Assert.Equal(ExitCodes.ClientCannotConnect, run.ExitCode);
        var (valid, errors) = SchemaValidator.ValidateDiagnose(run.Out);
        Assert.True(valid, errors);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("chrome-131", root.GetProperty("client").GetProperty("id").GetString());
        Assert.False(root.GetProperty("client").GetProperty("chosen").GetBoolean());
        Assert.Equal("certificate_expired", root.GetProperty("rootCause").GetProperty("cause").GetString());
        Assert.True(root.GetProperty("compatibility").GetArrayLength() > 10);
    }

    [Fact]
    public async Task Diagnose_WhatIfOnOldServer_ListsTheClientsThatLoseAccessInConsoleAndJson()
    {
        var console = await DiagnoseAsync("s_server-old", "--what-if", "disable TLSv1.0,TLSv1.1");
        var json = await DiagnoseAsync("s_server-old", "--what-if", "disable TLSv1.0,TLSv1.1", "--json", "-");

        Assert.Equal(ExitCodes.Ok, console.ExitCode);
        Assert.Contains("What if: disable TLSv1.0,TLSv1.1", console.Out, StringComparison.Ordinal);
        Assert.Contains("loses access: java-7u25", console.Out, StringComparison.Ordinal);
        var (valid, errors) = SchemaValidator.ValidateDiagnose(json.Out);
        Assert.True(valid, errors);
        using var doc = JsonDocument.Parse(json.Out);
        var lost = doc.RootElement.GetProperty("whatIf").GetProperty("lost").EnumerateArray().Select(r => r.GetProperty("client").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["android-4.4.2", "dotnet-45-win7", "java-7u25"], lost);
    }

    [Fact]
    public async Task Diagnose_HealthyServerWithJsonFile_ValidatesAndStillPrintsTheReport()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "d.json");

        var run = await DiagnoseAsync("nginx-intermediate", "--client", "java-17", "--json", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("No problem for this client", run.Out, StringComparison.Ordinal);
        var (valid, errors) = SchemaValidator.ValidateDiagnose(await File.ReadAllTextAsync(path));
        Assert.True(valid, errors);
    }
}
