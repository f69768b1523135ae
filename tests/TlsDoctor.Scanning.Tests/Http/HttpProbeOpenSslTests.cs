using TlsDoctor.Scanning.Transport;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.Http.HttpProbeRun;

namespace TlsDoctor.Scanning.Tests.Http;

/// <summary>The HTTP probe against openssl s_server: with -www (HTTP/1.0 status page), without (a TLS service that is not HTTP), TLS 1.0 only.</summary>
[Collection(LabServers.CollectionName)]
public sealed class HttpProbeOpenSslTests(LabServers lab)
{
    [Fact]
    public async Task RunAsync_SServerWww_ReadsItsHttp10Answer()
    {
        // s_server -www answers any request with "HTTP/1.0 200 ok" and an HTML status page.
        var (result, connections) = await RunAsync(lab.Get("s_server-tls12-tiny").Port, [TlsVersion.Tls12]);

        Assert.True(result.IsHttp, result.Error?.Message);
        Assert.Equal(("HTTP/1.0", 200), (result.HttpVersion, result.StatusCode));
        Assert.Equal(TlsVersion.Tls12, result.TlsVersion);
        Assert.Null(result.Hsts);
        Assert.Null(result.ContentEncoding);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task RunAsync_TlsServiceThatIsNotHttp_IsHttpFalseWithTheReason()
    {
        // Without -www s_server completes the handshake and then only relays stdin (here: nothing) to the client.
        var certs = await LabCertificates.GetAsync();
        using var server = await LocalServer.StartAsync("openssl", port =>
            ["s_server", "-quiet", "-ign_eof", "-accept", $"127.0.0.1:{port}", "-cert", certs.Rsa.CertificatePath, "-key", certs.Rsa.KeyPath, "-tls1_2"]);

        var (result, connections) = await RunAsync(server.Port, [TlsVersion.Tls12]);

        Assert.False(result.IsHttp);
        Assert.Equal(ConnectionErrorKind.ReadTimeout, result.Error?.Kind);
        Assert.StartsWith("not HTTP: no answer to GET /", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(TlsVersion.Tls12, result.TlsVersion); // the handshake itself worked
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task RunAsync_Tls10OnlyServer_FetchesThroughBouncyCastle()
    {
        var certs = await LabCertificates.GetAsync();
        using var server = await LocalServer.StartAsync("openssl", port =>
            ["s_server", "-quiet", "-ign_eof", "-www", "-tls1", "-cipher", "ALL:@SECLEVEL=0", "-accept", $"127.0.0.1:{port}",
             "-cert", certs.Rsa.CertificatePath, "-key", certs.Rsa.KeyPath, "-cert_chain", certs.IntermediatePath]);

        var (result, connections) = await RunAsync(server.Port, [TlsVersion.Tls10]);

        Assert.True(result.IsHttp, result.Error?.Message);
        Assert.Equal("BouncyCastle", result.TlsClient);
        Assert.Equal(TlsVersion.Tls10, result.TlsVersion);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task RunAsync_Dhe1024OnlyServer_SslStreamRefusedThenBouncyCastleFetches()
    {
        // The server offers only DHE suites with a 1024-bit group; .NET's client (OpenSSL at Debian's SECLEVEL=2)
        // gets handshake_failure, the permissive BouncyCastle client gets the page on a second connection.
        var (result, connections) = await RunAsync(lab.Get("s_server-dhe1024").Port, [TlsVersion.Tls12]);

        Assert.True(result.IsHttp, result.Error?.Message);
        Assert.Equal(("BouncyCastle", TlsVersion.Tls12, 200), (result.TlsClient, result.TlsVersion, result.StatusCode));
        Assert.Equal(2, connections);
    }

    [Fact]
    public async Task RunAsync_SilentService_TimesOutOnceWithoutARetry()
    {
        // The lab's "silent" service accepts and never answers: no second client is tried on a server that says nothing.
        var (result, connections) = await RunAsync(lab.Get("silent").Port, [TlsVersion.Tls12]);

        Assert.False(result.IsHttp);
        Assert.Equal(ConnectionErrorKind.ReadTimeout, result.Error?.Kind);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task RunAsync_NothingListens_IsHttpFalseRefused()
    {
        var (result, _) = await RunAsync(LocalServer.FreePort(), [TlsVersion.Tls12]);

        Assert.False(result.IsHttp);
        Assert.Equal(ConnectionErrorKind.Refused, result.Error?.Kind);
    }

    [Fact]
    public async Task RunAsync_SslV3OnlyScan_IsNotFetched()
    {
        var (result, connections) = await RunAsync(lab.Get("s_server-old").Port, [TlsVersion.SSLv3]);

        Assert.False(result.IsHttp);
        Assert.Contains("no TLS version from 1.0 to 1.3", result.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(0, connections);
    }
}
