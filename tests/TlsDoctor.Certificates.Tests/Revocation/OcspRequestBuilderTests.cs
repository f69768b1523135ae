using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Ocsp;
using TlsDoctor.Certificates.Revocation.Ocsp;

namespace TlsDoctor.Certificates.Tests.Revocation;

public sealed class OcspRequestBuilderTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    private const string Sha1Oid = "1.3.14.3.2.26";

    [Fact]
    public void Build_Leaf_OneUnsignedSha1CertIdForLeafAndIssuer()
    {
        using var leaf = pki.Ca.IssueLeaf("request.test");

        var request = new OcspReq(OcspRequestBuilder.Build(leaf, pki.Ca.Ca));

        var single = Assert.Single(request.GetRequestList());
        var id = single.GetCertID();
        Assert.Equal(Sha1Oid, id.HashAlgOid);
        Assert.Equal(new Org.BouncyCastle.Math.BigInteger(leaf.SerialNumber, 16), id.SerialNumber); // as numbers: hex text may keep a leading zero
        Assert.True(id.MatchesIssuer(pki.Ca.CaBouncyCastle));
        Assert.False(id.MatchesIssuer(pki.OtherCa.CaBouncyCastle));
        Assert.False(request.IsSigned);
        Assert.Null(request.RequestExtensions);
        Assert.Null(single.SingleRequestExtensions);
    }

    [Fact]
    public void Build_WithNonce_NonceExtensionAsOctetString()
    {
        using var leaf = pki.Ca.IssueLeaf("nonce.test");
        byte[] nonce = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

        var request = new OcspReq(OcspRequestBuilder.Build(leaf, pki.Ca.Ca, nonce));

        var value = request.RequestExtensions.GetExtension(OcspObjectIdentifiers.PkixOcspNonce).Value.GetOctets();
        Assert.Equal(nonce, Asn1OctetString.GetInstance(value).GetOctets()); // RFC 8954: OCTET STRING inside extnValue
    }
}
