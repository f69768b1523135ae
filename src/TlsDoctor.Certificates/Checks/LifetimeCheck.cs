using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>
/// The leaf's lifetime against the CA/Browser Forum maximum (BR §6.3.2, see <see cref="LifetimeLimits"/>).
/// </summary>
/// <remarks>
/// The Baseline Requirements bind publicly-trusted CAs, not certificates in general: a private CA (a --ca-file
/// anchor) may issue any lifetime, and browsers do not apply these limits to private roots. So the check runs only
/// when the path ends at a public anchor (system or Mozilla store). Even then the limits from SC-081v3 constrain
/// what a CA may issue and no client enforces them, so going over is Info; only a limit a client enforces itself
/// (Safari's 398 days) is a Warning. The next limit the lifetime would break on renewal is named as Info.
/// </remarks>
internal static class LifetimeCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        if (context.Path.Anchor is not { IsPublic: true })
        {
            yield break;
        }

        var leaf = context.Elements[0].Certificate;
        var days = leaf.LifetimeDays;
        var limit = LifetimeLimits.InForceAt(leaf.NotBefore);
        if (limit is not null && days > limit.MaxDays)
        {
            yield return new CertificateProblem(ProblemCodes.LifetimeTooLong, limit.EnforcedBy is null ? Severity.Info : Severity.Warning,
                $"the leaf is valid for {Text.Days(days)} days; certificates issued from {Text.Date(limit.IssuedFrom)} may be valid for at most {limit.MaxDays}",
                $"notBefore {Text.Date(leaf.NotBefore)}, notAfter {Text.Date(leaf.NotAfter)}; {limit.Source}. "
                    + (limit.EnforcedBy ?? "Browsers do not enforce it themselves; publicly-trusted CAs may not issue it"),
                $"get certificates valid for at most {limit.MaxDays} days and renew them automatically (ACME, RFC 8555)",
                context.Elements[0].SentIndex);
        }

        // The limit a renewal will meet: the first one after this certificate's issuance that its lifetime breaks,
        // whether already in force today or announced for later.
        var coming = LifetimeLimits.After(leaf.NotBefore).FirstOrDefault(l => days > l.MaxDays);
        if (coming is not null)
        {
            yield return new CertificateProblem(ProblemCodes.LifetimeLimitComing, Severity.Info,
                $"from {Text.Date(coming.IssuedFrom)} publicly-trusted certificates may be valid for at most {coming.MaxDays} days; this leaf is valid for {Text.Days(days)}",
                $"{coming.Source}: the maximum validity shrinks to {coming.MaxDays} days for certificates issued on or after {Text.Date(coming.IssuedFrom)}",
                $"plan for renewal at least every {coming.MaxDays} days: automate it (ACME, RFC 8555) before {Text.Date(coming.IssuedFrom)}",
                context.Elements[0].SentIndex);
        }
    }
}
