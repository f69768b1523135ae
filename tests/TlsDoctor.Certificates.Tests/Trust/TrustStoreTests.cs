using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Certificates.Tests.Trust;

public sealed class TrustStoreTests
{
    [Fact]
    public async Task FromFile_LabRootPem_OneFileAnchor()
    {
        var lab = await LabCertificates.GetAsync();

        var store = TrustStore.FromFile(lab.RootPath);

        Assert.Equal(TrustStoreKind.File, store.Kind);
        var anchor = Assert.Single(store.Anchors);
        Assert.Equal("CN=TlsDoctor Test Root CA", anchor.Certificate.DisplayName);
        Assert.Equal(lab.RootPath, anchor.Source);
        Assert.False(anchor.IsPublic);
        Assert.True(store.HasPrivateAnchors);
        Assert.Equal($"{lab.RootPath} (1 certificate)", store.Description);
    }

    [Fact]
    public async Task FromFile_PemBundle_EveryCertificate()
    {
        var lab = await LabCertificates.GetAsync();

        var store = TrustStore.FromFile(lab.CaBundlePath);

        Assert.Equal(["CN=TlsDoctor Test Intermediate CA", "CN=TlsDoctor Test Root CA"], store.Anchors.Select(a => a.Certificate.DisplayName));
    }

    [Fact]
    public void FromFile_DerFileAndDirectory_Loaded()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Der Root"));
        using var other = TestPki.SelfSigned(CertSpec.Ca("Pem Root"));
        var directory = Directory.CreateTempSubdirectory("tlsdoctor-store-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(directory, "a.der"), root.Der);
            File.WriteAllText(Path.Combine(directory, "b.pem"), other.Certificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(directory, "README"), "not a certificate, and not named like one");

            var single = TrustStore.FromFile(Path.Combine(directory, "a.der"));
            var all = TrustStore.FromFile(directory);

            Assert.Equal(["CN=Der Root"], single.Anchors.Select(a => a.Certificate.DisplayName));
            Assert.Equal(["CN=Der Root", "CN=Pem Root"], all.Anchors.Select(a => a.Certificate.DisplayName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void FromFile_Missing_OneLineError()
    {
        var error = Assert.Throws<TrustStoreException>(() => TrustStore.FromFile("/nonexistent/ca.pem"));

        Assert.Equal("/nonexistent/ca.pem: no such file or directory", error.Message);
    }

    [Fact]
    public async Task FromFile_PrivateKeyInsteadOfCertificate_SaysNoCertificates()
    {
        var lab = await LabCertificates.GetAsync();

        var error = Assert.Throws<TrustStoreException>(() => TrustStore.FromFile(lab.Rsa.KeyPath));

        Assert.Contains("no certificates found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_Garbage_SaysNeitherPemNorDer()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 3, 4]);

            var error = Assert.Throws<TrustStoreException>(() => TrustStore.FromFile(path));

            Assert.StartsWith($"{path}: neither PEM nor a DER certificate", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void System_DebianBundle_PublicAnchors()
    {
        var store = TrustStore.System();

        Assert.Equal(TrustStoreKind.System, store.Kind);
        Assert.True(store.Count > 100, store.Description);
        Assert.All(store.Anchors, a => Assert.True(a.IsPublic));
        Assert.False(store.HasPrivateAnchors);
    }

    [Fact]
    public void Mozilla_DebianDirectory_PublicAnchors()
    {
        var store = TrustStore.Mozilla();

        Assert.Equal(TrustStoreKind.Mozilla, store.Kind);
        Assert.True(store.Count > 100, store.Description);
        Assert.All(store.Anchors, a => Assert.EndsWith(".crt", a.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Combine_DifferentKinds_CombinedAndEachAnchorKeepsItsKind()
    {
        using var publicRoot = TestPki.SelfSigned(CertSpec.Ca("Public Root"));
        using var privateRoot = TestPki.SelfSigned(CertSpec.Ca("Private Root"));

        var store = TrustStore.Combine(Analysis.PublicStore(publicRoot), Analysis.PrivateStore(privateRoot), Analysis.PrivateStore(privateRoot));

        Assert.Equal(TrustStoreKind.Combined, store.Kind);
        Assert.Equal(2, store.Count);
        Assert.Equal([true, false], store.Anchors.Select(a => a.IsPublic));
    }

    [Fact]
    public void Contains_SameSubjectAndKeyDifferentIssuer_CountsAsTheAnchor()
    {
        using var oldRoot = TestPki.SelfSigned(CertSpec.Ca("Old Root"));
        using var newRoot = TestPki.SelfSigned(CertSpec.Ca("New Root"));
        using var crossSigned = TestPki.Issue(CertSpec.Ca("New Root"), oldRoot, subjectKey: newRoot.Key);
        using var sameNameOtherKey = TestPki.SelfSigned(CertSpec.Ca("New Root"));
        var store = Analysis.PrivateStore(newRoot);

        Assert.True(store.Contains(CertificateDetails.FromDer(crossSigned.Der)));
        Assert.False(store.Contains(CertificateDetails.FromDer(sameNameOtherKey.Der)));
    }

    [Fact]
    public void FindIssuers_TwoSameNamedAnchors_AuthorityKeyIdMatchFirst()
    {
        using var first = TestPki.SelfSigned(CertSpec.Ca("Shared Name"));
        using var second = TestPki.SelfSigned(CertSpec.Ca("Shared Name"));
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), second);
        var store = Analysis.PrivateStore(first, second);

        var issuers = store.FindIssuers(CertificateDetails.FromDer(leaf.Der));

        Assert.Equal(2, issuers.Count);
        Assert.Equal(CertificateDetails.FromDer(second.Der).Sha256Fingerprint, issuers[0].Certificate.Sha256Fingerprint);
    }
}
