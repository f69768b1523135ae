using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>
/// RFC 5280 §6.1.3(a)(2): every certificate of the path must be within its validity period at the time of checking.
/// Checks the whole path, anchor included (OpenSSL and browsers reject an expired root too).
/// </summary>
internal static class ValidityCheck
{
    // Certificates "from the future" by less than this are almost always a wrong clock, not a wrong certificate.
    private static readonly TimeSpan ClockSkewWindow = TimeSpan.FromDays(1);

    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        for (var i = 0; i < context.Elements.Count; i++)
        {
            var problem = Check(context, i);
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static CertificateProblem? Check(CheckContext context, int index)
    {
        var element = context.Elements[index];
        var certificate = element.Certificate;
        var now = context.Now;
        var who = context.Describe(index);
        if (now > certificate.NotAfter)
        {
            var ago = Text.Duration(now - certificate.NotAfter);
            return new CertificateProblem(ProblemCodes.Expired, Severity.Error,
                $"the {who} expired {ago} ago ({Text.Date(certificate.NotAfter)})",
                $"notAfter {Text.Instant(certificate.NotAfter)}; checked at {Text.Instant(now)}",
                index == 0
                    ? $"renew: expired {ago} ago ({Text.Date(certificate.NotAfter)}); install the renewed certificate and reload the server"
                    : $"replace the expired {context.Role(index)} with the CA's current one (expired {Text.Date(certificate.NotAfter)}) and send that instead",
                element.SentIndex);
        }

        if (now < certificate.NotBefore)
        {
            var early = certificate.NotBefore - now;
            var skew = early <= ClockSkewWindow;
            return new CertificateProblem(ProblemCodes.NotYetValid, Severity.Error,
                $"the {who} is not valid until {Text.Instant(certificate.NotBefore)}",
                $"notBefore {Text.Instant(certificate.NotBefore)} is {Text.Duration(early)} after the time of checking ({Text.Instant(now)})"
                    + (skew ? "; that is within a day, which points to clock skew" : ""),
                skew
                    ? "clock skew: check the clock (NTP) of the machine that issued the certificate and of this client; clients with a correct clock accept it from "
                        + Text.Instant(certificate.NotBefore)
                    : $"install a certificate that is valid now; this one starts on {Text.Date(certificate.NotBefore)}",
                element.SentIndex);
        }

        var left = certificate.NotAfter - now;
        var errorWindow = TimeSpan.FromDays(context.Options.ExpiryErrorDays);
        var warningWindow = TimeSpan.FromDays(context.Options.ExpiryWarningDays);
        if (left > warningWindow)
        {
            return null;
        }

        var severity = left <= errorWindow ? Severity.Error : Severity.Warning;
        var threshold = severity == Severity.Error ? context.Options.ExpiryErrorDays : context.Options.ExpiryWarningDays;
        return new CertificateProblem(ProblemCodes.ExpiresSoon, severity,
            $"the {who} expires in {Text.Duration(left)} ({Text.Date(certificate.NotAfter)})",
            $"notAfter {Text.Instant(certificate.NotAfter)}: within the {threshold}-day {(severity == Severity.Error ? "error" : "warning")} threshold",
            index == 0
                ? $"renew before {Text.Date(certificate.NotAfter)} and automate renewal (ACME, RFC 8555)"
                : $"move to the CA's successor of this {context.Role(index)} before {Text.Date(certificate.NotAfter)}",
            element.SentIndex);
    }
}
