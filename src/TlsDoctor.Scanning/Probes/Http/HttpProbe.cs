namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>Fetches "/" over HTTPS: status, headers, HSTS, compression. (Being written: says \"not HTTP\" until then.)</summary>
public static class HttpProbe
{
    /// <param name="scan">The scan so far: the probe picks a protocol version and suites the server accepts.</param>
    public static Task<HttpResult> RunAsync(ProbeContext context, ServerScanResult scan, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResult { IsHttp = false });
}
