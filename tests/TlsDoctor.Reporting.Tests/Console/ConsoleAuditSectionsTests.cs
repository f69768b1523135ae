using TlsDoctor.Reporting.Console;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Reporting.Tests.Console;

/// <summary>The audit sections of the console report: vulnerabilities, HTTP, grade, policies.</summary>
public sealed class ConsoleAuditSectionsTests
{
    private static string Render(ServerScanResult target, TargetAssessment? assessment = null, ConsoleReportOptions? options = null)
    {
        var output = new StringWriter();
        new ConsoleReportWriter(options).Write(SampleAudit.Report(target, assessment), output);
        return output.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string LineWith(string text, string needle) =>
        Lines(text).FirstOrDefault(l => l.Contains(needle, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"no line contains '{needle}' in:\n{text}");

    private static int IndexOfLine(string text, string line) => Array.IndexOf(Lines(text), line);

    [Fact]
    public void Write_Vulnerabilities_OneRowPerCheckWithCveStatusAndEvidence()
    {
        var text = Render(SampleAudit.Audited());

        Assert.Contains("Vulnerabilities", Lines(text));
        Assert.Matches(@"│ Heartbleed\s+│ CVE-2014-0160\s+│ vulnerable \(critical\)\s+│ a heartbeat claiming 16384 bytes", LineWith(text, "│ Heartbleed "));
        Assert.Matches(@"│ BREACH\s+│ CVE-2013-3587\s+│ potentially vulnerable \(medium\)\s+│ ""/"" is served with", LineWith(text, "│ BREACH "));
        Assert.Matches(@"│ POODLE \(SSLv3\)\s+│ CVE-2014-3566\s+│ not vulnerable\s+│ SSLv3 is not offered", LineWith(text, "│ POODLE"));
        Assert.Matches(@"│ ROBOT\s+│ CVE-2017-13099\s+│ unknown\s+│ the server reset 3 of 4", LineWith(text, "│ ROBOT "));
        Assert.Matches(@"│ DROWN\s+│ CVE-2016-0800\s+│ not applicable\s+│ no --drown-peer given", LineWith(text, "│ DROWN "));
    }

    [Fact]
    public void Write_Vulnerabilities_FixAndSourceOnlyForWhatWasFound()
    {
        var text = Render(SampleAudit.Audited());

        Assert.Contains("✗ Heartbleed: fix: upgrade OpenSSL to 1.0.1g or later and replace the private key", text, StringComparison.Ordinal);
        Assert.Contains("✗ BREACH: fix: do not compress responses", text, StringComparison.Ordinal);
        Assert.Contains("source: https://heartbleed.com/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("disable SSL 3.0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("disable RSA key exchange", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoVulnerabilities_NoSection()
    {
        var text = Render(SampleResults.Completed());

        Assert.DoesNotContain("Vulnerabilities", Lines(text));
        Assert.DoesNotContain("HTTP", Lines(text));
        Assert.DoesNotContain("Grade", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ColorOn_StatusColours()
    {
        var text = Render(SampleAudit.Audited(), options: new ConsoleReportOptions { Color = true });

        // SGR 31/91 red, 33/93 yellow, 32/92 green, 2 dim.
        Assert.Matches("\u001b\\[(31|91)mvulnerable \\(critical\\)", text);
        Assert.Matches("\u001b\\[(33|93)mpotentially vulnerable", text);
        Assert.Matches("\u001b\\[(32|92)mnot vulnerable", text);
        Assert.Matches("\u001b\\[2munknown", text);
    }

    [Fact]
    public void Write_Http_StatusHstsCompressionServerRedirectHeadersCookies()
    {
        var text = Render(SampleAudit.Audited());

        Assert.Contains(Lines(text), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  Status\s+200$"));
        Assert.Matches(@"HSTS\s+max-age=86400 \(1 day\), includeSubDomains$", LineWith(text, "max-age=86400 ("));
        Assert.Contains("✗ max-age is 1 day, shorter than 180 days", text, StringComparison.Ordinal);
        Assert.Matches(@"Compression\s+gzip \(a BREACH precondition", LineWith(text, "Compression"));
        Assert.Matches(@"Server\s+nginx/1\.22\.1", LineWith(text, "nginx/1.22.1"));
        Assert.Matches(@"Redirect\s+→ https://example\.test/login", LineWith(text, "Redirect"));
        Assert.Matches(@"HTTP port 80\s+301 → https://example\.test/ \(redirects to HTTPS\)", LineWith(text, "HTTP port 80"));
        Assert.Matches(@"│ Content-Security-Policy\s+│ \(absent\)\s+│ missing\s+│", LineWith(text, "Content-Security-Policy"));
        Assert.Matches(@"│ X-Content-Type-Options\s+│ nosniff\s+│ good\s+│", LineWith(text, "X-Content-Type-Options"));
        Assert.Matches(@"Cookie session\s+Secure no, HttpOnly yes, SameSite Lax", LineWith(text, "Cookie session"));
    }

    [Fact]
    public void Write_HttpMissingHsts_SaysMissing()
    {
        var text = Render(SampleAudit.Audited() with { Http = SampleAudit.Http() with { Hsts = null } });

        Assert.Matches(@"^  HSTS\s+missing$", LineWith(text, "HSTS "));
    }

    [Fact]
    public void Write_NotHttp_OneLineWithReason()
    {
        var text = Render(SampleAudit.Audited() with { Http = SampleAudit.NotHttp() });

        Assert.Equal("  not HTTP: no reply to our hello (read timed out): no reply in 5 s", LineWith(text, "not HTTP"));
    }

    [Fact]
    public void Write_ServerHeaderWithControlCharacters_ShownAsEscapes()
    {
        var http = SampleAudit.Http() with { Server = "evil\u001b[2J", Location = "https://x/\u0007" };

        var text = Render(SampleAudit.Audited() with { Http = http });

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("evil\\x1b[2J", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Grade_LetterScorePartsCapsLiftAndNotChecked()
    {
        var text = Render(SampleResults.Completed(), SampleAudit.Assessment());

        Assert.Contains("Grade C", Lines(text));
        Assert.Contains("  score 89: protocol 95, key exchange 90, cipher 80; the score alone gives A", Lines(text));
        Assert.Contains("  ✗ rc4 → C: RC4 accepted with TLS 1.1+: RC4-SHA", Lines(text));
        Assert.Contains("    fix: remove RC4 suites (OpenSSL cipher string: add !RC4)", Lines(text));
        Assert.Contains("    source: https://github.com/ssllabs/research/wiki/SSL-Server-Rating-Guide", Lines(text));
        Assert.Contains("  ✗ tls10_tls11 → B: the server accepts TLSv1.0", Lines(text));
        var lift = IndexOfLine(text, "  What would lift it:");
        Assert.Equal("    · remove RC4 suites (OpenSSL cipher string: add !RC4)", Lines(text)[lift + 1]);
        Assert.Equal("    · disable TLS 1.0 and 1.1", Lines(text)[lift + 2]);
        Assert.Contains("    · HSTS not checked: A+ is never given", Lines(text));
    }

    [Theory]
    [InlineData(Analysis.Grading.Grade.APlus, "A+", "32|92")]
    [InlineData(Analysis.Grading.Grade.AMinus, "A-", "32|92")]
    [InlineData(Analysis.Grading.Grade.B, "B", "33|93")]
    [InlineData(Analysis.Grading.Grade.F, "F", "31|91")]
    [InlineData(Analysis.Grading.Grade.T, "T", "31|91")]
    public void Write_GradeColorOn_LetterBoldInItsColour(Analysis.Grading.Grade letter, string shown, string sgr)
    {
        var assessment = new TargetAssessment(SampleAudit.Grade() with { Letter = letter }, []);

        var text = Render(SampleResults.Completed(), assessment, new ConsoleReportOptions { Color = true });

        Assert.Matches($"\u001b\\[1;({sgr})m{System.Text.RegularExpressions.Regex.Escape(shown)}\u001b\\[0m", text);
    }

    [Fact]
    public void Write_Policies_FailWithEveryDeviationThenPass()
    {
        var text = Render(SampleResults.Completed(), SampleAudit.Assessment());

        var fail = IndexOfLine(text, "Policy Mozilla intermediate 6.0: FAIL");
        Assert.True(fail > IndexOfLine(text, "Grade C"), text);
        Assert.Equal("  ✗ protocol_offered: SSLv3 is offered; the profile allows TLSv1.2, TLSv1.3", Lines(text)[fail + 1]);
        Assert.Equal("  ✗ cipher_suite: TLSv1.2 accepts TLS_RSA_WITH_RC4_128_SHA, not in the profile", Lines(text)[fail + 2]);
        Assert.Equal("  Not checked:", Lines(text)[fail + 3]);
        Assert.Equal("    · HSTS: not checked by this scan", Lines(text)[fail + 4]);
        Assert.Equal("  Notes:", Lines(text)[fail + 5]);
        Assert.Contains("Policy Mozilla old 5.7: PASS", Lines(text));
    }

    [Fact]
    public void Write_AuditSections_AfterCertificatesAndBeforeProbeFailures()
    {
        var text = Render(SampleAudit.Audited(), SampleAudit.Assessment());

        int[] order =
        [
            IndexOfLine(text, "Features"),
            IndexOfLine(text, "Vulnerabilities"),
            IndexOfLine(text, "HTTP"),
            IndexOfLine(text, "Grade C"),
            IndexOfLine(text, "Policy Mozilla intermediate 6.0: FAIL"),
            IndexOfLine(text, "Probe failures"),
        ];
        Assert.All(order, i => Assert.True(i >= 0, text));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Write_Width120_NoLineWiderAndNoEscapesWithoutColour()
    {
        var text = Render(SampleAudit.Audited(), SampleAudit.Assessment(), new ConsoleReportOptions { Width = 120 });

        Assert.All(Lines(text), l => Assert.True(l.Length <= 120, $"{l.Length} columns: {l}"));
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("vulnerable (critical)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FailedTargetWithAssessment_StillOneLine()
    {
        var output = new StringWriter();
        var report = SampleResults.Report(SampleResults.Unreachable()) with { Assessments = [new TargetAssessment(null, [])] };

        new ConsoleReportWriter().Write(report, output);

        Assert.Equal("nowhere.invalid:443 — unreachable: the name did not resolve: no such host", output.ToString().Trim());
    }

    [Fact]
    public void HstsText_SwitchedOff_NotInEffect()
    {
        var (text, _) = HttpSection.HstsText(new HstsPolicy("max-age=0", 0, false, false, ["max-age=0 switches HSTS off"]));

        Assert.Equal("max-age=0 (0 days) — not in effect", text);
    }

    [Fact]
    public void Write_SeveralTargetsWithAssessments_OneVerdictLineEachBeforeTheSummary()
    {
        var output = new StringWriter();
        var report = SampleResults.Report(SampleResults.Completed(), SampleResults.Unreachable()) with
        {
            Assessments = [SampleAudit.Assessment(), new TargetAssessment(null, [])],
        };

        new ConsoleReportWriter().Write(report, output);

        var lines = Lines(output.ToString()).Where(l => l.Length > 0).ToArray();
        Assert.Equal("2 targets in 1.23 s: 1 completed, 1 unreachable", lines[^1]);
        Assert.Matches(@"^example\.test:443\s+grade C\s+Mozilla intermediate 6\.0 FAIL, Mozilla old 5\.7 PASS$", lines[^2]);
        Assert.DoesNotContain(lines, l => l.StartsWith("nowhere.invalid:443 ", StringComparison.Ordinal) && l.Contains("grade", StringComparison.Ordinal));
    }
}
