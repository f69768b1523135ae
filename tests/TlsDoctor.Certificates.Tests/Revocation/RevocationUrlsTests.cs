using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

public sealed class RevocationUrlsTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    [Fact]
    public void Read_AiaAndCdp_OcspAndCrlUrls()
    {
        var ocsp = new Uri("http://ocsp.example.test/");
        var crl = new Uri("http://crl.example.test/ca.crl");
        using var leaf = pki.Ca.IssueLeaf("urls.test", new LeafOptions { OcspUrl = ocsp, CrlUrl = crl });

        var urls = RevocationUrls.Read(leaf);

        Assert.Equal([ocsp], urls.Ocsp);
        Assert.Equal([crl], urls.Crl);
    }

    [Fact]
    public void Read_NoExtensions_Empty()
    {
        using var leaf = pki.Ca.IssueLeaf("nourls.test");

        var urls = RevocationUrls.Read(leaf);

        Assert.Empty(urls.Ocsp);
        Assert.Empty(urls.Crl);
    }
}
