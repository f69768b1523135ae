using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Scanning.Vulnerabilities;

namespace TlsDoctor.Analysis.Tests.Support;

/// <summary>The parts of a hand-built scan that the HTTP probe and the vulnerability checks fill in.</summary>
internal static class ScanExtras
{
    public static VulnerabilityResult Check(string id, VulnerabilityStatus status, string evidence = "shown on the wire", params string[] cves) =>
        new(new VulnerabilityInfo(id, $"{id} (name)", cves, Severity.High, $"fix for {id}", $"https://example.test/{id}"), status, evidence);

    /// <summary>Every check run and every one NotVulnerable, except the results given.</summary>
    public static ServerScanResult WithChecks(this ServerScanResult scan, params VulnerabilityResult[] results) => scan with
    {
        Vulnerabilities = [.. VulnerabilityIds.All.Select(id => results.FirstOrDefault(r => r.Id == id) ?? Check(id, VulnerabilityStatus.NotVulnerable, "tested")),
            .. results.Where(r => !VulnerabilityIds.All.Contains(r.Id))],
    };

    /// <summary>An HTTP answer with this Strict-Transport-Security header (null: none).</summary>
    public static ServerScanResult WithHsts(this ServerScanResult scan, string? raw, long? maxAge, bool includeSubDomains = false, params string[] problems) => scan with
    {
        Http = new HttpResult
        {
            IsHttp = true,
            StatusCode = 200,
            Hsts = raw is null ? null : new HstsPolicy(raw, maxAge, includeSubDomains, false, problems),
        },
    };

    public static ServerScanResult NotHttp(this ServerScanResult scan) => scan with { Http = new HttpResult { IsHttp = false } };
}
