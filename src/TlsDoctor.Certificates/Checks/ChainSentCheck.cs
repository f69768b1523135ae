using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>
/// The chain as sent. RFC 5246 §7.4.2 (TLS 1.2): the sender's certificate first, and "each following certificate
/// MUST directly certify the one preceding it"; RFC 8446 §4.4.2 (TLS 1.3) relaxes that to SHOULD and asks clients to
/// tolerate extras and any order, and lets the server omit the root. Strict (older) clients still fail on disorder.
/// </summary>
internal static class ChainSentCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        var problems = Undecodable(context).ToList();
        if (!context.Options.FromServer)
        {
            return problems;
        }

        Duplicates(context, problems);
        RootIncluded(context, problems);
        Extras(context, problems);
        Order(context, problems);
        return problems;
    }

    /// <summary>Certificates that cannot be decoded: the only check that applies when the leaf is one of them.</summary>
    public static IEnumerable<CertificateProblem> Undecodable(CheckContext context)
    {
        for (var i = 0; i < context.Sent.Count; i++)
        {
            if (context.Sent[i].Error is { } error)
            {
                yield return new CertificateProblem(ProblemCodes.UnparseableCertificate, i == 0 ? Severity.Error : Severity.Warning,
                    i == 0 ? "the leaf certificate cannot be decoded" : $"certificate {i} of the chain cannot be decoded",
                    $"certificate {i} ({context.Sent[i].Der.Length} bytes): {error}",
                    "replace the certificate file's contents with the PEM certificates exactly as the CA issued them",
                    i);
            }
        }
    }

    private static void Duplicates(CheckContext context, List<CertificateProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < context.Sent.Count; i++)
        {
            var certificate = context.Sent[i];
            if (certificate.Error is null && !seen.TryAdd(certificate.Sha256Fingerprint, i))
            {
                problems.Add(new CertificateProblem(ProblemCodes.DuplicateCertificate, Severity.Warning,
                    $"'{certificate.DisplayName}' is sent twice",
                    $"certificates {seen[certificate.Sha256Fingerprint]} and {i} are identical (SHA-256 {certificate.Sha256Fingerprint})",
                    "remove the second copy from the certificate file",
                    i));
            }
        }
    }

    private static void RootIncluded(CheckContext context, List<CertificateProblem> problems)
    {
        for (var i = 1; i < context.Elements.Count; i++)
        {
            var element = context.Elements[i];
            if (element.IsSent && element.Certificate.IsSelfSigned)
            {
                problems.Add(new CertificateProblem(ProblemCodes.RootIncluded, Severity.Info,
                    $"the server sends the root '{element.Certificate.DisplayName}'",
                    "clients use their own copy of a root; sending it costs bytes in every handshake (RFC 8446 §4.4.2 lets the server omit it)",
                    "remove the root from the certificate file",
                    element.SentIndex));
            }
        }
    }

    /// <summary>
    /// A sent certificate off the path is "related" — and not reported — when it is another copy of a path
    /// certificate (same subject and key: a cross-signed variant) or an alternative issuer of one (a cross-sign for
    /// older clients, RFC 8446 §4.4.2 "transitional" certificates).
    /// </summary>
    private static void Extras(CheckContext context, List<CertificateProblem> problems)
    {
        var onPath = context.Elements.Where(e => e.IsSent).Select(e => e.Certificate.Sha256Fingerprint).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < context.Sent.Count; i++)
        {
            var certificate = context.Sent[i];
            if (certificate.Error is not null || onPath.Contains(certificate.Sha256Fingerprint) || !seen.Add(certificate.Sha256Fingerprint)
                || context.Elements.Any(e => Related(certificate, e.Certificate)))
            {
                continue;
            }

            problems.Add(new CertificateProblem(ProblemCodes.ExtraCertificates, Severity.Warning,
                $"the server sends '{certificate.DisplayName}', which is not part of the chain",
                $"certificate {i} ('{certificate.Subject}', issued by '{certificate.Issuer}') neither issues nor is issued by any certificate on the path to the trust anchor",
                $"remove '{certificate.DisplayName}' from the certificate file",
                i));
        }
    }

    private static bool Related(CertificateDetails extra, CertificateDetails onPath) =>
        (Trust.TrustStore.NameKey(extra.Subject) == Trust.TrustStore.NameKey(onPath.Subject) && extra.PublicKeyInfoDer.AsSpan().SequenceEqual(onPath.PublicKeyInfoDer))
        || (Trust.TrustStore.NameKey(extra.Subject) == Trust.TrustStore.NameKey(onPath.Issuer) && SignatureVerifier.Verifies(onPath.Der, extra.PublicKeyInfoDer));

    private static void Order(CheckContext context, List<CertificateProblem> problems)
    {
        var sentOrder = context.Elements.Where(e => e.IsSent).Select(e => e.SentIndex!.Value).ToList();
        if (sentOrder.Zip(sentOrder.Skip(1)).All(pair => pair.First < pair.Second))
        {
            return;
        }

        var asSent = Text.List(context.Sent.Select((c, i) => $"{i} '{c.DisplayName}'"));
        var expected = Text.List(context.Elements.Where(e => e.IsSent).Select(e => $"'{e.Certificate.DisplayName}'"));
        problems.Add(new CertificateProblem(ProblemCodes.WrongOrder, Severity.Warning,
            "the certificates are sent out of order",
            $"sent: {asSent}; each certificate should be followed by its issuer (RFC 5246 §7.4.2), but the path uses them in the order {Text.List(sentOrder.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}",
            $"order the certificate file leaf first, then each issuer: {expected}",
            null));
    }
}
