using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Certificates.Tests.Trust;

/// <summary>
/// Our path builder against the platform's X509Chain (custom root trust, no downloads) on the lab chains whose
/// only question is "does the path reach the root": both must agree.
/// </summary>
public sealed class PlatformCrossCheckTests
{
    [Theory]
    [InlineData("rsa", true)]
    [InlineData("ecdsa", true)]
    [InlineData("incomplete", false)]
    [InlineData("selfsigned", false)]
    public async Task Build_LabChain_AgreesWithX509Chain(string name, bool reachesRoot)
    {
        var lab = await LabCertificates.GetAsync();
        var sent = LabChains.AsSent(lab.Leaves.Single(l => l.Name == name));
        var rootDer = LabChains.Read(lab.RootPath)[0];

        var ours = PathBuilder.Build([.. sent.Select(CertificateDetails.FromDer)], TrustStore.FromFile(lab.RootPath), DateTimeOffset.UtcNow);
        var platform = PlatformBuilds(sent, rootDer);

        Assert.Equal(reachesRoot, ours.IsTrusted);
        Assert.Equal(reachesRoot, platform);
    }

    private static bool PlatformBuilds(IReadOnlyList<byte[]> sent, byte[] rootDer)
    {
        using var chain = new X509Chain();
        using var root = X509CertificateLoader.LoadCertificate(rootDer);
        var certificates = sent.Select(X509CertificateLoader.LoadCertificate).ToList();
        try
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.DisableCertificateDownloads = true;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.ExtraStore.AddRange(certificates.Skip(1).ToArray());
            return chain.Build(certificates[0]);
        }
        finally
        {
            certificates.ForEach(c => c.Dispose());
        }
    }
}
