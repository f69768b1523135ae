using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Problems;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>
/// The analyzer's revocation step: the leaf against its issuer with <see cref="RevocationChecker"/> (staple, then
/// OCSP, then CRL). Without <see cref="AnalysisOptions.CheckRevocation"/> nothing is fetched: only a stapled response
/// is read and Must-Staple is enforced, and "revocation unknown" is not reported (nobody asked).
/// </summary>
public sealed class RevocationCheck(RevocationCheckOptions? options = null) : IRevocationCheck
{
    public async Task<IReadOnlyList<CertificateProblem>> CheckAsync(RevocationCheckContext context, CancellationToken cancellationToken)
    {
        var elements = context.Path.Elements;
        if (elements.Count < 2 || elements[0].Certificate.Error is not null || elements[1].Certificate.Error is not null)
        {
            return []; // no issuer to ask about the leaf (self-signed, or the path stops at the leaf)
        }

        var leafDetails = elements[0].Certificate;
        var fetching = context.Options.CheckRevocation && context.Options.Revocation is not null;
        if (!fetching && context.Options.StapledOcsp is null && !leafDetails.MustStaple)
        {
            return [];
        }

        try
        {
            using var leaf = X509CertificateLoader.LoadCertificate(leafDetails.Der);
            using var issuer = X509CertificateLoader.LoadCertificate(elements[1].Certificate.Der);
            var client = fetching ? context.Options.Revocation! : NoFetching.Instance;
            var checker = new RevocationChecker(client, context.Options.Time, options);
            var status = await checker.CheckAsync(
                new RevocationQuery(leaf, issuer) { StapledOcspResponse = context.Options.StapledOcsp, MustStaple = leafDetails.MustStaple, CertificateIndex = 0 },
                cancellationToken).ConfigureAwait(false);
            return fetching ? status.Problems : [.. status.Problems.Where(p => p.Code != ProblemCodes.RevocationUnknown)];
        }
        catch (CryptographicException)
        {
            return []; // the details decoded but the platform cannot load it; the analyzer has reported what it could
        }
    }

    /// <summary>The client used when fetching is off: every fetch says so.</summary>
    private sealed class NoFetching : IRevocationClient
    {
        public static NoFetching Instance { get; } = new();

        public Task<RevocationFetch> FetchAsync(Uri url, byte[]? body, string? contentType, CancellationToken cancellationToken) =>
            Task.FromResult(new RevocationFetch(null, "revocation checking over the network is off (--check-revocation)"));
    }
}
