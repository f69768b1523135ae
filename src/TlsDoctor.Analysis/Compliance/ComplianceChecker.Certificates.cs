using TlsDoctor.Certificates.Details;
using TlsDoctor.Scanning;

namespace TlsDoctor.Analysis.Compliance;

// The leaf certificates: key type, key size or curve, signature algorithm, lifetime.
public static partial class ComplianceChecker
{
    private static void CheckCertificates(MozillaProfile profile, ServerScanResult scan, List<Deviation> deviations, List<string> notChecked)
    {
        var leaves = (scan.Certificates?.Chains ?? [])
            .Where(c => c.Certificates.Count > 0)
            .Select(c => c.Analysis?.Certificates.FirstOrDefault() ?? CertificateDetails.FromDer(c.Certificates[0]))
            .DistinctBy(d => d.Sha256Fingerprint)
            .ToList();
        if (leaves.Count == 0)
        {
            notChecked.Add("certificates: not checked, the scan captured none");
            return;
        }

        // certificate_signatures is the leaf's signature: the issuing CA's choice, but the server's to change.
        foreach (var leaf in leaves)
        {
            CheckLeaf(profile, leaf, deviations);
        }
    }

    private static void CheckLeaf(MozillaProfile profile, CertificateDetails leaf, List<Deviation> deviations)
    {
        var who = $"certificate {leaf.Subject} ({KeyText(leaf)})";
        var type = leaf.KeyAlgorithm switch
        {
            KeyAlgorithm.Rsa => "rsa",
            KeyAlgorithm.Ecdsa => "ecdsa",
            _ => leaf.KeyAlgorithm.ToString().ToLowerInvariant(),
        };
        if (profile.CertificateTypes is { } types && !types.Contains(type, StringComparer.Ordinal))
        {
            deviations.Add(new(DeviationKind.CertificateType,
                $"{who}: {profile.Title} allows {string.Join(", ", types.Select(t => t.ToUpperInvariant()))} only"));
        }
        else if (leaf.KeyAlgorithm == KeyAlgorithm.Rsa && profile.RsaKeySize is { } minimum && leaf.KeySizeBits < minimum)
        {
            deviations.Add(new(DeviationKind.CertificateKeySize, $"{who} has a {leaf.KeySizeBits}-bit RSA key; {profile.Title} asks for at least {minimum} bits"));
        }
        else if (leaf.KeyAlgorithm == KeyAlgorithm.Ecdsa && profile.MinEcdsaBits is { } ecMinimum && leaf.KeySizeBits < ecMinimum)
        {
            deviations.Add(new(DeviationKind.CertificateKeySize, $"{who} has a {leaf.KeySizeBits}-bit ECDSA key; {profile.Title} asks for at least {ecMinimum} bits"));
        }
        else if (leaf.KeyAlgorithm == KeyAlgorithm.Ecdsa && profile.CertificateCurves is { } curves
            && !curves.Select(MozillaNames.CertificateCurve).Contains(leaf.Curve, StringComparer.Ordinal))
        {
            deviations.Add(new(DeviationKind.CertificateCurve,
                $"{who} is on curve {leaf.Curve ?? "(unknown)"}; {profile.Title} allows {string.Join(", ", curves)}"));
        }

        if (profile.CertificateSignatures is { } signatures && !signatures.Contains(leaf.SignatureAlgorithm.Name, StringComparer.Ordinal))
        {
            deviations.Add(new(DeviationKind.CertificateSignature,
                $"{who} is signed with {leaf.SignatureAlgorithm.Name}; {profile.Title} allows {string.Join(", ", signatures)}"));
        }

        var days = (leaf.NotAfter - leaf.NotBefore).TotalDays;
        if (profile.MaximumCertificateLifespanDays is { } maximum && days > maximum)
        {
            deviations.Add(new(DeviationKind.CertificateLifetime,
                $"{who} is valid for {Math.Round(days)} days; {profile.Title} allows at most {maximum}"));
        }
    }

    private static string KeyText(CertificateDetails leaf) => leaf.KeyAlgorithm switch
    {
        KeyAlgorithm.Rsa => $"{leaf.KeySizeBits}-bit RSA",
        KeyAlgorithm.Ecdsa => $"ECDSA {leaf.Curve}",
        _ => leaf.KeyAlgorithm.ToString(),
    };
}
