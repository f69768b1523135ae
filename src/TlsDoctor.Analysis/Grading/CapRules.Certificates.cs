using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;

namespace TlsDoctor.Analysis.Grading;

public static partial class CapRules
{
    /// <summary>
    /// Problem codes that make the certificate untrusted: T (guide, Methodology Overview step 4). SHA-1 signatures are
    /// counted as untrusted since browsers stopped trusting them (SSL Labs 2017 grading changes, <see cref="RatingSources.Grading2017"/>).
    /// </summary>
    public static IReadOnlySet<string> TrustProblems { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ProblemCodes.Expired, ProblemCodes.NotYetValid, ProblemCodes.SelfSigned, ProblemCodes.UnknownIssuer,
        ProblemCodes.IncompleteChain, ProblemCodes.UntrustedRoot, ProblemCodes.Revoked, ProblemCodes.Md5Signature,
        ProblemCodes.Sha1Signature,
    };

    /// <summary>The chain a browser would get: the one sent for the host name, else the first analysed one.</summary>
    public static CapturedChain? GradedChain(ServerScanResult scan)
    {
        var analysed = (scan.Certificates?.Chains ?? []).Where(c => c.Analysis is not null).ToList();
        return analysed.FirstOrDefault(c => c.ServerName is not null) ?? analysed.FirstOrDefault();
    }

    /// <summary>Guide, Methodology Overview step 4: name mismatch is graded M, not A–F.</summary>
    public static GradeCap? NameMismatch(ServerScanResult scan) =>
        GradedChain(scan)?.Analysis?.Problems.FirstOrDefault(p => p.Code == ProblemCodes.HostnameMismatch) is { } problem
            ? new(problem.Code, Grade.M, problem.Evidence, problem.Fix, RatingSources.Guide)
            : null;

    /// <summary>Guide, Methodology Overview step 4 and step 1 (certificate valid and trusted): T.</summary>
    public static GradeCap? NotTrusted(ServerScanResult scan)
    {
        var analysis = GradedChain(scan)?.Analysis;
        if (analysis is null)
        {
            return null;
        }

        if (analysis.Problems.FirstOrDefault(p => TrustProblems.Contains(p.Code)) is { } problem)
        {
            return new(problem.Code, Grade.T, problem.Evidence, problem.Fix,
                problem.Code == ProblemCodes.Sha1Signature ? RatingSources.Grading2017 : RatingSources.Guide);
        }

        return analysis.Trusted
            ? null
            : new("not_trusted", Grade.T, analysis.Verdict, "install a certificate chain that leads to a trusted root", RatingSources.Guide);
    }

    /// <summary>
    /// Qualys, January 2014: an RSA/DSA server key below 2048 bits: B; below 1024 bits: F. The key exchange score
    /// (guide Table 3) also counts it; the cap holds the letter even when the score would still say A.
    /// </summary>
    public static GradeCap? WeakKey(ServerScanResult scan)
    {
        var weakest = CategoryScores.LeafKeys(scan).Where(k => k.KeyAlgorithm is KeyAlgorithm.Rsa or KeyAlgorithm.Dsa).MinBy(k => k.KeySizeBits);
        return weakest switch
        {
            { KeySizeBits: < 1024 } => new("key_below_1024", Grade.F, $"{weakest.KeyAlgorithm.ToString().ToUpperInvariant()} key of {weakest.KeySizeBits} bits ({weakest.Subject})",
                "replace the key: RSA 2048+ or ECDSA P-256", RatingSources.Grading2014),
            { KeySizeBits: < 2048 } => new("weak_key", Grade.B, $"{weakest.KeyAlgorithm.ToString().ToUpperInvariant()} key of {weakest.KeySizeBits} bits ({weakest.Subject})",
                "replace the key: RSA 2048+ or ECDSA P-256", RatingSources.Grading2014),
            _ => null,
        };
    }
}
