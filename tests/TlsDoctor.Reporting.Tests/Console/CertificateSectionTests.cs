using TlsDoctor.Certificates.Problems;
using TlsDoctor.Reporting.Console;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;

namespace TlsDoctor.Reporting.Tests.Console;

/// <summary>The chain's diagnosis in the scan report: verdict, problems with fixes, identical chains shown once.</summary>
public sealed class CertificateSectionTests
{
    private static string Render(ServerScanResult result, bool color = false)
    {
        var output = new StringWriter();
        new ConsoleReportWriter(new ConsoleReportOptions { Color = color }).Write(SampleResults.Report(result), output);
        return output.ToString();
    }

    private static string[] Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd())];

    private static int IndexOf(string[] lines, string needle) =>
        Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal)) is var i and >= 0
            ? i
            : throw new Xunit.Sdk.XunitException($"no line contains '{needle}' in:\n{string.Join('\n', lines)}");

    [Fact]
    public async Task Write_ExpiredWrongHostChain_VerdictThenEachProblemWithItsFixUnderIt()
    {
        var lines = Lines(Render(await SampleResults.AnalysedAsync()));

        var verdict = lines[IndexOf(lines, "BROKEN: ")];
        Assert.Equal("  BROKEN: the leaf 'CN=wrong.example' expired 3 days ago (2026-11-23) (also: hostname_mismatch)", verdict);
        Assert.Equal("  checked against test root file (1 certificate)", lines[IndexOf(lines, "BROKEN: ") + 1]);

        var expired = IndexOf(lines, "✗ expired: ");
        Assert.Equal("  ✗ expired: the leaf 'CN=wrong.example' expired 3 days ago (2026-11-23)", lines[expired]);
        Assert.StartsWith("    fix: renew: expired 3 days ago (2026-11-23); install the renewed certificate", lines[expired + 1], StringComparison.Ordinal);

        var mismatch = IndexOf(lines, "✗ hostname_mismatch: ");
        Assert.Contains("example.test", lines[mismatch], StringComparison.Ordinal);
        Assert.StartsWith("    fix: ", lines[mismatch + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_SameChainWithAndWithoutSniOverTwoProtocols_ShownOnceWithNote()
    {
        var text = Render(await SampleResults.AnalysedAsync());

        Assert.Single(Lines(text), l => l.Contains("ECDSA chain", StringComparison.Ordinal));
        Assert.Contains("ECDSA chain: 1 certificate (same chain with SNI and without; TLSv1.2 and TLSv1.3)", text, StringComparison.Ordinal);
        Assert.Single(Lines(text), l => l.Contains("✗ expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_ChainsWithDifferentAnalyses_ShownSeparately()
    {
        var result = await SampleResults.AnalysedAsync();
        var chains = result.Certificates!.Chains;
        var other = chains[2] with { Analysis = chains[2].Analysis! with { Problems = [], Verdict = "OK: different" } };

        var text = Render(result with { Certificates = new CertificateChainResult([chains[0], chains[1], other]) });

        Assert.Contains("ECDSA chain: 1 certificate (same chain in TLSv1.2 and TLSv1.3)", text, StringComparison.Ordinal);
        Assert.Contains("ECDSA chain (no SNI, TLSv1.3): 1 certificate", text, StringComparison.Ordinal);
        Assert.Contains("  OK: different", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ColorOn_BrokenVerdictRedAndProblemMarkRed()
    {
        var text = Render(await SampleResults.AnalysedAsync(), color: true);

        // SGR 31 is red in the standard palette; 91 its bright variant.
        Assert.Matches("\u001b\\[(31|91)m  BROKEN: ", text);
        Assert.Matches("\u001b\\[(31|91)m✗", text);
    }

    [Fact]
    public async Task Write_ColorOn_WarningsOnlyYellowAndAdviceDim()
    {
        var result = await SampleResults.AnalysedAsync();
        var analysis = result.Certificates!.Chains[0].Analysis!;
        var warned = analysis with
        {
            Verdict = "WARNING: expires soon",
            Problems =
            [
                new CertificateProblem("expires_soon", Severity.Warning, "the leaf expires in 20 days", "notAfter …", "renew"),
                new CertificateProblem("lifetime_limit_coming", Severity.Info, "a shorter limit is coming", "…", "plan for it"),
            ],
        };
        var chain = result.Certificates.Chains[0] with { Analysis = warned };

        var text = Render(result with { Certificates = new CertificateChainResult([chain]) }, color: true);

        Assert.Matches("\u001b\\[(33|93)m  WARNING: expires soon", text);
        Assert.Matches("\u001b\\[(33|93)m✗", text);
        Assert.Matches("\u001b\\[2m·", text);
        Assert.Matches("\u001b\\[2mfix: plan for it", text);
    }

    [Fact]
    public async Task Write_InfoProblem_AdviceMarkNotCross()
    {
        var result = await SampleResults.AnalysedAsync();
        var chain = result.Certificates!.Chains[0];
        var advice = chain with
        {
            Analysis = chain.Analysis! with
            {
                Verdict = "OK: fine",
                Problems = [new CertificateProblem("lifetime_limit_coming", Severity.Info, "a shorter limit is coming", "…", "plan for it")],
            },
        };

        var lines = Lines(Render(result with { Certificates = new CertificateChainResult([advice]) }));

        Assert.Equal("  · lifetime_limit_coming: a shorter limit is coming", lines[IndexOf(lines, "lifetime_limit_coming")]);
        Assert.DoesNotContain(lines, l => l.Contains('✗', StringComparison.Ordinal));
    }
}
