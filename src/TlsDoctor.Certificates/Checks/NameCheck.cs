using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>The leaf must cover the host name the client asked for (RFC 6125 §6, RFC 2818 §3.1).</summary>
internal static class NameCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        if (context.NameMatch is not { } match)
        {
            yield break;
        }

        var host = match.HostName;
        var covered = Text.List(match.CoveredNames);
        var notes = match.Notes.Count > 0 ? "; " + string.Join("; ", match.Notes) : "";
        if (!match.Matches)
        {
            yield return new CertificateProblem(ProblemCodes.HostnameMismatch, Severity.Error,
                $"the certificate does not cover {host}",
                $"the certificate covers {covered}, not {host}{notes}",
                $"issue a certificate whose subjectAltName includes {(IsIp(host) ? "IP:" : "DNS:")}{host}, or connect with a name it covers ({covered})",
                0);
        }
        else if (match.UsedCommonName)
        {
            yield return new CertificateProblem(ProblemCodes.HostnameCnFallback, Severity.Warning,
                $"{host} matches only the subject CN: the certificate has no DNS subjectAltName",
                "RFC 6125 §6.4.4 allows the CN only as a fallback and deprecates it; Chrome (since 58) and Firefox ignore the CN "
                    + "and refuse this certificate; CA/B BR §7.1.2.7.12 requires a subjectAltName",
                $"re-issue the certificate with subjectAltName DNS:{host}",
                0);
        }
    }

    private static bool IsIp(string host) => System.Net.IPAddress.TryParse(host.Trim('[', ']'), out _) && host.Any(c => c is '.' or ':');
}
