using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;
using SchemeAlgorithm = TlsDoctor.Tls.Registry.SignatureAlgorithm;

namespace TlsDoctor.Analysis.Compatibility;

// Steps 4 and 5: the signature scheme the server signs with, then the client's checks of the chain it is sent.
public static partial class CompatibilityChecker
{
    private static CompatibilityResult CheckCertificate(Handshake h)
    {
        var suite = h.Suite!;
        if (suite.IsAnonymous || suite.Authentication is Authentication.Psk or Authentication.Srp)
        {
            return h.Result(true, h.Summary() + ", no certificate");
        }

        var certificateType = CertificateType(h);
        if (SignatureSchemeFailure(h, certificateType) is { } noScheme)
        {
            return noScheme;
        }

        var chains = ChainsFor(h, certificateType);
        if (chains.Count == 0)
        {
            h.Notes.Add($"no {certificateType} chain was captured; the certificate checks were skipped");
            return h.Result(true, $"{h.Summary()}, {certificateType} certificate (not captured)");
        }

        var withSni = chains.FirstOrDefault(c => c.ServerName is not null);
        var withoutSni = chains.FirstOrDefault(c => c.ServerName is null);
        h.Chain = h.Client.SendsSni ? withSni ?? withoutSni : withoutSni ?? withSni;
        if (!h.Client.SendsSni && withoutSni is null)
        {
            h.Notes.Add("no chain was captured without SNI; judged the one sent with SNI");
        }

        if (ChainFailure(h.Client, h.Chain!, h.Notes) is { } failure)
        {
            // A chain that only fails without SNI points at the missing SNI, not at the certificate.
            if (!h.Client.SendsSni && withSni is not null && h.Chain != withSni && ChainFailure(h.Client, withSni, []) is null)
            {
                return h.Fail(FailureCause.NoSni,
                    $"client '{h.Client.Name}' sends no SNI, and without it the server sends a chain that fails: {failure.Text}");
            }

            return h.Fail(failure.Cause, failure.Text);
        }

        return h.Result(true, $"{h.Summary()}, {Describe(h.Chain!)} certificate");
    }

