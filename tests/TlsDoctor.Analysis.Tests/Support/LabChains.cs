using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Support;

/// <summary>
/// The lab's generated certificates (good, expired, wrong host, RSA-1024, SHA-1 …) analysed for "localhost" against the
/// lab root, wrapped as captured chains: real analyses for hand-built scans, no servers needed.
/// </summary>
public sealed class LabChains : IAsyncLifetime
{
    public const string HostName = "localhost";

    private readonly Dictionary<string, ChainAnalysis> analyses = [];
    private readonly Dictionary<string, IReadOnlyList<byte[]>> ders = [];

    public async Task InitializeAsync()
    {
        var lab = await LabCertificates.GetAsync();
        var store = TrustStore.FromFile(lab.RootPath);
        foreach (var leaf in lab.Leaves)
        {
            var chain = LoadPem(leaf.Name == "incomplete" ? leaf.CertificatePath : leaf.ChainPath);
            ders[leaf.Name] = chain;
            analyses[leaf.Name] = await new ChainAnalyzer().AnalyzeAsync(chain, new AnalysisOptions { HostName = HostName, TrustStore = store }, CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The chain of lab leaf <paramref name="name"/> ("rsa", "ecdsa", "expired", "wronghost", "rsa1024", "sha1" …).</summary>
    public CapturedChain Get(string name, string type = "RSA", TlsVersion version = TlsVersion.Tls12, string? sni = HostName) =>
        new(type, sni, version, ders[name]) { Analysis = analyses[name] };

    private static List<byte[]> LoadPem(string path)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(path);
        var result = collection.Select(c => c.RawData).ToList();
        foreach (var c in collection)
        {
            c.Dispose();
        }

        return result;
    }
}
