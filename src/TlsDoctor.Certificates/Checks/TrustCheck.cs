using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Checks;

/// <summary>The trust verdict as a problem, naming what is missing and where to get it (see <see cref="PathBuilder"/>).</summary>
internal static class TrustCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        var path = context.Path;
        var store = context.Store.Description;
        var top = context.Elements[^1];
        var problem = path.Status switch
        {
            TrustStatus.SelfSigned => new CertificateProblem(ProblemCodes.SelfSigned, Severity.Error,
                "the certificate is self-signed",
                $"'{top.Certificate.Subject}' is its own issuer and verifies with its own key; it is not in {store}",
                "use a certificate from a CA the clients trust (ACME/Let's Encrypt is free), or install this certificate on the clients "
                    + "as a trust anchor (check with --ca-file)",
                0),
            TrustStatus.UntrustedRoot => new CertificateProblem(ProblemCodes.UntrustedRoot, Severity.Error,
                $"the chain ends at the root '{top.Certificate.DisplayName}', which is not trusted",
                $"the server sends the self-signed root '{top.Certificate.Subject}', but it is not in {store}",
                "chain to a root the clients trust, or install this root on the clients (check with --ca-file)",
                top.SentIndex),
            TrustStatus.UnknownIssuer => Unknown(context, path.MissingLink!),
            TrustStatus.IncompleteChain => Incomplete(context, path.MissingLink!),
            TrustStatus.Unparseable => null, // reported by ChainSentCheck as unparseable_certificate
            _ => null,
        };

        if (problem is not null)
        {
            yield return problem;
        }
    }

    private static CertificateProblem Unknown(CheckContext context, MissingLink link)
    {
        var issuer = IssuerDisplay(link);
        return new CertificateProblem(ProblemCodes.UnknownIssuer, Severity.Error,
            $"the chain does not lead to a trusted root: the issuer '{issuer}' is unknown",
            $"the path ends at '{link.LastReached.Certificate.DisplayName}', issued by '{link.IssuerName}'{KeyId(link)}, "
                + $"which is neither sent by the server nor in {context.Store.Description}{Where(link)}",
            $"if '{issuer}' is an intermediate, send it after '{link.LastReached.Certificate.DisplayName}'{Where(link)}; if it is a private root, "
                + "the clients must trust it (check with --ca-file <root.pem>)",
            link.LastReached.SentIndex);
    }

    private static CertificateProblem Incomplete(CheckContext context, MissingLink link)
    {
        var issuer = IssuerDisplay(link);
        var borrowed = context.Elements.FirstOrDefault(e => !e.IsSent && e.Anchor is not null && !e.Certificate.IsSelfSigned);
        var sentOnly = context.Sent.Count == 1 ? "the server sends only the leaf" : $"the server sends {context.Sent.Count} certificates";
        var evidence = borrowed is null
            ? $"{sentOnly}; the issuer of '{link.LastReached.Certificate.DisplayName}', '{link.IssuerName}'{KeyId(link)}, is not among them{Where(link)}"
            : $"{sentOnly}; the path reaches {context.Store.Description} only through '{link.IssuerName}', found in {borrowed.Anchor!.Source}, "
                + "not sent by the server; clients without that certificate fail";
        return new CertificateProblem(ProblemCodes.IncompleteChain, Severity.Error,
            $"the server does not send the intermediate '{issuer}'",
            evidence,
            $"install the intermediate '{issuer}'{Where(link)} after the leaf in your certificate file",
            link.LastReached.SentIndex);
    }

    private static string IssuerDisplay(MissingLink link) => link.LastReached.Certificate.IssuerDisplayName;

    private static string KeyId(MissingLink link) => link.AuthorityKeyIdentifier is { } id ? $" (key id {id})" : "";

    private static string Where(MissingLink link) =>
        link.CaIssuersUrls.Count > 0 ? $" (caIssuers: {string.Join(", ", link.CaIssuersUrls)})" : "";
}
