namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`tlsdoctor diagnose` usage errors and help: nothing is scanned.</summary>
public sealed class DiagnoseCommandTests
{
    [Fact]
    public async Task Diagnose_UnknownClient_UsageListingTheKnownIds()
    {
        var run = await CliRun.RunAsync("diagnose", "127.0.0.1:1", "--client", "netscape-4");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("unknown client 'netscape-4'; known clients: chrome-131,", line, StringComparison.Ordinal);
        Assert.Contains("java-8u161", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_BadClientSpecYaml_UsageWithItsOneLineError()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "client.yaml");
        await File.WriteAllTextAsync(path, "id: acme\nname: Acme\nversions: [TLSv9]\ncipher_suites: [TLS_AES_128_GCM_SHA256]\n");

        var run = await CliRun.RunAsync("diagnose", "127.0.0.1:1", "--client-spec", path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("unknown protocol version 'TLSv9'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_BadWhatIf_Usage()
    {
        var run = await CliRun.RunAsync("diagnose", "127.0.0.1:1", "--what-if", "disable TLSv9");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("is not a protocol version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_ClientAndClientSpec_Usage() =>
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("diagnose", "127.0.0.1:1", "--client", "chrome-131", "--client-spec", "x.yaml")).ExitCode);

    [Fact]
    public async Task Diagnose_Help_ListsTheDiagnoseExitCodes()
    {
        var run = await CliRun.RunAsync("diagnose", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("  8    the client cannot connect", run.Out, StringComparison.Ordinal);
    }
}
