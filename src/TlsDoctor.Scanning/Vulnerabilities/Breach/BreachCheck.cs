using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Scanning.Vulnerabilities.Breach;

/// <summary>
/// BREACH (Gluck, Harris, Prado, Black Hat USA 2013; CVE-2013-3587): HTTP-level compression of a response that
/// reflects attacker input next to a secret leaks the secret through the compressed length. Only the precondition
/// is visible from outside: does the server compress its answer when the client allows it? Reads the HTTP probe's
/// answer; opens no connection.
/// </summary>
public sealed class BreachCheck : IVulnerabilityCheck
{
    public VulnerabilityInfo Info { get; } = new(
        VulnerabilityIds.Breach,
        "BREACH",
        ["CVE-2013-3587"],
        Severity.Medium,
        "Do not compress responses that carry secrets (CSRF tokens, session data) next to reflected input: turn HTTP " +
        "compression off for those pages, or mask the secrets per request, add length randomisation, and check Referer/SameSite cookies.",
        "Gluck, Harris, Prado: BREACH: Reviving the CRIME Attack (Black Hat USA 2013), breachattack.com");

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Http));

    /// <summary>The verdict from the HTTP probe's answer alone.</summary>
    public VulnerabilityResult Decide(HttpResult? http)
    {
        if (http is null)
        {
            return new(Info, VulnerabilityStatus.NotApplicable, "HTTP was not fetched (HTTP probe off), so HTTP compression was not tested");
        }

        if (!http.IsHttp)
        {
            return new(Info, VulnerabilityStatus.NotApplicable,
                $"no HTTP answer over TLS ({http.Error?.Message ?? "not HTTP"}); BREACH concerns HTTP compression only");
        }

        if (http.ContentEncoding is { } encoding)
        {
            return new(Info, VulnerabilityStatus.PotentiallyVulnerable,
                $"GET {http.Path} with Accept-Encoding: gzip, deflate, br came back with Content-Encoding: {encoding} (status {http.StatusCode}). " +
                $"Only {http.Path} was tested. BREACH needs a page that is compressed and reflects request input (query string, form field) " +
                "in the same body as a secret (CSRF token, session id): check such pages; static pages without secrets are not at risk.");
        }

        var redirect = http.Location is null ? "" : $" (a redirect to {http.Location}, not followed)";
        return new(Info, VulnerabilityStatus.NotVulnerable,
            $"GET {http.Path} with Accept-Encoding: gzip, deflate, br came back uncompressed (status {http.StatusCode}{redirect}, no Content-Encoding); " +
            $"only {http.Path} was tested, other paths may compress");
    }
}
