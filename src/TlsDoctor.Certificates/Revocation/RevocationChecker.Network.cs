using TlsDoctor.Certificates.Revocation.Crl;
using TlsDoctor.Certificates.Revocation.Ocsp;
using static TlsDoctor.Certificates.Revocation.RevocationFormat;

namespace TlsDoctor.Certificates.Revocation;

// The fetched sources: OCSP responders, then CRLs.
public sealed partial class RevocationChecker
{
    private async Task<RevocationStatus?> FromOcspAsync(RevocationQuery query, IReadOnlyList<Uri> urls, CheckRun run)
    {
        byte[]? request = null;
        foreach (var url in urls)
        {
            if (!run.CanFetch(RevocationSource.Ocsp, url))
            {
                continue;
            }

            request ??= OcspRequestBuilder.Build(query.Certificate, query.Issuer);
            var fetch = await run.FetchAsync(url, request, OcspRequestContentType).ConfigureAwait(false);
            if (fetch.Body is null)
            {
                run.Add(RevocationSource.Ocsp, url, fetch.Error, fetch.Elapsed);
                continue;
            }

            var info = OcspResponseParser.Parse(fetch.Body, query.Certificate, query.Issuer, time.GetUtcNow(), options.ClockSkew);
            if (info.IsUsable && info.CertStatus is OcspCertStatus.Good or OcspCertStatus.Revoked)
            {
                run.Add(RevocationSource.Ocsp, url, info.StatusText, fetch.Elapsed);
                return Decided(info, RevocationSource.Ocsp, url,
                    $"OCSP responder {url} says {info.StatusText} ({Freshness(info)}, {info.SignatureDetail})");
            }

            run.Add(RevocationSource.Ocsp, url, OcspFailure(info), fetch.Elapsed);
        }

        return null;
    }

    private async Task<RevocationStatus?> FromCrlAsync(RevocationQuery query, IReadOnlyList<Uri> urls, CheckRun run)
    {
        foreach (var url in urls)
        {
            if (!run.CanFetch(RevocationSource.Crl, url))
            {
                continue;
            }

            var fetch = await run.FetchAsync(url, null, null).ConfigureAwait(false);
            if (fetch.Body is null)
            {
                run.Add(RevocationSource.Crl, url, fetch.Error, fetch.Elapsed);
                continue;
            }

            var crl = CrlParser.Parse(fetch.Body, query.Issuer, time.GetUtcNow(), options.ClockSkew);
            if (!crl.IsUsable)
            {
                run.Add(RevocationSource.Crl, url, crl.Error ?? string.Join("; ", crl.Defects), fetch.Elapsed);
                continue;
            }

            var about = $"CRL {url} (thisUpdate {Time(crl.ThisUpdate!.Value)}, {crl.Revoked.Count} entries)";
            if (crl.FindRevoked(query.Certificate) is { } entry)
            {
                var text = $"revoked on {Time(entry.RevocationDate)} ({CrlReasons.Name(entry.Reason)})";
                run.Add(RevocationSource.Crl, url, text, fetch.Elapsed);
                return new RevocationStatus
                {
                    Verdict = RevocationVerdict.Revoked,
                    Source = RevocationSource.Crl,
                    Url = url,
                    RevokedAt = entry.RevocationDate,
                    Reason = entry.Reason,
                    Evidence = $"{about} lists serial {entry.SerialHex} as {text}",
                };
            }

            run.Add(RevocationSource.Crl, url, "good (not listed)", fetch.Elapsed);
            return new RevocationStatus
            {
                Verdict = RevocationVerdict.Good,
                Source = RevocationSource.Crl,
                Url = url,
                Evidence = $"{about} does not list the certificate",
            };
        }

        return null;
    }
}
