using TlsDoctor.Certificates.Revocation.Ocsp;
using static TlsDoctor.Certificates.Revocation.RevocationFormat;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>
/// Finds out whether a certificate is revoked, the way a careful client would: the stapled OCSP response first,
/// then the OCSP responders in the certificate's AIA (POST application/ocsp-request), then its CRLs, all within
/// one deadline. Whatever cannot be learnt in time is Unknown, a soft-fail with the reasons. Opens no sockets:
/// fetching goes through <see cref="IRevocationClient"/>. Never throws for network or data problems.
/// </summary>
public sealed partial class RevocationChecker
{
    private const string OcspRequestContentType = "application/ocsp-request";

    private readonly IRevocationClient client;
    private readonly TimeProvider time;
    private readonly RevocationCheckOptions options;

    public RevocationChecker(IRevocationClient client, TimeProvider time, RevocationCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        this.client = client;
        this.time = time;
        this.options = options ?? new RevocationCheckOptions();
        this.options.Validate();
    }

    /// <summary>Checks <paramref name="query"/>'s certificate; cancelling <paramref name="cancellationToken"/> throws, a deadline does not.</summary>
    public async Task<RevocationStatus> CheckAsync(RevocationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var run = new CheckRun(client, time, options, cancellationToken);
        var urls = RevocationUrls.Read(query.Certificate);
        var staple = query.StapledOcspResponse is { } stapled
            ? OcspResponseParser.Parse(stapled, query.Certificate, query.Issuer, time.GetUtcNow(), options.ClockSkew)
            : null;

        var decided = FromStaple(staple, run)
            ?? (options.UseOcsp ? await FromOcspAsync(query, urls.Ocsp, run).ConfigureAwait(false) : null)
            ?? (options.UseCrl ? await FromCrlAsync(query, urls.Crl, run).ConfigureAwait(false) : null);
        var status = (decided ?? Unknown(run, urls, staple)) with { Staple = staple, Attempts = [.. run.Attempts] };
        return status with { Problems = RevocationProblems.For(query, status, urls) };
    }

    private static RevocationStatus? FromStaple(OcspResponseInfo? staple, CheckRun run)
    {
        if (staple is null)
        {
            return null;
        }

        if (staple.IsUsable && staple.CertStatus is OcspCertStatus.Good or OcspCertStatus.Revoked)
        {
            run.Add(RevocationSource.Staple, null, staple.StatusText);
            return Decided(staple, RevocationSource.Staple, null, $"the stapled OCSP response says {staple.StatusText} ({Freshness(staple)}, {staple.SignatureDetail})");
        }

        run.Add(RevocationSource.Staple, null, OcspFailure(staple));
        return null;
    }

    private static RevocationStatus Decided(OcspResponseInfo info, RevocationSource source, Uri? url, string evidence) => new()
    {
        Verdict = info.CertStatus == OcspCertStatus.Revoked ? RevocationVerdict.Revoked : RevocationVerdict.Good,
        Source = source,
        Url = url,
        RevokedAt = info.RevocationTime,
        Reason = info.RevocationReason,
        Evidence = evidence,
        FetchedOcsp = source == RevocationSource.Ocsp ? info : null,
    };

    private RevocationStatus Unknown(CheckRun run, RevocationUrls urls, OcspResponseInfo? staple)
    {
        string why;
        if (run.Attempts.Count == 0)
        {
            why = staple is null && urls.Ocsp.Count == 0 && urls.Crl.Count == 0
                ? "no stapled OCSP response, and the certificate names no OCSP responder and no CRL"
                : $"no source was tried (OCSP {(options.UseOcsp ? "on" : "off")}, CRL {(options.UseCrl ? "on" : "off")})";
        }
        else
        {
            why = string.Join("; ", run.Attempts.Select(a => $"{Label(a)}: {a.Outcome}"));
        }

        return new RevocationStatus
        {
            Verdict = RevocationVerdict.Unknown,
            Source = RevocationSource.None,
            Evidence = $"revocation status unknown (soft-fail): {why}",
        };
    }

    internal static string Label(RevocationAttempt attempt) => attempt.Source switch
    {
        RevocationSource.Staple => "stapled OCSP response",
        RevocationSource.Ocsp => $"OCSP responder {attempt.Url}",
        RevocationSource.Crl => $"CRL {attempt.Url}",
        _ => "none",
    };

    private static string OcspFailure(OcspResponseInfo info) =>
        info.Error ?? (info.Defects.Count > 0 ? string.Join("; ", info.Defects)
            : info.CertStatus == OcspCertStatus.Unknown ? "the certificate is unknown to the responder (certStatus unknown)"
            : info.StatusText);

    private static string Freshness(OcspResponseInfo info) =>
        $"thisUpdate {(info.ThisUpdate is { } t ? Time(t) : "?")}, nextUpdate {(info.NextUpdate is { } n ? Time(n) : "none")}";
}
