using System.Text.Json;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor explain` without a target: recognised, unknown and empty text; JSON and its schema.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_WrongVersionNumber_ExitsZeroNamingNotTlsFirst()
    {
        var run = await CliRun.RunAsync("explain", "error:0A00010B:SSL routines::wrong version number");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Printed by: OpenSSL", run.Out, StringComparison.Ordinal);
        Assert.Contains("1. the port does not speak TLS [not_tls]", run.Out, StringComparison.Ordinal);
        Assert.Contains("Check: what the port answers to a ClientHello", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Explain_UnquotedWords_AreJoined()
    {
        var run = await CliRun.RunAsync("explain", "wrong", "version", "number");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("SSL_R_WRONG_VERSION_NUMBER", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Explain_EmptyText_ExitsTwo(string text)
    {
        var run = await CliRun.RunAsync("explain", text);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("tlsdoctor: no error text", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_NoText_ExitsTwo()
    {
        var run = await CliRun.RunAsync("explain");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Explain_UnknownText_ExitsSevenWithDiagnoseHint()
    {
        var run = await CliRun.RunAsync("explain", "the build failed: missing semicolon");

        Assert.Equal(ExitCodes.NoKnownError, run.ExitCode);
        Assert.Contains("no known TLS error in this text", run.Out, StringComparison.Ordinal);
        Assert.Contains("tlsdoctor diagnose", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_SniWithoutTarget_ExitsTwo()
    {
        var run = await CliRun.RunAsync("explain", "wrong version number", "--sni", "localhost");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("need --target", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnreadableCaFile_ExitsTwoNamingTheFile()
    {
        var run = await CliRun.RunAsync("explain", "x509: certificate signed by unknown authority",
            "--target", "127.0.0.1:1", "--ca-file", "/nonexistent/root.pem");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("tlsdoctor: --ca-file '/nonexistent/root.pem'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_TargetWithBadPort_ExitsTwo()
    {
        var run = await CliRun.RunAsync("explain", "wrong version number", "--target", "localhost:99999");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("the port must be a number from 1 to 65535", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Json_WritesSchemaValidObjectWithCauses()
    {
        var run = await CliRun.RunAsync("explain", "curl: (60) SSL certificate problem: unable to get local issuer certificate", "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var (valid, errors) = SchemaValidator.ValidateExplain(run.Out);
        Assert.True(valid, errors);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("curl", doc.RootElement.GetProperty("family").GetString());
        Assert.Equal("unknown_issuer", doc.RootElement.GetProperty("causes")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("target").ValueKind);
    }

    [Fact]
    public async Task Explain_UnknownTextAsJson_SchemaValidWithHintAndExitsSeven()
    {
        var run = await CliRun.RunAsync("explain", "hello", "--json");

        Assert.Equal(ExitCodes.NoKnownError, run.ExitCode);
        var (valid, errors) = SchemaValidator.ValidateExplain(run.Out);
        Assert.True(valid, errors);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.False(doc.RootElement.GetProperty("known").GetBoolean());
        Assert.Contains("diagnose", doc.RootElement.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsExplainAndExitCodeSeven()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Contains("explain", run.Out, StringComparison.Ordinal);
        Assert.Contains("7    explain only: no known TLS error in the text", run.Out, StringComparison.Ordinal);
    }
}
