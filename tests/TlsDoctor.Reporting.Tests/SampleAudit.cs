using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Reporting.Tests;

/// <summary>Hand-built audit results (vulnerabilities, HTTP, grade, policies) for the writers' tests.</summary>
internal static class SampleAudit
{
    public static readonly VulnerabilityInfo Heartbleed = new(
        "heartbleed", "Heartbleed", ["CVE-2014-0160"], Severity.Critical,
        "upgrade OpenSSL to 1.0.1g or later and replace the private key", "https://heartbleed.com/");

    public static readonly VulnerabilityInfo Breach = new(
        "breach", "BREACH", ["CVE-2013-3587"], Severity.Medium,
        "do not compress responses that reflect input next to secrets", "https://breachattack.com/");

    public static readonly VulnerabilityInfo Poodle = new(
        "poodle", "POODLE (SSLv3)", ["CVE-2014-3566"], Severity.High, "disable SSL 3.0", "RFC 7568");

    public static readonly VulnerabilityInfo Robot = new(
        "robot", "ROBOT", ["CVE-2017-13099", "CVE-2017-6168"], Severity.High, "disable RSA key exchange", "https://robotattack.org/");

    public static readonly VulnerabilityInfo Drown = new(
        "drown", "DROWN", ["CVE-2016-0800"], Severity.High, "disable SSLv2 on every server sharing the key", "https://drownattack.com/");

    public static IReadOnlyList<VulnerabilityResult> Vulnerabilities() =>
    [
        new(Heartbleed, VulnerabilityStatus.Vulnerable, "a heartbeat claiming 16384 bytes returned 16384 bytes of server memory") { Connections = 1 },
        new(Breach, VulnerabilityStatus.PotentiallyVulnerable, "\"/\" is served with Content-Encoding gzip"),
        new(Poodle, VulnerabilityStatus.NotVulnerable, "SSLv3 is not offered"),
        new(Robot, VulnerabilityStatus.Unknown, "the server reset 3 of 4 connections") { Connections = 4 },
        new(Drown, VulnerabilityStatus.NotApplicable, "no --drown-peer given and SSLv2 is not offered"),
    ];

    public static HttpResult Http() => new()
    {
        IsHttp = true,
        StatusCode = 200,
        Hsts = new HstsPolicy("max-age=86400; includeSubDomains", 86400, true, false, ["max-age is 1 day, shorter than 180 days"]),
        ContentEncoding = "gzip",
        Server = "nginx/1.22.1",
        Location = "https://example.test/login",
        SecurityHeaders =
        [
            new("Strict-Transport-Security", "max-age=86400; includeSubDomains", "shorter than 180 days", false),
            new("Content-Security-Policy", null, "missing", false),
            new("X-Content-Type-Options", "nosniff", "good", true),
        ],
        Cookies = [new("session", false, true, "Lax")],
        PlainHttp = new PlainHttpRedirect(80, 301, "https://example.test/", true, null),
    };

    public static HttpResult NotHttp() => new()
    {
        IsHttp = false,
        Error = new ConnectionError(ConnectionErrorKind.ReadTimeout, "no reply in 5 s"),
    };

    public static ServerScanResult Audited() => SampleResults.Completed() with
    {
        Vulnerabilities = Vulnerabilities(),
        Http = Http(),
    };

    public static GradeResult Grade() => new()
    {
        Letter = Analysis.Grading.Grade.C,
        ScoreLetter = Analysis.Grading.Grade.A,
        Score = new ScoreParts(95, 90, 80, 89),
        Caps =
        [
            new("rc4", Analysis.Grading.Grade.C, "RC4 accepted with TLS 1.1+: RC4-SHA", "remove RC4 suites (OpenSSL cipher string: add !RC4)", RatingSources.Guide),
            new("tls10_tls11", Analysis.Grading.Grade.B, "the server accepts TLSv1.0", "disable TLS 1.0 and 1.1", RatingSources.Tls10And11Cap),
        ],
        WhatWouldLiftIt = ["remove RC4 suites (OpenSSL cipher string: add !RC4)", "disable TLS 1.0 and 1.1"],
        NotChecked = ["HSTS not checked: A+ is never given"],
    };

    public static ComplianceResult FailedPolicy() => new(
        MozillaProfiles.Intermediate60,
        [
            new(DeviationKind.ProtocolOffered, "SSLv3 is offered; the profile allows TLSv1.2, TLSv1.3"),
            new(DeviationKind.CipherSuite, "TLSv1.2 accepts TLS_RSA_WITH_RC4_128_SHA, not in the profile"),
        ],
        ["HSTS: not checked by this scan"])
    {
        Notes = ["x448 is beyond tls_curves but not weaker"],
    };

    public static ComplianceResult PassedPolicy() => new(MozillaProfiles.Old57, [], []);

    public static TargetAssessment Assessment() => new(Grade(), [FailedPolicy(), PassedPolicy()]);

    public static ScanReport Report(ServerScanResult target, TargetAssessment? assessment) =>
        SampleResults.Report(target) with { Assessments = assessment is null ? [] : [assessment] };
}
