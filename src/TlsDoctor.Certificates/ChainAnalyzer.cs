using TlsDoctor.Certificates.Checks;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Names;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates;

/// <summary>
/// Diagnoses a certificate chain: builds the path to a trust anchor, checks validity, lifetime, name, trust, the
/// chain as sent, key and signature strength, CA constraints and key usages, then runs the revocation hook.
/// Opens no sockets; revocation fetching goes through <see cref="AnalysisOptions.Revocation"/>.
/// </summary>
/// <param name="revocationCheck">OCSP/CRL/SCT checks run after the path is built; null runs none.</param>
public sealed class ChainAnalyzer(IRevocationCheck? revocationCheck = null)
{
    private static readonly Func<CheckContext, IEnumerable<CertificateProblem>>[] Checks =
    [
        ChainSentCheck.Run,
        TrustCheck.Run,
        ValidityCheck.Run,
        NameCheck.Run,
        StrengthCheck.Run,
        ConstraintsCheck.Run,
        UsageCheck.Run,
        LifetimeCheck.Run,
    ];

    /// <summary>Analyses <paramref name="chain"/> (DER certificates, leaf first, as the server sent them).</summary>
    /// <exception cref="ArgumentException">The chain is empty or the options contradict themselves.</exception>
    /// <exception cref="TrustStoreException">No trust store was given and the system store cannot be loaded.</exception>
    public async Task<ChainAnalysis> AnalyzeAsync(IReadOnlyList<byte[]> chain, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (chain.Count == 0)
        {
            throw new ArgumentException("the chain is empty: the server sent no certificate", nameof(chain));
        }

        var sent = chain.Select(CertificateDetails.FromDer).ToList();
        var store = options.TrustStore ?? TrustStore.System();
        var now = options.Time.GetUtcNow();
        var path = PathBuilder.Build(sent, store, now);
        var leaf = sent[0];
        var nameMatch = options.HostName is { } host && leaf.Error is null ? HostnameMatcher.Match(leaf, host) : null;
        var context = new CheckContext(sent, path, store, options, now, nameMatch);

        var problems = new List<CertificateProblem>();
        if (leaf.Error is null)
        {
            foreach (var check in Checks)
            {
                problems.AddRange(check(context));
            }
        }
        else
        {
            problems.AddRange(ChainSentCheck.Undecodable(context));
        }

        if (revocationCheck is not null && leaf.Error is null)
        {
            problems.AddRange(await revocationCheck.CheckAsync(new RevocationCheckContext(path, options, now), cancellationToken).ConfigureAwait(false));
        }

        var ordered = problems.OrderByDescending(p => p.Severity).ToList();
        return new ChainAnalysis
        {
            Certificates = sent,
            Path = [.. path.Elements.Select(e => e.Certificate)],
            TrustPath = path,
            TrustStatus = path.Status,
            TrustStoreDescription = store.Description,
            NameMatch = nameMatch,
            Problems = ordered,
            Verdict = Verdict.For(path, ordered, nameMatch),
        };
    }
}
