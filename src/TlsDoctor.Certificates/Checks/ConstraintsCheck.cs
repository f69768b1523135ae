using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>
/// What an issuer must be (RFC 5280 §6.1.4): a CA (k), within its path length (l, m), allowed to sign certificates
/// (n). Applies to the path's issuers below the top when the top is an anchor or a self-signed root, since RFC 5280
/// takes anchors as given (§6.1.1(d)).
/// </summary>
internal static class ConstraintsCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        for (var i = 1; i < context.Elements.Count; i++)
        {
            if (context.IsTerminal(i))
            {
                continue;
            }

            var element = context.Elements[i];
            var issuer = element.Certificate;
            var child = context.Elements[i - 1].Certificate;
            if (!issuer.IsCa)
            {
                var why = issuer.Version < 3 ? $"it is a version {issuer.Version} certificate without extensions"
                    : issuer.HasBasicConstraints ? "its basicConstraints say cA:FALSE" : "it has no basicConstraints extension";
                yield return new CertificateProblem(ProblemCodes.NotACa, Severity.Error,
                    $"the {context.Describe(i)} signs '{child.DisplayName}' but is not a CA",
                    $"{why} (RFC 5280 §4.2.1.9, §6.1.4(k))",
                    "send the CA's real intermediate certificate; this one is probably a server or client certificate put in its place",
                    element.SentIndex);
            }

            var below = NonSelfIssuedIntermediatesBelow(context, i);
            if (issuer.PathLength is { } limit && below > limit)
            {
                yield return new CertificateProblem(ProblemCodes.PathLengthExceeded, Severity.Error,
                    $"the {context.Describe(i)} allows {limit} intermediate(s) below it, but the path has {below}",
                    $"basicConstraints pathLenConstraint {limit} (RFC 5280 §4.2.1.9, §6.1.4(l)-(m))",
                    "send a path that fits the constraint (the CA's intended intermediate), or have the CA re-issue it",
                    element.SentIndex);
            }

            if (issuer.KeyUsage is { } usage && !usage.HasFlag(X509KeyUsageFlags.KeyCertSign))
            {
                yield return new CertificateProblem(ProblemCodes.WrongKeyUsage, Severity.Error,
                    $"the {context.Describe(i)} may not sign certificates (no keyCertSign)",
                    $"keyUsage is {usage} (RFC 5280 §4.2.1.3, §6.1.4(n))",
                    "send the CA's real intermediate certificate",
                    element.SentIndex);
            }
        }
    }

    // RFC 5280 §6.1.4(l): self-issued certificates (key rollover) do not count against pathLenConstraint.
    private static int NonSelfIssuedIntermediatesBelow(CheckContext context, int index) =>
        context.Elements.Skip(1).Take(index - 1).Count(e => !e.Certificate.IsSelfIssued);
}
