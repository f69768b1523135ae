using System.Diagnostics;
using TlsDoctor.Scanning.Transport.Http;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Scanning.Tests.Transport.Http;

/// <summary>The revocation HTTP client against real loopback servers: every failure is a reason, never an exception.</summary>
public sealed class HttpRevocationClientTests
{
    private static readonly byte[] Body = [0x30, 0x03, 0x0a, 0x01, 0x00];

    [Fact]
    public async Task Fetch_Get_ReturnsBody()
    {
        await using var server = LoopbackHttpServer.Serving(LoopbackHttpResponse.Ok(Body, "application/pkix-crl"));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.Url("ca.crl"), null, null, CancellationToken.None);

        Assert.Null(fetch.Error);
        Assert.Equal(Body, fetch.Body);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/ca.crl"), (request.Method, request.Path));
    }

    [Fact]
    public async Task Fetch_Post_SendsBodyAndContentType()
    {
        await using var server = LoopbackHttpServer.Serving(LoopbackHttpResponse.Ok(Body, "application/ocsp-response"));
        using var client = new HttpRevocationClient();
        byte[] request = [1, 2, 3];

        await client.FetchAsync(server.BaseUrl, request, "application/ocsp-request", CancellationToken.None);

        var seen = Assert.Single(server.Requests);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("application/ocsp-request", seen.Headers["Content-Type"]);
        Assert.Equal(request, seen.Body);
    }

    [Fact]
    public async Task Fetch_NotFound_Http404()
    {
        await using var server = LoopbackHttpServer.Serving(new LoopbackHttpResponse(404, "no"u8.ToArray()));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Equal((null, "HTTP 404"), (fetch.Body, fetch.Error));
    }

    [Fact]
    public async Task Fetch_ClosedPort_ConnectionRefused()
    {
        using var closed = new ClosedLoopbackPort();
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(closed.Url("ca.crl"), null, null, CancellationToken.None);

        Assert.Equal($"connection refused by 127.0.0.1:{closed.Port}: nothing listens there", fetch.Error);
    }

    [Fact]
    public async Task Fetch_SilentServer_TimedOutAfterTheRequestTimeout()
    {
        await using var server = LoopbackHttpServer.Serving(null);
        using var client = new HttpRevocationClient(new HttpRevocationClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(500) });
        var clock = Stopwatch.StartNew();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(2));
        Assert.Equal("timed out after 0.5 s", fetch.Error);
    }

    [Fact]
    public async Task Fetch_SilentServerDefaultOptions_TimedOutAfterFiveSeconds()
    {
        await using var server = LoopbackHttpServer.Serving(null);
        using var client = new HttpRevocationClient();
        var clock = Stopwatch.StartNew();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4.8), TimeSpan.FromSeconds(6.5));
        Assert.Equal("timed out after 5 s", fetch.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fetch_BodyOverBudget_ResponseLargerThanLimit(bool omitContentLength)
    {
        var big = new byte[(2 * HttpRevocationClientOptions.MiB) + 1];
        await using var server = LoopbackHttpServer.Serving(new LoopbackHttpResponse(200, big) { OmitContentLength = omitContentLength });
        using var client = new HttpRevocationClient(new HttpRevocationClientOptions { MaxResponseBytes = 2 * HttpRevocationClientOptions.MiB });

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Null(fetch.Body);
        Assert.StartsWith("response larger than 2 MiB", fetch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BodyExactlyAtBudget_Accepted()
    {
        var exact = new byte[HttpRevocationClientOptions.MiB];
        await using var server = LoopbackHttpServer.Serving(new LoopbackHttpResponse(200, exact) { OmitContentLength = true });
        using var client = new HttpRevocationClient(new HttpRevocationClientOptions { MaxResponseBytes = HttpRevocationClientOptions.MiB });

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Equal(exact.Length, fetch.Body?.Length);
    }

    [Fact]
    public async Task Fetch_DefaultBudget_TenMiB()
    {
        var big = new byte[(10 * HttpRevocationClientOptions.MiB) + 1];
        await using var server = LoopbackHttpServer.Serving(new LoopbackHttpResponse(200, big));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.StartsWith("response larger than 10 MiB", fetch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ThreeRedirects_Followed()
    {
        await using var server = LoopbackHttpServer.Start(request => Task.FromResult<LoopbackHttpResponse?>(request.Path switch
        {
            "/r1" => LoopbackHttpResponse.Redirect("/r2"),
            "/r2" => LoopbackHttpResponse.Redirect("/r3"),
            "/r3" => LoopbackHttpResponse.Redirect("/final"),
            _ => LoopbackHttpResponse.Ok(Body, "application/pkix-crl"),
        }));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.Url("r1"), null, null, CancellationToken.None);

        Assert.Equal(Body, fetch.Body);
        Assert.Equal(["/r1", "/r2", "/r3", "/final"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Fetch_FourRedirects_NotFollowed()
    {
        await using var server = LoopbackHttpServer.Start(request => Task.FromResult<LoopbackHttpResponse?>(
            LoopbackHttpResponse.Redirect("/hop" + (request.Path.Length))));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.Url("start"), null, null, CancellationToken.None);

        Assert.Equal($"HTTP 302: redirect to {server.Url("hop5")} not followed: more than 3 redirects", fetch.Error);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_RedirectToFtp_NotFollowed()
    {
        // SocketsHttpHandler's own redirect handling would connect to 127.0.0.1:2121 and speak HTTP there.
        await using var server = LoopbackHttpServer.Serving(LoopbackHttpResponse.Redirect("ftp://127.0.0.1:2121/ca.crl"));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Equal("HTTP 302: redirect to ftp://127.0.0.1:2121/ca.crl not followed: only http and https URLs are fetched", fetch.Error);
    }

    [Fact]
    public async Task Fetch_PostRedirected307_RepeatsThePost()
    {
        await using var server = LoopbackHttpServer.Start(request => Task.FromResult<LoopbackHttpResponse?>(request.Path == "/"
            ? new LoopbackHttpResponse(307, []) { Headers = new Dictionary<string, string> { ["Location"] = "/ocsp" } }
            : LoopbackHttpResponse.Ok(Body, "application/ocsp-response")));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, [7, 7], "application/ocsp-request", CancellationToken.None);

        Assert.Equal(Body, fetch.Body);
        Assert.Equal([("POST", "/", 2), ("POST", "/ocsp", 2)], server.Requests.Select(r => (r.Method, r.Path, r.Body.Length)));
    }

    [Fact]
    public async Task Fetch_RedirectToClosedPort_RefusalNamesTheNewHost()
    {
        using var closed = new ClosedLoopbackPort();
        await using var server = LoopbackHttpServer.Serving(LoopbackHttpResponse.Redirect(closed.Url("ca.crl").AbsoluteUri));
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Equal($"connection refused by 127.0.0.1:{closed.Port}: nothing listens there", fetch.Error);
    }

    [Theory]
    [InlineData("ldap://127.0.0.1/cn=CA?certificateRevocationList")]
    [InlineData("file:///etc/passwd")]
    public async Task Fetch_OtherScheme_RefusedWithoutConnecting(string url)
    {
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(new Uri(url), null, null, CancellationToken.None);

        Assert.Equal($"only http and https URLs are fetched, not '{new Uri(url)}'", fetch.Error);
    }

    [Fact]
    public async Task Fetch_ServerClosesMidBody_ReasonNotException()
    {
        await using var server = LoopbackHttpServer.Serving(new LoopbackHttpResponse(200, new byte[1000]) { CutBodyAfter = 10 });
        using var client = new HttpRevocationClient();

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, CancellationToken.None);

        Assert.Null(fetch.Body);
        Assert.Contains("127.0.0.1", fetch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_CallerCancels_Cancelled()
    {
        await using var server = LoopbackHttpServer.Serving(null);
        using var client = new HttpRevocationClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var fetch = await client.FetchAsync(server.BaseUrl, null, null, cancel.Token);

        Assert.Equal("cancelled", fetch.Error);
    }

    [Fact]
    public void Constructor_NoRedirectBudget_ArgumentExceptionNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new HttpRevocationClient(new HttpRevocationClientOptions { MaxRedirects = -1 }));

        Assert.Contains("HttpRevocationClientOptions.MaxRedirects", error.Message, StringComparison.Ordinal);
    }
}
