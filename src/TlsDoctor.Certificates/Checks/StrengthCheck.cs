using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>Key sizes and curves of every path certificate; signature hashes of every certificate below the top.</summary>
internal static class StrengthCheck
{
    // CA/B BR §6.1.5: RSA moduli of at least 2048 bits; ECDSA on P-256, P-384 or P-521.
    private const int MinRsaBits = 2048;
    private const int Rsa1024Bits = 1024;
    private static readonly HashSet<string> AcceptedCurves = new(StringComparer.Ordinal) { "P-256", "P-384", "P-521", "Ed25519", "Ed448" };

    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        for (var i = 0; i < context.Elements.Count; i++)
        {
            if (KeyProblem(context, i) is { } key)
            {
                yield return key;
            }

            if (!context.IsTerminal(i) && SignatureProblem(context, i) is { } signature)
            {
                yield return signature;
            }
        }
    }

    private static CertificateProblem? KeyProblem(CheckContext context, int index)
    {
        var element = context.Elements[index];
        var certificate = element.Certificate;
        var who = context.Describe(index);
        var fix = index == 0 ? "re-issue the certificate with an RSA-2048 (or larger) or ECDSA P-256 key" : $"move to a CA whose {context.Role(index)} has a strong key";
        switch (certificate.KeyAlgorithm)
        {
            case KeyAlgorithm.Rsa when certificate.KeySizeBits is > 0 and < MinRsaBits:
                return new CertificateProblem(certificate.KeySizeBits == Rsa1024Bits ? ProblemCodes.WeakKeyRsa1024 : ProblemCodes.WeakKey, Severity.Error,
                    $"the {who} has a {certificate.KeySizeBits}-bit RSA key",
                    $"RSA keys under {MinRsaBits} bits are refused by browsers and by OpenSSL's default security level 2 (CA/B BR §6.1.5 requires {MinRsaBits})",
                    fix, element.SentIndex);
            case KeyAlgorithm.Ecdsa when certificate.Curve is null || !AcceptedCurves.Contains(certificate.Curve):
                return new CertificateProblem(ProblemCodes.WeakKey, Severity.Error,
                    $"the {who} uses the curve {certificate.Curve ?? "(unnamed)"}",
                    "TLS clients support P-256, P-384 and P-521 for certificates (RFC 8422 §5.1.1, RFC 8446 §4.2.7; CA/B BR §6.1.5); "
                        + "other curves are too small or unsupported",
                    fix, element.SentIndex);
            case KeyAlgorithm.Dsa:
                return new CertificateProblem(ProblemCodes.WeakKey, Severity.Error,
                    $"the {who} has a DSA key ({certificate.KeySizeBits} bits)",
                    "TLS 1.3 has no DSA signatures (RFC 8446 §4.2.3) and browsers dropped DSA certificates",
                    fix, element.SentIndex);
            default:
                return null;
        }
    }

    private static CertificateProblem? SignatureProblem(CheckContext context, int index)
    {
        var element = context.Elements[index];
        var algorithm = element.Certificate.SignatureAlgorithm;
        var (code, hash) = algorithm.Hash switch
        {
            "MD5" or "MD2" => (ProblemCodes.Md5Signature, algorithm.Hash),
            "SHA-1" => (ProblemCodes.Sha1Signature, algorithm.Hash),
            _ => (null, null),
        };
        if (code is null)
        {
            return null;
        }

        return new CertificateProblem(code, Severity.Error,
            $"the {context.Describe(index)} is signed with {hash} ({algorithm.Name})",
            $"{hash} signatures can be forged (collisions); browsers have refused them since 2017 and CA/B BR §7.1.3.2 forbids them",
            index == 0 ? "re-issue the certificate; any current CA signs with SHA-256 or better" : $"replace the {context.Role(index)} with the CA's SHA-256 one",
            element.SentIndex);
    }
}
