using System.CommandLine;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Cli.Commands;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Tests.Commands;

/// <summary>`scan`'s audit flags as they reach <see cref="ScanOptions"/> and the runner's settings.</summary>
public sealed class ScanAuditOptionsTests
{
    private static (ScanAuditOptions Audit, ParseResult Parse) Parse(params string[] args)
    {
        var audit = new ScanAuditOptions();
        var command = new Command("scan");
        audit.AddTo(command);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors.Select(e => e.Message));
        return (audit, parse);
    }

    [Fact]
    public void Apply_NoFlags_DefaultOptionsUnchanged()
    {
        var (audit, parse) = Parse();

        Assert.Equal(ScanOptions.Default, audit.Apply(parse, ScanOptions.Default));
        Assert.Empty(audit.Policies(parse));
        Assert.Null(audit.FailOnGrade(parse));
    }

    [Fact]
    public void Apply_ChecksHttpPortPeersAndRobotQueries_SetOnScanOptions()
    {
        var (audit, parse) = Parse(
            "--checks", "heartbleed,ROBOT", "--checks", "rc4", "--http-port", "8080",
            "--drown-peer", "mail.example:465", "--drown-peer", "[::1]:25", "--robot-max-queries", "5");

        var options = audit.Apply(parse, ScanOptions.Default);

        Assert.True(options.CheckVulnerabilities);
        Assert.Equal(new SortedSet<string>(["heartbleed", "rc4", "robot"], StringComparer.Ordinal), new SortedSet<string>(options.OnlyVulnerabilities!, StringComparer.Ordinal));
        Assert.Equal(HttpProbeMode.Auto, options.Http);
        Assert.Equal(8080, options.PlainHttpPort);
        Assert.Equal([new ScanTarget("mail.example", 465, "mail.example"), new ScanTarget("::1", 25, null)], options.SslV2Peers);
        Assert.Equal(5, options.RobotMaxQueries);
    }

    [Fact]
    public void Apply_NoChecksNoHttp_ChecksOffAndHttpOff()
    {
        var (audit, parse) = Parse("--no-checks", "--no-http");

        var options = audit.Apply(parse, ScanOptions.Default);

        Assert.False(options.CheckVulnerabilities);
        Assert.Null(options.OnlyVulnerabilities);
        Assert.Equal(HttpProbeMode.Off, options.Http);
    }

    [Theory]
    [InlineData("a+", Grade.APlus)]
    [InlineData("A-", Grade.AMinus)]
    [InlineData("c", Grade.C)]
    public void Policies_RepeatedWithFailOnGrade_InOrderAndLetterParsed(string letter, Grade expected)
    {
        var (audit, parse) = Parse("--policy", "mozilla-old", "--policy", "./corp.yaml", "--fail-on-grade", letter);

        Assert.Equal(["mozilla-old", "./corp.yaml"], audit.Policies(parse));
        Assert.Equal(expected, audit.FailOnGrade(parse));
    }
}
