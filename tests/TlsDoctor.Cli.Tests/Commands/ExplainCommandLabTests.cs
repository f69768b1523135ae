using System.Text.Json;
using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor explain --target` against the test kit's real servers: the likely cause is confirmed on the wire.</summary>
[Collection(LabServers.CollectionName)]
public sealed class ExplainCommandLabTests(LabServers lab)
{
    [Fact]
    public async Task Explain_JavaHostnameErrorAgainstWrongHostServer_ConfirmsHostnameMismatch()
    {
        var target = lab.Get("nginx-wronghost");

        var run = await CliRun.RunAsync("explain", "java.security.cert.CertificateException: No subject alternative DNS name matching localhost found.",
            "--target", $"127.0.0.1:{target.Port}", "--sni", "localhost", "--ca-file", lab.RootCaPath);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("confirmed    hostname_mismatch", run.Out, StringComparison.Ordinal);
        var conclusion = run.Out.Split('\n').Single(l => l.StartsWith("Confirmed: ", StringComparison.Ordinal));
        Assert.Contains("wrong.example", conclusion, StringComparison.Ordinal);
        Assert.Contains("Fix: ", conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_CurlWrongVersionAgainstPlainHttpPort_ConfirmsNotTls()
    {
        var target = lab.Get("nginx-plain-http");

        var run = await CliRun.RunAsync("explain", "(35) error:0A00010B:SSL routines::wrong version number",
            "--target", $"127.0.0.1:{target.Port}", "--read-timeout", "2", "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var (valid, errors) = SchemaValidator.ValidateExplain(run.Out);
        Assert.True(valid, errors);
        using var doc = JsonDocument.Parse(run.Out);
        var scan = doc.RootElement.GetProperty("target");
        Assert.Equal("not_tls", scan.GetProperty("outcome").GetString());
        Assert.Equal(["not_tls"], scan.GetProperty("confirmed").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("Confirmed: the port does not speak TLS", scan.GetProperty("conclusion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_AgainstClosedPort_ReportsRefusedAsCauseAndExitsZero()
    {
        var target = lab.Targets.Single(t => t.Behaviour == LabBehaviours.Closed);

        var run = await CliRun.RunAsync("explain", "x509: certificate signed by unknown authority",
            "--target", $"127.0.0.1:{target.Port}", "--connect-timeout", "1");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("confirmed    connection_refused", run.Out, StringComparison.Ordinal);
    }
}
