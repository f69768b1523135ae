using System.Text;
using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Scanning.Tests.Http;

public sealed class SecurityHeaderAuditTests
{
    private static HttpResponseHead Head(params string[] lines) =>
        HttpResponseParser.TryParse(Encoding.Latin1.GetBytes($"HTTP/1.1 200 OK\r\n{string.Concat(lines.Select(l => l + "\r\n"))}\r\n")).Value!;

    private static SecurityHeader Find(IReadOnlyList<SecurityHeader> audit, string name) => Assert.Single(audit, h => h.Name == name);

    [Fact]
    public void Audit_NoHeaders_ReportsTheImportantOnesMissing()
    {
        var audit = SecurityHeaderAudit.Audit(Head(), null);

        Assert.All(
            ["Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"],
            name => Assert.False(Find(audit, name).Ok));
        Assert.DoesNotContain(audit, h => h.Name == "X-XSS-Protection");
    }

    [Fact]
    public void Audit_CspFrameAncestors_StandsInForXFrameOptions()
    {
        var audit = SecurityHeaderAudit.Audit(Head("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"), null);

        Assert.True(Find(audit, "Content-Security-Policy").Ok);
        Assert.True(Find(audit, "X-Frame-Options").Ok);
    }

    [Theory]
    [InlineData("X-Content-Type-Options: nosniff", "X-Content-Type-Options", true)]
    [InlineData("X-Content-Type-Options: sniff", "X-Content-Type-Options", false)]
    [InlineData("X-Frame-Options: sameorigin", "X-Frame-Options", true)]
    [InlineData("X-Frame-Options: ALLOW-FROM https://a.example/", "X-Frame-Options", false)]
    [InlineData("Referrer-Policy: no-referrer, strict-origin-when-cross-origin", "Referrer-Policy", true)]
    [InlineData("Referrer-Policy: unsafe-url", "Referrer-Policy", false)]
    [InlineData("Content-Security-Policy: script-src 'self' 'unsafe-inline'", "Content-Security-Policy", false)]
    [InlineData("X-XSS-Protection: 1; mode=block", "X-XSS-Protection", false)]   // deprecated
    [InlineData("X-XSS-Protection: 0", "X-XSS-Protection", true)]
    [InlineData("Public-Key-Pins: pin-sha256=\"x\"; max-age=10", "Public-Key-Pins", false)] // deprecated
    [InlineData("Server: nginx/1.22.1", "Server", false)]                         // version disclosed
    [InlineData("Server: nginx", "Server", true)]
    public void Audit_OneHeader_IsJudged(string line, string name, bool ok)
    {
        Assert.Equal(ok, Find(SecurityHeaderAudit.Audit(Head(line), null), name).Ok);
    }

    [Fact]
    public void Cookies_Flags_AreRead()
    {
        var cookies = SecurityHeaderAudit.Cookies(Head(
            "Set-Cookie: sid=abc; Path=/; Secure; HttpOnly; SameSite=Strict",
            "Set-Cookie: theme=dark; path=/",
            "Set-Cookie: broken"));                                  // no '=': not a cookie-pair (RFC 6265 §4.1.1), skipped

        Assert.Equal([new CookieFlags("sid", true, true, "Strict"), new CookieFlags("theme", false, false, null)], cookies);
    }

    [Theory]
    [InlineData("https://localhost/", "localhost", true)]
    [InlineData("https://LOCALHOST:8443/path", "localhost", true)]
    [InlineData("http://localhost/", "localhost", false)]        // still plain HTTP
    [InlineData("/login", "localhost", false)]                   // relative: same scheme
    [InlineData("https://example.com/", "localhost", false)]     // another host
    [InlineData(null, "localhost", false)]
    public void RedirectsToHttps_Location_IsHttpsForTheSameHost(string? location, string host, bool expected) =>
        Assert.Equal(expected, HttpProbe.RedirectsToHttps(location, host));
}
