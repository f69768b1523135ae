using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Transport.Http;

namespace TlsDoctor.Scanning;

internal sealed partial class ScanPlan
{
    /// <summary>
    /// Analyses each captured chain against the host the client asked for (SNI, or the target itself). The trust
    /// store loads while the probes run, so the analysis costs no wall time of its own on a large store.
    /// </summary>
    private async Task<IReadOnlyList<CapturedChain>> AnalyzeAsync(IReadOnlyList<CapturedChain> chains, Task<TrustStore> trust, CancellationToken ct)
    {
        if (!context.Options.AnalyzeCertificates || chains.Count == 0)
        {
            return chains;
        }

        var store = await trust.ConfigureAwait(false);
        var analyzer = new ChainAnalyzer(new RevocationCheck());
        var client = context.Options.CheckRevocation ? new HttpRevocationClient(null, time) : null;
        var host = context.Target.ServerName ?? context.Target.Host;
        var analysed = new List<CapturedChain>(chains.Count);
        foreach (var chain in chains)
        {
            var options = new AnalysisOptions
            {
                HostName = host,
                TrustStore = store,
                Time = time,
                StapledOcsp = chain.OcspResponse,
                CheckRevocation = client is not null,
                Revocation = client,
            };
            analysed.Add(chain with { Analysis = await analyzer.AnalyzeAsync(chain.Certificates, options, ct).ConfigureAwait(false) });
        }

        return analysed;
    }

    /// <summary>Starts loading the trust store (the system store is read once per process).</summary>
    private Task<TrustStore> LoadTrustStore() =>
        context.Options.TrustStore is { } given ? Task.FromResult(given)
        : context.Options.AnalyzeCertificates && context.Options.CaptureCertificates ? Task.Run(SystemOrEmpty)
        : Task.FromResult(Empty("no trust store (certificate analysis is off)"));

    /// <summary>The system store; a machine without one gets an empty store, so every chain reads "unknown issuer".</summary>
    private static TrustStore SystemOrEmpty()
    {
        try
        {
            return TrustStore.System();
        }
        catch (TrustStoreException e)
        {
            return Empty($"no system trust store ({e.Message}); install ca-certificates or give --ca-file");
        }
    }

    private static TrustStore Empty(string description) => TrustStore.FromCertificates([], TrustStoreKind.System, description);
}
