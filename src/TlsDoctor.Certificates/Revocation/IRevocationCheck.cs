using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>
/// The hook through which <see cref="ChainAnalyzer"/> runs revocation and transparency checks (OCSP, CRL, stapling,
/// Must-Staple, SCTs) once the path is built. The analyzer has no implementation of its own; it reports the
/// problems this returns (codes revoked, revocation_unknown, must_staple_without_staple, ocsp_staple_invalid, no_sct).
/// </summary>
public interface IRevocationCheck
{
    Task<IReadOnlyList<CertificateProblem>> CheckAsync(RevocationCheckContext context, CancellationToken cancellationToken);
}

/// <summary>What a revocation check gets: the built path (leaf first; each element says if it was sent) and the options
/// (stapled OCSP, TLS-extension SCTs, whether to fetch, the fetch client, the clock).</summary>
public sealed record RevocationCheckContext(CertificatePath Path, AnalysisOptions Options, DateTimeOffset Now);
