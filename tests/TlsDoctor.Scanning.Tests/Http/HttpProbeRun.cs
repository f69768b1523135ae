using System.Net;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Testing.Lab.Nginx;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Http;

/// <summary>Runs the real <see cref="HttpProbe"/> against a server on 127.0.0.1, as the scan would after finding its protocols.</summary>
internal static class HttpProbeRun
{
    public static ScanOptions Options { get; } = ScanOptions.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(3),
        ReadTimeout = TimeSpan.FromSeconds(2),
    };

    /// <summary>The probe against 127.0.0.1:<paramref name="port"/> (SNI localhost), given the versions a scan found.</summary>
    public static async Task<(HttpResult Result, int Connections)> RunAsync(int port, IReadOnlyList<TlsVersion> versions, ScanOptions? options = null)
    {
        using var gate = new SemaphoreSlim(1);
        var target = new ScanTarget("127.0.0.1", port, "localhost");
        var context = new ProbeContext(target, new IPEndPoint(IPAddress.Loopback, port), options ?? Options, gate, new ClientHelloBuilder());
        var scan = new ServerScanResult
        {
            Target = target,
            Outcome = ScanOutcome.Completed,
            Protocols = [.. TlsVersions.All.Select(v => new ProtocolSupportResult(v, versions.Contains(v), "given by the test"))],
        };
        var result = await HttpProbe.RunAsync(context, scan, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, gate.CurrentCount); // every connection was given back
        return (result, context.Connections);
    }

    /// <summary>A one-off nginx on 127.0.0.1 with the lab's RSA chain at TLS 1.2+1.3 and <paramref name="directives"/>.</summary>
    public static async Task<LabNginx> NginxAsync(params string[] directives)
    {
        var certs = await LabCertificates.GetAsync();
        return await LabNginx.StartAsync(
        [
            $"ssl_certificate {certs.Rsa.ChainPath};",
            $"ssl_certificate_key {certs.Rsa.KeyPath};",
            "ssl_protocols TLSv1.2 TLSv1.3;",
            .. directives,
        ]);
    }

    /// <summary>A page big enough for nginx's gzip (text/html is always in gzip_types; gzip_min_length defaults to 20 bytes).</summary>
    public const string Page = "location = / { default_type text/html; return 200 \"<html><body>" +
        "TlsDoctor lab page: long enough for nginx to compress it. TlsDoctor lab page: long enough for nginx to compress it." +
        "</body></html>\"; }";
}
