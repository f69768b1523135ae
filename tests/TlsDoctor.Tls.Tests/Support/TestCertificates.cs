using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using X509Request = System.Security.Cryptography.X509Certificates.CertificateRequest;

namespace TlsDoctor.Tls.Tests.Support;

/// <summary>
/// Real DER certificates for wire tests that carry a chain: a CA and a leaf it issued, made once per run
/// (ECDSA P-256, so it is quick). A Certificate message must carry something an X.509 parser accepts.
/// </summary>
internal static class TestCertificates
{
    private static readonly Lazy<(byte[] Leaf, byte[] Issuer)> Chain = new(Create);

    public const string LeafSubject = "CN=www.example.test";
    public const string IssuerSubject = "CN=TlsDoctor Test CA, O=TlsDoctor";

    public static byte[] LeafDer => Chain.Value.Leaf;

    public static byte[] IssuerDer => Chain.Value.Issuer;

    private static (byte[] Leaf, byte[] Issuer) Create()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new X509Request(IssuerSubject, caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(now, now.AddYears(10));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new X509Request(LeafSubject, leafKey, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("www.example.test");
        leafRequest.CertificateExtensions.Add(san.Build());
        using var leaf = leafRequest.Create(ca, now, now.AddYears(1), [0x01, 0x02, 0x03, 0x04]);
        return (leaf.RawData, ca.RawData);
    }
}
