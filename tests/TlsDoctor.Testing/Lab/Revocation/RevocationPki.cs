using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>What a test leaf points to and carries.</summary>
public sealed record LeafOptions
{
    public Uri? OcspUrl { get; init; }

    public Uri? CrlUrl { get; init; }

    /// <summary>Adds the TLS Feature extension with status_request (RFC 7633 Must-Staple).</summary>
    public bool MustStaple { get; init; }

    /// <summary>Adds id-kp-OCSPSigning, making the certificate a delegated OCSP responder (RFC 6960 §4.2.2.2).</summary>
    public bool OcspSigning { get; init; }

    /// <summary>Extra extensions, e.g. an embedded SCT list.</summary>
    public IReadOnlyList<X509Extension> Extensions { get; init; } = [];

    /// <summary>The serial number's bytes (big-endian); 8 random bytes when null.</summary>
    public byte[]? Serial { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? NotAfter { get; init; }
}

/// <summary>
/// A small CA for revocation tests, generated in code: an RSA-2048 root that issues ECDSA P-256 leaves with
/// AIA OCSP and CRL distribution point URLs, and signs OCSP responses and CRLs (see the Responses part).
/// Serial numbers are 8 random bytes with the top bit clear, so their hex is what OpenSSL's index.txt expects.
/// </summary>
public sealed partial class RevocationPki : IDisposable
{
    private const string TlsFeatureOid = "1.3.6.1.5.5.7.1.24";
    private const string ServerAuthOid = "1.3.6.1.5.5.7.3.1";
    private const string OcspSigningOid = "1.3.6.1.5.5.7.3.9";

    // TLSFeature ::= SEQUENCE OF INTEGER; status_request is 5 (RFC 7633 §4.1).
    private static readonly byte[] MustStapleValue = [0x30, 0x03, 0x02, 0x01, 0x05];

    private readonly RSA caKey;

    private RevocationPki(string commonName, RSA caKey, X509Certificate2 ca)
    {
        CommonName = commonName;
        this.caKey = caKey;
        Ca = ca;
        CaPrivateKey = DotNetUtilities.GetRsaKeyPair(caKey).Private;
        CaBouncyCastle = new Org.BouncyCastle.X509.X509Certificate(ca.RawData);
    }

    public string CommonName { get; }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Ca { get; }

    public Org.BouncyCastle.X509.X509Certificate CaBouncyCastle { get; }

    public AsymmetricKeyParameter CaPrivateKey { get; }

    public static RevocationPki Create(string commonName = "TlsDoctor Revocation Test CA")
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest(Name(commonName), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        using var withKey = request.CreateSelfSigned(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2049, 12, 31, 0, 0, 0, TimeSpan.Zero));
        return new RevocationPki(commonName, key, X509CertificateLoader.LoadCertificate(withKey.RawData));
    }

    /// <summary>Issues an ECDSA P-256 leaf for <paramref name="host"/>; the private key is attached.</summary>
    public X509Certificate2 IssueLeaf(string host, LeafOptions? options = null)
    {
        options ??= new LeafOptions();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Name(host), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(options.OcspSigning ? OcspSigningOid : ServerAuthOid)], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, true, false));
        if (options.OcspUrl is not null)
        {
            request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension([options.OcspUrl.AbsoluteUri], null));
        }

        if (options.CrlUrl is not null)
        {
            request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([options.CrlUrl.AbsoluteUri]));
        }

        if (options.MustStaple)
        {
            request.CertificateExtensions.Add(new X509Extension(TlsFeatureOid, MustStapleValue, critical: false));
        }

        foreach (var extension in options.Extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());

        var now = DateTimeOffset.UtcNow;
        var generator = X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(Ca.SubjectName, generator,
            options.NotBefore ?? now.AddDays(-1), options.NotAfter ?? now.AddDays(90), options.Serial ?? NewSerial());
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>Writes ca.pem and ca.key (PKCS#8) into <paramref name="directory"/>; returns their paths.</summary>
    public (string CertificatePath, string KeyPath) WriteCaPem(string directory)
    {
        var certificatePath = Path.Combine(directory, "ca.pem");
        var keyPath = Path.Combine(directory, "ca.key");
        File.WriteAllText(certificatePath, Ca.ExportCertificatePem() + "\n");
        File.WriteAllText(keyPath, caKey.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return (certificatePath, keyPath);
    }

    public void Dispose()
    {
        caKey.Dispose();
        Ca.Dispose();
    }

    private static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(8);
        serial[0] = (byte)((serial[0] & 0x7f) | 0x01); // positive, and no leading zero byte to strip
        return serial;
    }

    private static X500DistinguishedName Name(string commonName)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName("TlsDoctor Test Lab");
        return builder.Build();
    }
}
