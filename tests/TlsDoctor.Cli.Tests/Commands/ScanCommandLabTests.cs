using System.Text.Json;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor scan` end to end against the test kit's real servers: exit codes, one-line causes, JSON.</summary>
[Collection(LabServers.CollectionName)]
public sealed class ScanCommandLabTests(LabServers lab)
{
    [Theory]
    [InlineData(LabBehaviours.Echo, ExitCodes.NotTls, "not TLS: the service echoed our ClientHello back")]
    [InlineData(LabBehaviours.Http, ExitCodes.NotTls, "not TLS: the service answered with plain HTTP")]
    [InlineData(LabBehaviours.Banner, ExitCodes.NotTls, "this port needs STARTTLS")]
    [InlineData(LabBehaviours.Silent, ExitCodes.NotTls, "no answer within 1 s")]
    [InlineData(LabBehaviours.Closed, ExitCodes.Unreachable, "connection refused")]
    public async Task Scan_NonTlsLabPort_NonZeroExitAndOneLineCauseWithoutStackTrace(string behaviour, int exitCode, string cause)
    {
        var target = lab.Targets.Single(t => t.Behaviour == behaviour);

        var run = await CliRun.RunAsync("scan", $"127.0.0.1:{target.Port}", "--read-timeout", "1", "--connect-timeout", "1");

        Assert.Equal(exitCode, run.ExitCode);
        var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(cause, StringComparison.Ordinal));
        Assert.StartsWith($"127.0.0.1:{target.Port}", line.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TlsLabPortWithJsonToStdout_ExitsZeroAndWritesOnlyJson()
    {
        var target = lab.Get("s_server-tls12-tiny");

        var run = await CliRun.RunAsync("scan", $"127.0.0.1:{target.Port}", "--sni", "localhost", "--json", "-");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var t = doc.RootElement.GetProperty("targets")[0];
        Assert.Equal("completed", t.GetProperty("outcome").GetString());
        Assert.True(t.GetProperty("protocols").GetProperty("TLSv1.2").GetBoolean());
        var suites = t.GetProperty("ciphers").GetProperty("TLSv1.2");
        Assert.Equal("server", suites.GetProperty("order").GetString());
        string[] expected = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA"];
        Assert.Equal(expected, suites.GetProperty("suites").EnumerateArray().Select(s => s.GetProperty("iana").GetString() ?? "").ToArray());
        Assert.Equal("ECDHE-RSA-AES256-GCM-SHA384", suites.GetProperty("suites")[0].GetProperty("openssl").GetString());
        var (valid, errors) = SchemaValidator.Validate(run.Out);
        Assert.True(valid, errors);
    }
}