    /// <summary>
    /// The captured chains of this key type, those of the negotiated version first choice (a server may hold different
    /// certificates per version); a TLS 1.3 capture without signature scheme data is labelled "any" and stands in.
    /// </summary>
    private static List<CapturedChain> ChainsFor(Handshake h, string certificateType)
    {
        var all = h.Scan.Certificates?.Chains ?? [];
        var ofType = all.Where(c => string.Equals(c.CertificateType, certificateType, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ofType.Count == 0)
        {
            ofType = [.. all.Where(c => c.CertificateType == "any")];
        }

        var sameVersion = ofType.Where(c => c.Version == h.Version).ToList();
        return sameVersion.Count > 0 ? sameVersion : ofType;
    }

    /// <summary>Which certificate the server uses: the suite's in TLS ≤ 1.2; in TLS 1.3 ECDSA when both sides can, else RSA.</summary>
    private static string CertificateType(Handshake h)
    {
        switch (h.Suite!.Authentication)
        {
            case Authentication.Rsa: return "RSA";
            case Authentication.Ecdsa: return "ECDSA";
            case Authentication.Dss: return "DSA";
        }

        // TLS 1.3 (RFC 8446 §4.4.2.2): the server picks a certificate the client's signature_algorithms allow. With
        // both an ECDSA and an RSA certificate, OpenSSL and nginx prefer ECDSA (inferred from their certificate
        // selection order; the scan cannot tell).
        var chains = h.Scan.Certificates?.Chains ?? [];
        var clientEcdsa = h.Client.SignatureSchemes.Count == 0
            || h.Client.SignatureSchemes.Any(s => SignatureSchemes.Find(s)?.Algorithm == SchemeAlgorithm.Ecdsa);
        return clientEcdsa && chains.Any(c => c.CertificateType == "ECDSA") ? "ECDSA"
            : chains.Any(c => c.CertificateType == "RSA") || chains.Count == 0 ? "RSA" : chains[0].CertificateType;
    }

    private static CompatibilityResult? SignatureSchemeFailure(Handshake h, string certificateType)
    {
        if (h.Version < TlsVersion.Tls12 || h.Client.SignatureSchemes.Count == 0)
        {
            return null;
        }

        var server = h.Scan.SignatureSchemes.FirstOrDefault(s => s.Version == h.Version && s.CertificateType == certificateType);
        if (server is null || server.Schemes.Count == 0)
        {
            return null;
        }

        // RFC 8446 §4.2.3: PKCS#1 v1.5 and SHA-1 schemes cannot sign a TLS 1.3 CertificateVerify.
        var client = h.Client.SignatureSchemes.Where(s => h.Version != TlsVersion.Tls13 || SignatureSchemes.Find(s)?.Tls13 != false);
        return server.Schemes.Intersect(client).Any() ? null
            : h.Fail(FailureCause.NoCommonSignatureScheme,
                $"at {h.Version.Name()} the server signs with {string.Join(", ", server.Schemes.Select(SignatureSchemes.Name))} only; " +
                $"client '{h.Client.Name}' accepts none of them");
    }

    private sealed record ChainProblem(FailureCause Cause, string Text);

    private static ChainProblem? ChainFailure(ClientProfile client, CapturedChain chain, List<string> notes)
    {
        var certificates = chain.Analysis?.Certificates ?? [.. chain.Certificates.Select(CertificateDetails.FromDer)];
        for (var i = 0; i < certificates.Count; i++)
        {
            var c = certificates[i];
            var minimum = c.KeyAlgorithm switch
            {
                KeyAlgorithm.Rsa => client.MinRsaBits,
                KeyAlgorithm.Ecdsa => client.MinEcdsaBits,
                _ => 0,
            };
            if (minimum > 0 && c.KeySizeBits > 0 && c.KeySizeBits < minimum)
            {
                return new(FailureCause.CertificateKeyTooSmall,
                    $"the {Role(i)} '{c.Subject}' has a {c.KeySizeBits}-bit {c.KeyAlgorithm} key; client '{client.Name}' requires at least {minimum} bits");
            }

            if (!client.AcceptsSha1Certificates && !c.IsSelfSigned && c.SignatureAlgorithm.Hash == "SHA-1")
            {
                return new(FailureCause.Sha1CertificateRejected,
                    $"the {Role(i)} '{c.Subject}' is signed with {c.SignatureAlgorithm.Name}; client '{client.Name}' rejects SHA-1 signatures");
            }
        }

        var problems = chain.Analysis?.Problems.Where(p => p.Severity == Severity.Error).ToList() ?? [];
        if (problems.Count > 0 && !client.ValidatesCertificates)
        {
            notes.Add($"the user is shown a certificate warning ({string.Join(", ", problems.Select(p => p.Code).Distinct())}) and may continue");
            return null;
        }

        foreach (var (code, cause) in ProblemCauses)
        {
            var p = problems.FirstOrDefault(p => p.Code == code);
            if (p is null)
            {
                continue;
            }

            // A client can only fetch what the certificate says where to find (RFC 5280 §4.2.2.1 caIssuers); a leaf
            // without that URL leaves even Chrome with no way to the missing intermediate.
            if (code == ProblemCodes.IncompleteChain && client.FetchesMissingIntermediates
                && chain.Analysis?.MissingLink is { CaIssuersUrls.Count: > 0 })
            {
                notes.Add($"the server leaves out an intermediate; '{client.Name}' fetches it itself ({p.Evidence})");
                continue;
            }

            return new(cause, $"{p.Summary}: {p.Evidence}; client '{client.Name}' rejects it");
        }

        return null;
    }

    // The order a verifier reports them in: building the path to a trust anchor, then validity, then the name, then
    // revocation (RFC 5280 §6.1 checks, RFC 6125 name check, then status).
    private static readonly (string Code, FailureCause Cause)[] ProblemCauses =
    [
        (ProblemCodes.SelfSigned, FailureCause.CertificateUntrusted),
        (ProblemCodes.UntrustedRoot, FailureCause.CertificateUntrusted),
        (ProblemCodes.UnknownIssuer, FailureCause.CertificateUntrusted),
        (ProblemCodes.IncompleteChain, FailureCause.CertificateUntrusted),
        (ProblemCodes.Expired, FailureCause.CertificateExpired),
        (ProblemCodes.NotYetValid, FailureCause.CertificateNotYetValid),
        (ProblemCodes.HostnameMismatch, FailureCause.CertificateNameMismatch),
        (ProblemCodes.Revoked, FailureCause.CertificateRevoked),
    ];

    private static string Role(int index) => index == 0 ? "leaf" : $"chain certificate #{index}";

    private static string Describe(CapturedChain chain)
    {
        var leaf = chain.Analysis?.Certificates.FirstOrDefault()
            ?? (chain.Certificates.Count > 0 ? CertificateDetails.FromDer(chain.Certificates[0]) : null);
        return leaf is null || leaf.KeySizeBits == 0 ? chain.CertificateType : $"{chain.CertificateType}-{leaf.KeySizeBits}";
    }
}
