using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation.Ocsp;
using static TlsDoctor.Certificates.Revocation.RevocationFormat;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>The certificate problems a revocation check implies, with evidence and fix.</summary>
internal static class RevocationProblems
{
    private const string StaplingHowTo =
        "nginx: ssl_stapling on; ssl_stapling_verify on; with a working resolver; Apache: SSLUseStapling on with an SSLStaplingCache";

    public static IReadOnlyList<CertificateProblem> For(RevocationQuery query, RevocationStatus status, RevocationUrls urls)
    {
        var index = query.CertificateIndex;
        var problems = new List<CertificateProblem>();
        if (query.MustStaple && query.StapledOcspResponse is null)
        {
            problems.Add(new CertificateProblem(ProblemCodes.MustStapleWithoutStaple, Severity.Error,
                "the certificate requires OCSP stapling (Must-Staple), but the server sent no OCSP response",
                "the certificate has the TLS Feature extension with status_request (RFC 7633); the handshake carried no stapled response, so Firefox refuses the connection (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING)",
                $"enable OCSP stapling ({StaplingHowTo}), or replace the certificate with one without Must-Staple",
                index));
        }

        if (status.Staple is { IsUsable: false } or { CertStatus: not (OcspCertStatus.Good or OcspCertStatus.Revoked) })
        {
            var staple = status.Staple!;
            problems.Add(new CertificateProblem(ProblemCodes.StapleInvalid, query.MustStaple ? Severity.Error : Severity.Warning,
                "the server staples an OCSP response that clients cannot use",
                $"stapled response: {staple.Error ?? (staple.Defects.Count > 0 ? string.Join("; ", staple.Defects) : "it says " + staple.StatusText)}"
                    + (query.MustStaple ? "; with Must-Staple, Firefox refuses the connection" : "; clients ignore it and may query the responder themselves"),
                $"make the server fetch a current, valid response from the CA's responder ({StaplingHowTo}); check that it can reach {(urls.Ocsp.Count > 0 ? string.Join(", ", urls.Ocsp) : "the CA's OCSP responder")}",
                index));
        }

        switch (status.Verdict)
        {
            case RevocationVerdict.Revoked:
                var when = status.RevokedAt is { } at ? Date(at) : "an unstated date";
                problems.Add(new CertificateProblem(ProblemCodes.Revoked, Severity.Error,
                    "the certificate has been revoked",
                    status.Evidence,
                    $"replace the certificate: it was revoked on {when} (reason {CrlReasons.Name(status.Reason)}); clients that check revocation reject it",
                    index));
                break;
            case RevocationVerdict.Unknown:
                problems.Add(Unknown(status, urls, index));
                break;
        }

        return problems;
    }

    private static CertificateProblem Unknown(RevocationStatus status, RevocationUrls urls, int index)
    {
        var noSources = status.Staple is null && urls.Ocsp.Count == 0 && urls.Crl.Count == 0;
        return noSources
            ? new CertificateProblem(ProblemCodes.RevocationUnknown, Severity.Info,
                "revocation cannot be checked: the certificate names no OCSP responder or CRL (soft-fail)",
                status.Evidence,
                "nothing to do for a short-lived certificate; otherwise ask the CA for certificates with an OCSP or CRL URL",
                index)
            : new CertificateProblem(ProblemCodes.RevocationUnknown, Severity.Warning,
                "the revocation status could not be determined; clients soft-fail and accept the certificate",
                status.Evidence,
                $"if the CA's OCSP responder or CRL is down, nothing on the server fixes it; enable OCSP stapling ({StaplingHowTo}) so clients get the status from the handshake",
                index);
    }
}
