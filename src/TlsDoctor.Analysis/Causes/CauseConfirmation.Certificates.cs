using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;

namespace TlsDoctor.Analysis.Causes;

public static partial class CauseConfirmation
{
    /// <summary>The chain analysis problem codes that confirm each certificate cause.</summary>
    private static readonly Dictionary<CauseId, string[]> ProblemsFor = new()
    {
        [CauseId.CertificateExpired] = [ProblemCodes.Expired],
        [CauseId.CertificateNotYetValid] = [ProblemCodes.NotYetValid],
        [CauseId.HostnameMismatch] = [ProblemCodes.HostnameMismatch],
        [CauseId.UnknownIssuer] = [ProblemCodes.UnknownIssuer, ProblemCodes.UntrustedRoot],
        [CauseId.IncompleteChain] = [ProblemCodes.IncompleteChain],
        [CauseId.SelfSigned] = [ProblemCodes.SelfSigned],
        [CauseId.WeakCertificateKey] = [ProblemCodes.WeakKeyRsa1024, ProblemCodes.WeakKey],
        [CauseId.WeakSignature] = [ProblemCodes.Sha1Signature, ProblemCodes.Md5Signature],
        [CauseId.Revoked] = [ProblemCodes.Revoked],
    };

    private static CauseCheck Certificate(CauseId cause, ServerScanResult result)
    {
        if (!ProblemsFor.TryGetValue(cause, out var codes))
        {
            return new(cause, Confirmation.CannotTell, "no check is defined for this cause");
        }

        if (NoHandshake(cause, result) is { } none)
        {
            return none;
        }

        var chains = ChainsForTarget(result);
        if (chains.Count == 0)
        {
            return new(cause, Confirmation.CannotTell, "no certificate chain was captured and analysed");
        }

        var found = chains
            .SelectMany(c => c.Analysis!.Problems.Where(p => codes.Contains(p.Code)))
            .FirstOrDefault();
        if (found is not null)
        {
            return new(cause, Confirmation.Confirmed, found.Evidence, found.Fix);
        }

        var analysis = chains[0].Analysis!;
        return cause switch
        {
            CauseId.Revoked => new(cause, Confirmation.CannotTell, "no stapled OCSP response says revoked; OCSP and CRLs were not asked (revocation checking is off)"),
            CauseId.UnknownIssuer or CauseId.IncompleteChain or CauseId.SelfSigned when analysis.Trusted => new(cause, Confirmation.RuledOut,
                $"the chain leads to a root in {analysis.TrustStoreDescription}; a client with another store may still not trust it"),
            CauseId.UnknownIssuer or CauseId.IncompleteChain or CauseId.SelfSigned => new(cause, Confirmation.RuledOut,
                $"the chain is not trusted for another reason: {TrustText(analysis.TrustStatus)} (judged against {analysis.TrustStoreDescription})"),
            _ => new(cause, Confirmation.RuledOut, $"no certificate the server sends has it ({chains.Count} chain(s) analysed)"),
        };
    }

    private static string TrustText(TrustStatus status) => status switch
    {
        TrustStatus.SelfSigned => "the certificate is self-signed",
        TrustStatus.UnknownIssuer => "its issuer is unknown",
        TrustStatus.IncompleteChain => "an intermediate is missing",
        TrustStatus.UntrustedRoot => "it ends in a root the store does not trust",
        TrustStatus.Unparseable => "the leaf cannot be read",
        _ => status.ToString(),
    };

    /// <summary>The analysed chains for the name the client asks for (the target's SNI), else all analysed chains.</summary>
    private static List<CapturedChain> ChainsForTarget(ServerScanResult result)
    {
        var analysed = result.Certificates?.Chains.Where(c => c.Analysis is not null).ToList() ?? [];
        var forName = analysed.Where(c => c.ServerName == result.Target.ServerName).ToList();
        return forName.Count > 0 ? forName : analysed;
    }
}
