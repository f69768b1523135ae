using System.Text.Json.Nodes;
using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Reporting.Json;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Reporting.Tests.Json;

/// <summary>The audit keys of each target in the JSON: http, vulnerabilities, grade, compliance.</summary>
public sealed class JsonReportWriterAuditTests
{
    private static string Render(ScanReport report)
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(report, output);
        return output.ToString();
    }

    private static string RenderAudited() => Render(SampleAudit.Report(SampleAudit.Audited(), SampleAudit.Assessment()));

    private static JsonNode Target(string json, int index = 0) => JsonNode.Parse(json)!["targets"]![index]!;

    private static void AssertValid(string json)
    {
        var (valid, errors) = SchemaValidator.Validate(json);
        Assert.True(valid, errors);
    }

    [Fact]
    public void Write_AuditedWithAssessment_ValidatesAgainstSchema() => AssertValid(RenderAudited());

    [Fact]
    public void Write_NotHttp_ValidatesWithErrorObject()
    {
        var json = Render(SampleAudit.Report(SampleAudit.Audited() with { Http = SampleAudit.NotHttp() }, null));

        AssertValid(json);
        var http = Target(json)["http"]!;
        Assert.False((bool?)http["isHttp"]);
        Assert.Equal("read_timeout", (string?)http["error"]!["kind"]);
        Assert.Null(http["hsts"]);
        Assert.Null(http["plainHttp"]);
        Assert.Empty(http["securityHeaders"]!.AsArray());
    }

    [Fact]
    public void Write_NoAuditData_HttpAndGradeNullListsEmpty()
    {
        var json = Render(SampleResults.Report(SampleResults.Completed(), SampleResults.Unreachable()));

        AssertValid(json);
        foreach (var i in new[] { 0, 1 })
        {
            var target = Target(json, i).AsObject();
            Assert.True(target.ContainsKey("http") && target["http"] is null);
            Assert.True(target.ContainsKey("grade") && target["grade"] is null);
            Assert.Empty(target["vulnerabilities"]!.AsArray());
            Assert.Empty(target["compliance"]!.AsArray());
        }
    }

    [Fact]
    public void Write_Vulnerabilities_EveryFieldWithSnakeCaseStatusAndSeverity()
    {
        var list = Target(RenderAudited())["vulnerabilities"]!.AsArray();

        Assert.Equal(["heartbleed", "breach", "poodle", "robot", "drown"], list.Select(v => (string?)v!["id"]));
        Assert.Equal(["vulnerable", "potentially_vulnerable", "not_vulnerable", "unknown", "not_applicable"], list.Select(v => (string?)v!["status"]));
        var heartbleed = list[0]!;
        Assert.Equal("Heartbleed", (string?)heartbleed["name"]);
        Assert.Equal(["CVE-2014-0160"], heartbleed["cves"]!.AsArray().Select(c => (string?)c));
        Assert.Equal("critical", (string?)heartbleed["severity"]);
        Assert.StartsWith("a heartbeat claiming 16384 bytes", (string?)heartbleed["evidence"], StringComparison.Ordinal);
        Assert.Equal(SampleAudit.Heartbleed.Fix, (string?)heartbleed["fix"]);
        Assert.Equal("https://heartbleed.com/", (string?)heartbleed["source"]);
        Assert.Equal(1, (int?)heartbleed["connections"]);
        Assert.Equal(2, list[3]!["cves"]!.AsArray().Count);
    }

    [Fact]
    public void Write_EveryVulnerabilityStatusAndSeverity_ValidatesAgainstSchema()
    {
        // The schema enumerates statuses and severities: a value added to the model must be added there too.
        var results = Enum.GetValues<VulnerabilityStatus>().SelectMany(status => Enum.GetValues<Severity>().Select(severity =>
            new VulnerabilityResult(SampleAudit.Heartbleed with { Severity = severity }, status, "evidence"))).ToList();

        AssertValid(Render(SampleResults.Report(SampleResults.Completed() with { Vulnerabilities = results })));
    }

    [Fact]
    public void Write_Http_EveryField()
    {
        var http = Target(RenderAudited())["http"]!;

        Assert.True((bool?)http["isHttp"]);
        Assert.Null(http["error"]);
        Assert.Equal(200, (int?)http["statusCode"]);
        Assert.Equal("max-age=86400; includeSubDomains", (string?)http["hsts"]!["raw"]);
        Assert.Equal(86400, (long?)http["hsts"]!["maxAgeSeconds"]);
        Assert.True((bool?)http["hsts"]!["includeSubDomains"]);
        Assert.False((bool?)http["hsts"]!["preload"]);
        Assert.True((bool?)http["hsts"]!["effective"]);
        Assert.Equal(["max-age is 1 day, shorter than 180 days"], http["hsts"]!["problems"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("gzip", (string?)http["contentEncoding"]);
        Assert.Equal("nginx/1.22.1", (string?)http["server"]);
        Assert.Equal("https://example.test/login", (string?)http["location"]);
        var csp = http["securityHeaders"]![1]!;
        Assert.Equal("Content-Security-Policy", (string?)csp["name"]);
        Assert.True(csp.AsObject().ContainsKey("value") && csp["value"] is null);
        Assert.Equal("missing", (string?)csp["finding"]);
        Assert.False((bool?)csp["ok"]);
        Assert.Equal("session", (string?)http["cookies"]![0]!["name"]);
        Assert.False((bool?)http["cookies"]![0]!["secure"]);
        Assert.True((bool?)http["cookies"]![0]!["httpOnly"]);
        Assert.Equal("Lax", (string?)http["cookies"]![0]!["sameSite"]);
        Assert.Equal(80, (int?)http["plainHttp"]!["port"]);
        Assert.Equal(301, (int?)http["plainHttp"]!["statusCode"]);
        Assert.True((bool?)http["plainHttp"]!["redirectsToHttps"]);
    }

    [Fact]
    public void Write_Grade_LetterScorePartsCapsLiftAndNotChecked()
    {
        var grade = Target(RenderAudited())["grade"]!;

        Assert.Equal("C", (string?)grade["letter"]);
        Assert.Equal("A", (string?)grade["scoreLetter"]);
        Assert.Equal(95, (int?)grade["score"]!["protocol"]);
        Assert.Equal(90, (int?)grade["score"]!["keyExchange"]);
        Assert.Equal(80, (int?)grade["score"]!["cipher"]);
        Assert.Equal(89, (int?)grade["score"]!["total"]);
        var cap = grade["caps"]![0]!;
        Assert.Equal("rc4", (string?)cap["rule"]);
        Assert.Equal("C", (string?)cap["cap"]);
        Assert.Equal("RC4 accepted with TLS 1.1+: RC4-SHA", (string?)cap["evidence"]);
        Assert.Equal("remove RC4 suites (OpenSSL cipher string: add !RC4)", (string?)cap["fix"]);
        Assert.Equal(RatingSources.Guide, (string?)cap["source"]);
        Assert.Equal(["remove RC4 suites (OpenSSL cipher string: add !RC4)", "disable TLS 1.0 and 1.1"], grade["whatWouldLiftIt"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["HSTS not checked: A+ is never given"], grade["notChecked"]!.AsArray().Select(s => (string?)s));
    }

    [Theory]
    [InlineData(Grade.APlus, "A+")]
    [InlineData(Grade.A, "A")]
    [InlineData(Grade.AMinus, "A-")]
    [InlineData(Grade.F, "F")]
    [InlineData(Grade.T, "T")]
    [InlineData(Grade.M, "M")]
    public void Write_GradeLetter_SpelledAsSslLabs(Grade letter, string expected)
    {
        var assessment = new TargetAssessment(SampleAudit.Grade() with { Letter = letter }, []);

        var json = Render(SampleAudit.Report(SampleResults.Completed(), assessment));

        Assert.Equal(expected, (string?)Target(json)["grade"]!["letter"]);
    }

    [Fact]
    public void Write_EveryGradeLetter_ValidatesAgainstSchema()
    {
        var grades = Enum.GetValues<Grade>();
        var report = SampleResults.Report([.. grades.Select(_ => SampleResults.Completed())]) with
        {
            Assessments = [.. grades.Select(g => new TargetAssessment(
                SampleAudit.Grade() with { Letter = g, ScoreLetter = g, Caps = [SampleAudit.Grade().Caps[0] with { Cap = g }] }, []))],
        };

        AssertValid(Render(report));
    }

    [Fact]
    public void Write_Compliance_PolicyTitlePassedDeviationsNotCheckedNotes()
    {
        var compliance = Target(RenderAudited())["compliance"]!.AsArray();

        Assert.Equal(2, compliance.Count);
        var failed = compliance[0]!;
        Assert.Equal("Mozilla intermediate 6.0", (string?)failed["policy"]);
        Assert.False((bool?)failed["passed"]);
        Assert.Equal(["protocol_offered", "cipher_suite"], failed["deviations"]!.AsArray().Select(d => (string?)d!["kind"]));
        Assert.Equal("TLSv1.2 accepts TLS_RSA_WITH_RC4_128_SHA, not in the profile", (string?)failed["deviations"]![1]!["text"]);
        Assert.Equal(["HSTS: not checked by this scan"], failed["notChecked"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["x448 is beyond tls_curves but not weaker"], failed["notes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("Mozilla old 5.7", (string?)compliance[1]!["policy"]);
        Assert.True((bool?)compliance[1]!["passed"]);
        Assert.Empty(compliance[1]!["deviations"]!.AsArray());
    }

    [Fact]
    public void Write_EveryDeviationKind_ValidatesAgainstSchema()
    {
        var deviations = Enum.GetValues<DeviationKind>().Select(k => new Deviation(k, k.ToString())).ToList();
        var assessment = new TargetAssessment(null, [new ComplianceResult(MozillaProfiles.Modern60, deviations, [])]);

        AssertValid(Render(SampleAudit.Report(SampleResults.Completed(), assessment)));
    }

    [Theory]
    [InlineData("vulnerabilities", 0, "status", "\"broken\"")]
    [InlineData("vulnerabilities", 0, "id", "\"Heart Bleed\"")]
    [InlineData("vulnerabilities", 0, "cves", "[\"2014-0160\"]")]
    [InlineData("vulnerabilities", 0, "surprise", "1")]
    [InlineData("compliance", 0, "passed", "\"no\"")]
    [InlineData("compliance", 0, "surprise", "1")]
    public void Validate_BrokenAuditListEntry_Fails(string list, int index, string key, string value)
    {
        var document = JsonNode.Parse(RenderAudited())!;
        document["targets"]![0]![list]![index]![key] = JsonNode.Parse(value);

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid, $"{list}[{index}].{key} = {value} should break the schema");
    }

    [Theory]
    [InlineData("grade", "letter", "\"A++\"")]
    [InlineData("grade", "surprise", "1")]
    [InlineData("grade", "caps", "[{\"rule\":\"x\"}]")]
    [InlineData("http", "isHttp", "null")]
    [InlineData("http", "statusCode", "\"200\"")]
    [InlineData("http", "surprise", "1")]
    public void Validate_BrokenAuditObject_Fails(string obj, string key, string value)
    {
        var document = JsonNode.Parse(RenderAudited())!;
        document["targets"]![0]![obj]![key] = JsonNode.Parse(value);

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid, $"{obj}.{key} = {value} should break the schema");
    }

    [Theory]
    [InlineData("http")]
    [InlineData("vulnerabilities")]
    [InlineData("grade")]
    [InlineData("compliance")]
    public void Validate_MissingAuditKey_Fails(string key)
    {
        var document = JsonNode.Parse(RenderAudited())!;
        document["targets"]![0]!.AsObject().Remove(key);

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid);
    }
}
