using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Http.HttpProbeRun;

namespace TlsDoctor.Scanning.Tests.Http;

/// <summary>The HTTP probe against real nginx servers configured per test (HSTS variants, security headers, plain-HTTP ports).</summary>
public sealed class HttpProbeNginxTests
{
    private static readonly TlsVersion[] Modern = [TlsVersion.Tls12, TlsVersion.Tls13];

    [Fact]
    public async Task RunAsync_HstsTwoYearsIncludeSubDomainsPreload_IsParsedWithoutProblems()
    {
        using var nginx = await NginxAsync("add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\" always;");

        var (result, connections) = await RunAsync(nginx.Port, Modern);

        Assert.True(result.IsHttp, result.Error?.Message);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("SslStream", result.TlsClient);
        Assert.Equal(TlsVersion.Tls13, result.TlsVersion);
        Assert.Equal(63072000, result.Hsts!.MaxAgeSeconds);
        Assert.True(result.Hsts.IncludeSubDomains);
        Assert.True(result.Hsts.Preload);
        Assert.Empty(result.Hsts.Problems);
        Assert.True(Assert.Single(result.SecurityHeaders, h => h.Name == "Strict-Transport-Security").Ok);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task RunAsync_HstsOneHour_IsShorterThan180Days()
    {
        using var nginx = await NginxAsync("add_header Strict-Transport-Security \"max-age=3600\" always;");

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.Equal(3600, result.Hsts!.MaxAgeSeconds);
        Assert.Contains(result.Hsts.Problems, p => p.Contains("shorter than 180 days", StringComparison.Ordinal));
        Assert.False(Assert.Single(result.SecurityHeaders, h => h.Name == "Strict-Transport-Security").Ok);
    }

    [Theory]
    [InlineData("max-age=abc; includeSubDomains", "is not a number")]
    [InlineData("max-age=600; max-age=600", "appears more than once")]
    [InlineData("includeSubDomains", "max-age is missing")]
    public async Task RunAsync_HstsMalformed_IsInvalidWithTheReason(string value, string reason)
    {
        using var nginx = await NginxAsync($"add_header Strict-Transport-Security \"{value}\" always;");

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.Equal(value, result.Hsts!.Raw);
        Assert.Null(result.Hsts.MaxAgeSeconds);
        Assert.Contains(result.Hsts.Problems, p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TwoHstsHeaders_FirstCountsAndTheDuplicateIsNamed()
    {
        using var nginx = await NginxAsync(
            "add_header Strict-Transport-Security \"max-age=31536000\" always;",
            "add_header Strict-Transport-Security \"max-age=0\" always;");

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.Equal(31536000, result.Hsts!.MaxAgeSeconds);
        Assert.Contains(result.Hsts.Problems, p => p.Contains("2 Strict-Transport-Security headers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoHeadersAdded_HstsNullAndSecurityHeadersMissing()
    {
        using var nginx = await NginxAsync();

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.True(result.IsHttp, result.Error?.Message);
        Assert.Null(result.Hsts);
        Assert.StartsWith("nginx/", result.Server, StringComparison.Ordinal);
        Assert.All(
            ["Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"],
            name => Assert.False(Assert.Single(result.SecurityHeaders, h => h.Name == name).Ok, name));
        Assert.Empty(result.Cookies);
    }

    [Fact]
    public async Task RunAsync_SecurityHeadersAndCookieSet_AreReadAndJudged()
    {
        using var nginx = await NginxAsync(
            "server_tokens off;",
            "add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;",
            "add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'none'\" always;",
            "add_header X-Content-Type-Options nosniff always;",
            "add_header Referrer-Policy strict-origin-when-cross-origin always;",
            "add_header Permissions-Policy \"geolocation=(), camera=()\" always;",
            "add_header X-XSS-Protection \"1; mode=block\" always;",
            "add_header Set-Cookie \"sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax\" always;",
            "add_header Set-Cookie \"theme=dark; Path=/\" always;");

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.Equal("nginx", result.Server);
        Assert.All(
            ["Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Server"],
            name => Assert.True(Assert.Single(result.SecurityHeaders, h => h.Name == name).Ok, name));
        Assert.False(Assert.Single(result.SecurityHeaders, h => h.Name == "X-XSS-Protection").Ok);
        Assert.Equal([new("sid", true, true, "Lax"), new("theme", false, false, null)], result.Cookies);
    }

    [Fact]
    public async Task RunAsync_RedirectAnswer_KeepsStatusAndLocation()
    {
        using var nginx = await NginxAsync("location = / { return 302 https://localhost/login; }");

        var (result, _) = await RunAsync(nginx.Port, Modern);

        Assert.Equal(302, result.StatusCode);
        Assert.Equal("https://localhost/login", result.Location);
    }

    [Fact]
    public async Task RunAsync_PlainPortRedirectsToHttps_IsRecognised()
    {
        var plainPort = LocalServer.FreePort();
        using var nginx = await NginxAsync($"listen 127.0.0.1:{plainPort};", "if ($scheme = http) { return 301 https://$host$request_uri; }");

        var (result, connections) = await RunAsync(nginx.Port, Modern, Options with { PlainHttpPort = plainPort });

        Assert.True(result.IsHttp, result.Error?.Message);
        var plain = result.PlainHttp!;
        Assert.Equal((plainPort, 301, "https://localhost/", true), (plain.Port, plain.StatusCode, plain.Location, plain.RedirectsToHttps));
        Assert.Null(plain.Error);
        Assert.Equal(2, connections);
    }

    [Fact]
    public async Task RunAsync_PlainPortServesThePage_IsNoRedirect()
    {
        var plainPort = LocalServer.FreePort();
        using var nginx = await NginxAsync($"listen 127.0.0.1:{plainPort};");

        var (result, _) = await RunAsync(nginx.Port, Modern, Options with { PlainHttpPort = plainPort });

        Assert.Equal((200, false), (result.PlainHttp!.StatusCode, result.PlainHttp.RedirectsToHttps));
        Assert.Null(result.PlainHttp.Location);
    }

    [Fact]
    public async Task RunAsync_PlainPortClosed_RecordsRefusedNotAFailure()
    {
        using var nginx = await NginxAsync();
        var closed = LocalServer.FreePort();

        var (result, _) = await RunAsync(nginx.Port, Modern, Options with { PlainHttpPort = closed });

        Assert.True(result.IsHttp);
        Assert.Equal(ConnectionErrorKind.Refused, result.PlainHttp!.Error?.Kind);
        Assert.False(result.PlainHttp.RedirectsToHttps);
    }
}
