using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Tests.Support;
using TlsDoctor.Testing.Lab.Certificates;

namespace TlsDoctor.Certificates.Tests.Details;

public sealed class CertificateDetailsTests
{
    [Fact]
    public async Task FromDer_LabRsaLeaf_DecodesNamesKeySignatureAndUsages()
    {
        var lab = await LabCertificates.GetAsync();
        var der = LabChains.Read(lab.Rsa.CertificatePath)[0];

        var details = CertificateDetails.FromDer(der);

        Assert.Null(details.Error);
        Assert.Empty(details.ParseNotes);
        Assert.Equal(3, details.Version);
        Assert.Equal("CN=localhost, O=TlsDoctor Test Lab", details.Subject);
        Assert.Equal("CN=TlsDoctor Test Intermediate CA", details.IssuerDisplayName);
        Assert.Equal(["localhost"], details.DnsNames);
        Assert.Equal([IPAddress.Loopback], details.IpAddresses);
        Assert.Equal(KeyAlgorithm.Rsa, details.KeyAlgorithm);
        Assert.Equal(2048, details.KeySizeBits);
        Assert.Null(details.Curve);
        Assert.Equal(new SignatureAlgorithm("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA-256"), details.SignatureAlgorithm);
        Assert.False(details.IsCa);
        Assert.True(details.HasBasicConstraints);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, details.KeyUsage);
        Assert.Equal(["serverAuth (1.3.6.1.5.5.7.3.1)"], details.ExtendedKeyUsages!.Select(k => k.ToString()));
        Assert.NotNull(details.SubjectKeyIdentifier);
        Assert.NotNull(details.AuthorityKeyIdentifier);
        Assert.False(details.IsSelfIssued);
        Assert.False(details.IsSelfSigned);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(der)), details.Sha256Fingerprint);
        Assert.Equal(40, details.Sha1Fingerprint.Length);
        Assert.Equal(366, (int)details.LifetimeDays);
        Assert.Equal(TimeSpan.Zero, details.NotBefore.Offset);
    }

    [Fact]
    public async Task FromDer_LabEcdsaLeaf_P256Key()
    {
        var lab = await LabCertificates.GetAsync();

        var details = CertificateDetails.FromDer(LabChains.Read(lab.Ecdsa.CertificatePath)[0]);

        Assert.Equal((KeyAlgorithm.Ecdsa, 256, "P-256"), (details.KeyAlgorithm, details.KeySizeBits, details.Curve));
    }

    [Fact]
    public async Task FromDer_LabRoot_SelfSignedCaWithoutPathLength()
    {
        var lab = await LabCertificates.GetAsync();

        var details = CertificateDetails.FromDer(LabChains.Read(lab.RootPath)[0]);

        Assert.True(details.IsSelfIssued);
        Assert.True(details.IsSelfSigned);
        Assert.True(details.IsCa);
        Assert.Null(details.PathLength);
    }

    [Fact]
    public async Task FromDer_LabSha1Leaf_NamesSha1()
    {
        var lab = await LabCertificates.GetAsync();

        var details = CertificateDetails.FromDer(LabChains.Read(lab.Sha1.CertificatePath)[0]);

        Assert.Equal(("sha1WithRSAEncryption", "SHA-1"), (details.SignatureAlgorithm.Name, details.SignatureAlgorithm.Hash));
    }

    [Fact]
    public void FromDer_SelfIssuedButSignedByAnotherKey_SelfIssuedNotSelfSigned()
    {
        using var other = TestPki.SelfSigned(CertSpec.Ca("Other"));
        using var impostor = TestPki.Issue(CertSpec.Ca("Same Name"), other, issuerNameOverride: "Same Name");

        var details = CertificateDetails.FromDer(impostor.Der);

        Assert.True(details.IsSelfIssued);
        Assert.False(details.IsSelfSigned);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x82, 0x01 })]
    [InlineData(new byte[] { 0x04, 0x02, 0xAB, 0xCD })]
    public void FromDer_NotACertificate_ErrorInsteadOfException(byte[] der)
    {
        var details = CertificateDetails.FromDer(der);

        Assert.NotNull(details.Error);
        Assert.Same(der, details.Der);
        Assert.Empty(details.DnsNames);
    }

    [Fact]
    public void FromDer_TruncatedCertificate_Error()
    {
        using var leaf = TestPki.SelfSigned(CertSpec.Server("a.example"));

        var details = CertificateDetails.FromDer(leaf.Der[..(leaf.Der.Length / 2)]);

        Assert.NotNull(details.Error);
    }

    [Fact]
    public void FromDer_MustStaple_Detected()
    {
        using var stapled = TestPki.SelfSigned(CertSpec.Server("a.example") with { MustStaple = true });
        using var plain = TestPki.SelfSigned(CertSpec.Server("a.example"));

        Assert.True(CertificateDetails.FromDer(stapled.Der).MustStaple);
        Assert.False(CertificateDetails.FromDer(plain.Der).MustStaple);
    }

    [Fact]
    public void FromDer_AiaAndCrlDistributionPoints_UrlsListed()
    {
        var spec = CertSpec.Server("a.example") with
        {
            CaIssuersUrls = ["http://ca.example/int.crt"],
            OcspUrls = ["http://ocsp.example"],
            CrlUrls = ["http://crl.example/int.crl"],
        };
        using var leaf = TestPki.SelfSigned(spec);

        var details = CertificateDetails.FromDer(leaf.Der);

        Assert.Equal(["http://ca.example/int.crt"], details.CaIssuersUrls);
        Assert.Equal(["http://ocsp.example"], details.OcspUrls);
        Assert.Equal(["http://crl.example/int.crl"], details.CrlDistributionPoints);
    }

    [Fact]
    public void FromDer_EmbeddedSctList_Counted()
    {
        using var leaf = TestPki.SelfSigned(CertSpec.Server("a.example") with { EmbeddedScts = 3 });

        Assert.Equal(3, CertificateDetails.FromDer(leaf.Der).EmbeddedSctCount);
    }

    [Fact]
    public void FromDer_Md5Signature_NamesMd5()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root") with { Key = TestKey.Rsa2048 });
        using var leaf = TestPki.Issue(CertSpec.Server("a.example") with { Hash = TestHash.Md5 }, root);

        var algorithm = CertificateDetails.FromDer(leaf.Der).SignatureAlgorithm;

        Assert.Equal(new SignatureAlgorithm("1.2.840.113549.1.1.4", "md5WithRSAEncryption", "MD5"), algorithm);
    }

    [Fact]
    public void FromDer_IpAndDnsSubjectAltNames_KeptApart()
    {
        var spec = CertSpec.Server("a.example") with { IpAddresses = [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")] };
        using var leaf = TestPki.SelfSigned(spec);

        var details = CertificateDetails.FromDer(leaf.Der);

        Assert.Equal(["a.example"], details.DnsNames);
        Assert.Equal(["192.0.2.1", "2001:db8::1"], details.IpAddresses.Select(ip => ip.ToString()));
    }

    [Fact]
    public void FromDer_MalformedSubjectAltName_NotedAndRestDecoded()
    {
        var request = new CertificateRequest("CN=broken.example", ECDsa.Create(ECCurve.NamedCurves.nistP256), HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509Extension("2.5.29.17", [0x30, 0x05, 0x82, 0x09, 0x61], critical: false));
        using var certificate = request.CreateSelfSigned(CertSpec.Now.AddDays(-1), CertSpec.Now.AddDays(30));

        var details = CertificateDetails.FromDer(certificate.RawData);

        Assert.Null(details.Error);
        Assert.Contains(details.ParseNotes, n => n.Contains("malformed", StringComparison.Ordinal));
        Assert.Equal("broken.example", details.CommonName);
        Assert.True(details.IsSelfSigned);
    }
}
