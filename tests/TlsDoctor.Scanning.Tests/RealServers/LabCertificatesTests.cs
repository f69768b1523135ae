using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Testing.Lab.Certificates;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Scanning.Tests.RealServers;

/// <summary>Each generated leaf carries its one problem and nothing else is off (no servers needed).</summary>
public sealed class LabCertificatesTests
{
    private const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    private const string Sha1WithRsa = "1.2.840.113549.1.1.5";

    [Fact]
    public async Task GetAsync_ValidLeaves_AreCurrentForLocalhostAndIssuedByTheIntermediate()
    {
        var certs = await LabCertificates.GetAsync();
        using var intermediate = X509CertificateLoader.LoadCertificateFromFile(certs.IntermediatePath);

        foreach (var leaf in new[] { certs.Rsa, certs.Ecdsa, certs.Incomplete })
        {
            using var cert = Load(leaf);
            Assert.True(cert.NotBefore < DateTime.Now && DateTime.Now < cert.NotAfter, leaf.Name);
            Assert.True(cert.MatchesHostname("localhost"), leaf.Name);
            Assert.Equal(intermediate.Subject, cert.Issuer);
        }
    }

    [Fact]
    public async Task GetAsync_ProblemLeaves_EachCarryTheirProblem()
    {
        var certs = await LabCertificates.GetAsync();

        using var expired = Load(certs.Expired);
        using var notYet = Load(certs.NotYetValid);
        using var wrongHost = Load(certs.WrongHost);
        using var selfSigned = Load(certs.SelfSigned);
        using var rsa1024 = Load(certs.Rsa1024);
        using var sha1 = Load(certs.Sha1);

        Assert.Equal(new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc), expired.NotAfter.ToUniversalTime());
        Assert.Equal(new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc), notYet.NotBefore.ToUniversalTime());
        Assert.False(wrongHost.MatchesHostname("localhost"));
        Assert.True(wrongHost.MatchesHostname("wrong.example"));
        Assert.Equal(selfSigned.Subject, selfSigned.Issuer);
        Assert.Equal(1024, rsa1024.GetRSAPublicKey()!.KeySize);
        Assert.Equal(Sha1WithRsa, sha1.SignatureAlgorithm.Value);
    }

    [Fact]
    public async Task GetAsync_EveryLeaf_HasAMatchingUnencryptedPkcs8Key()
    {
        var certs = await LabCertificates.GetAsync();

        Assert.All(certs.Leaves, leaf =>
        {
            var keyPem = File.ReadAllText(leaf.KeyPath);
            Assert.StartsWith("-----BEGIN PRIVATE KEY-----", keyPem, StringComparison.Ordinal);
            using var withKey = X509Certificate2.CreateFromPemFile(leaf.CertificatePath, leaf.KeyPath);
            Assert.True(withKey.HasPrivateKey, leaf.Name);
        });
    }

    [Fact]
    public async Task GetAsync_ChainFiles_AreLeafThenIntermediate_AndIncompleteServesTheLeafAlone()
    {
        var certs = await LabCertificates.GetAsync();
        using var intermediate = X509CertificateLoader.LoadCertificateFromFile(certs.IntermediatePath);

        foreach (var leaf in certs.Leaves.Where(l => l != certs.SelfSigned))
        {
            var chain = new X509Certificate2Collection();
            chain.ImportFromPemFile(leaf.ChainPath);
            Assert.Equal(2, chain.Count);
            Assert.Equal(intermediate.Thumbprint, chain[1].Thumbprint);
        }

        var served = new X509Certificate2Collection();
        served.ImportFromPemFile(certs.Incomplete.CertificatePath);
        Assert.Single(served);
    }

    [Fact]
    public async Task GetAsync_SignatureAlgorithms_AreSha256ExceptTheSha1Leaf()
    {
        var certs = await LabCertificates.GetAsync();

        Assert.All(certs.Leaves.Where(l => l != certs.Sha1), leaf =>
        {
            using var cert = Load(leaf);
            // Every issued leaf is signed by the RSA intermediate; the self-signed one by its own RSA key.
            Assert.Equal(Sha256WithRsa, cert.SignatureAlgorithm.Value);
        });
        using var ecdsa = Load(certs.Ecdsa);
        using var ecdsaKey = ecdsa.GetECDsaPublicKey();
        Assert.Equal(ECCurve.NamedCurves.nistP256.Oid.Value, ecdsaKey!.ExportParameters(false).Curve.Oid.Value);
    }

    [Fact]
    public async Task GetAsync_Ffdhe2048File_IsTheRfc7919Group()
    {
        var certs = await LabCertificates.GetAsync();

        var text = await RunOpenSslAsync("pkeyparam", "-in", certs.Ffdhe2048Path, "-text", "-noout");

        Assert.Contains("GROUP: ffdhe2048", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_Dh1024File_IsAValid1024BitGroup()
    {
        var certs = await LabCertificates.GetAsync();

        var text = await RunOpenSslAsync("dhparam", "-in", certs.Dh1024Path, "-check", "-text", "-noout");

        Assert.Contains("DH Parameters: (1024 bit)", text, StringComparison.Ordinal);
        Assert.Contains("DH parameters appear to be ok", text, StringComparison.Ordinal);
    }

    private static X509Certificate2 Load(LabLeaf leaf) => X509CertificateLoader.LoadCertificateFromFile(leaf.CertificatePath);

    private static async Task<string> RunOpenSslAsync(params string[] arguments) =>
        (await ToolRun.RunAsync(ToolRun.OpenSsl(), arguments, TimeSpan.FromSeconds(10))).Output;
}
