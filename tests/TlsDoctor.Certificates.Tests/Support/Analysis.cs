using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>Short ways to run the analyzer and read its result in tests.</summary>
internal static class Analysis
{
    public static Task<ChainAnalysis> RunAsync(IReadOnlyList<byte[]> chain, TrustStore store, string? host = null, DateTimeOffset? now = null) =>
        new ChainAnalyzer().AnalyzeAsync(chain, new AnalysisOptions
        {
            HostName = host,
            TrustStore = store,
            Time = new FixedTimeProvider(now ?? CertSpec.Now),
        }, CancellationToken.None);

    /// <summary>The codes of the problems that count against a chain (Error and Warning), sorted.</summary>
    public static string[] Serious(this ChainAnalysis analysis) =>
        [.. analysis.Problems.Where(p => p.Severity != Severity.Info).Select(p => p.Code).Distinct().Order(StringComparer.Ordinal)];

    public static string[] Codes(this ChainAnalysis analysis, Severity severity) =>
        [.. analysis.Problems.Where(p => p.Severity == severity).Select(p => p.Code).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>A private (--ca-file like) store holding <paramref name="anchors"/>.</summary>
    public static TrustStore PrivateStore(params Issued[] anchors) =>
        TrustStore.FromCertificates(anchors.Select(a => a.Der), TrustStoreKind.File, "test private CA");

    /// <summary>A store that counts as a public root program, for rules that bind publicly-trusted CAs.</summary>
    public static TrustStore PublicStore(params Issued[] anchors) =>
        TrustStore.FromCertificates(anchors.Select(a => a.Der), TrustStoreKind.Mozilla, "test public roots");
}
