using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>The lab PKI's chains as a server sends them: leaf + intermediate, the leaf alone for "incomplete" and "selfsigned".</summary>
internal static class LabChains
{
    public static IReadOnlyList<byte[]> AsSent(LabLeaf leaf) =>
        Read(leaf.Name == "incomplete" ? leaf.CertificatePath : leaf.ChainPath);

    public static IReadOnlyList<byte[]> Read(string pemPath)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(pemPath);
        var chain = collection.Select(c => c.RawData).ToList();
        foreach (var certificate in collection)
        {
            certificate.Dispose();
        }

        return chain;
    }
}
