using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Checks;

/// <summary>The leaf's keyUsage and extKeyUsage must allow TLS server use; an intermediate's extKeyUsage must too.</summary>
internal static class UsageCheck
{
    public static IEnumerable<CertificateProblem> Run(CheckContext context)
    {
        if (LeafKeyUsage(context) is { } keyUsage)
        {
            yield return keyUsage;
        }

        for (var i = 0; i < context.Elements.Count; i++)
        {
            // The leaf is always judged, even when it is self-signed or itself an anchor: it is the server certificate.
            if ((i == 0 || !context.IsTerminal(i)) && ExtendedKeyUsage(context, i) is { } eku)
            {
                yield return eku;
            }
        }
    }

    /// <summary>
    /// RFC 8446 §4.4.2.2 and RFC 5246 §7.4.2: signing handshakes ((EC)DHE, TLS 1.3) needs digitalSignature; RSA key
    /// transport needs keyEncipherment; static ECDH needs keyAgreement (RFC 8422 §5.3). With only the latter two,
    /// some suites still work, so that is a warning.
    /// </summary>
    private static CertificateProblem? LeafKeyUsage(CheckContext context)
    {
        var leaf = context.Elements[0].Certificate;
        if (leaf.KeyUsage is not { } usage || usage.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            return null;
        }

        var legacy = leaf.KeyAlgorithm switch
        {
            KeyAlgorithm.Rsa when usage.HasFlag(X509KeyUsageFlags.KeyEncipherment) => "RSA key exchange",
            KeyAlgorithm.Ecdsa when usage.HasFlag(X509KeyUsageFlags.KeyAgreement) => "static ECDH key exchange",
            _ => null,
        };
        return new CertificateProblem(ProblemCodes.WrongKeyUsage, legacy is null ? Severity.Error : Severity.Warning,
            legacy is null ? "the leaf's keyUsage does not allow TLS server use" : $"the leaf's keyUsage allows only {legacy}",
            $"keyUsage is {usage}, without digitalSignature: TLS 1.3 and (EC)DHE suites need the key to sign (RFC 8446 §4.4.2.2, RFC 5280 §4.2.1.3)",
            "re-issue the certificate with keyUsage digitalSignature (plus keyEncipherment for RSA keys)",
            context.Elements[0].SentIndex);
    }

    /// <summary>
    /// RFC 5280 §4.2.1.12: with extKeyUsage present, the certificate may be used only for the listed purposes; TLS
    /// servers need id-kp-serverAuth (CA/B BR §7.1.2.7.10) or anyExtendedKeyUsage. Browsers and Windows also read an
    /// intermediate's extKeyUsage as a limit on everything it issues.
    /// </summary>
    private static CertificateProblem? ExtendedKeyUsage(CheckContext context, int index)
    {
        var element = context.Elements[index];
        if (element.Certificate.ExtendedKeyUsages is not { } purposes
            || purposes.Any(p => p.Oid is KeyPurposes.ServerAuth or KeyPurposes.AnyExtendedKeyUsage))
        {
            return null;
        }

        return new CertificateProblem(ProblemCodes.WrongExtendedKeyUsage, Severity.Error,
            $"the {context.Describe(index)} is not for TLS servers (no serverAuth)",
            $"extKeyUsage lists only {Text.List(purposes.Select(p => p.ToString()))}",
            index == 0
                ? "re-issue the certificate as a TLS server certificate (extKeyUsage serverAuth)"
                : $"use a CA whose {context.Role(index)} allows serverAuth",
            element.SentIndex);
    }
}
