using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>A certificate made by <see cref="TestPki"/>, with its private key so it can issue others.</summary>
internal sealed class Issued(X509Certificate2 certificate, AsymmetricAlgorithm key) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;
    public AsymmetricAlgorithm Key { get; } = key;
    public byte[] Der => Certificate.RawData;

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }
}

/// <summary>Makes test certificates with <see cref="CertificateRequest"/>, including broken ones a CA would refuse to issue.</summary>
internal static class TestPki
{
    // RFC 7633 §6 (TLS Feature), RFC 6962 §3.3 (SCT list)
    private const string TlsFeatureOid = "1.3.6.1.5.5.7.1.24";
    private const string SctListOid = "1.3.6.1.4.1.11129.2.4.2";
    private const int StatusRequest = 5;
    private const int DummySctLength = 47;

    /// <summary>A self-signed certificate (a root, or a self-signed leaf).</summary>
    public static Issued SelfSigned(CertSpec spec) => Issue(spec, issuer: null);

    /// <summary>
    /// A certificate signed by <paramref name="issuer"/> (null: self-signed). <paramref name="subjectKey"/> reuses a
    /// key, for cross-signed copies that share a subject and key with another certificate.
    /// </summary>
    public static Issued Issue(CertSpec spec, Issued? issuer, AsymmetricAlgorithm? subjectKey = null, string? issuerNameOverride = null)
    {
        var key = subjectKey is null ? NewKey(spec.Key) : Clone(subjectKey);
        var request = key is RSA rsa
            ? new CertificateRequest(Name(spec.CommonName), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest(Name(spec.CommonName), (ECDsa)key, HashAlgorithmName.SHA256);
        AddExtensions(request, spec, issuer);

        var signerKey = issuer?.Key ?? key;
        X509SignatureGenerator generator = (signerKey, spec.Hash) switch
        {
            (RSA r, TestHash.Md5) => new Md5RsaSignatureGenerator(r),
            (RSA r, _) => X509SignatureGenerator.CreateForRSA(r, RSASignaturePadding.Pkcs1),
            (ECDsa e, _) => X509SignatureGenerator.CreateForECDsa(e),
            _ => throw new InvalidOperationException("unsupported signer key"),
        };
        var issuerName = issuerNameOverride is not null ? Name(issuerNameOverride) : issuer?.Certificate.SubjectName ?? request.SubjectName;
        var certificate = request.Create(issuerName, generator, spec.NotBefore, spec.NotAfter, Serial());
        return new Issued(certificate, key);
    }

    /// <summary>The DER of each certificate, in the order given (a chain "as sent").</summary>
    public static IReadOnlyList<byte[]> Chain(params Issued[] certificates) => [.. certificates.Select(c => c.Der)];

    private static void AddExtensions(CertificateRequest request, CertSpec spec, Issued? issuer)
    {
        var extensions = request.CertificateExtensions;
        if (spec.IsCa is { } isCa)
        {
            extensions.Add(new X509BasicConstraintsExtension(isCa, spec.PathLength is not null, spec.PathLength ?? 0, critical: true));
        }

        if (spec.KeyUsage is { } usage)
        {
            extensions.Add(new X509KeyUsageExtension(usage, critical: true));
        }

        if (spec.ExtendedKeyUsages is { } ekus)
        {
            var oids = new OidCollection();
            foreach (var oid in ekus)
            {
                oids.Add(new Oid(oid));
            }

            extensions.Add(new X509EnhancedKeyUsageExtension(oids, critical: false));
        }

        extensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        if (issuer is not null)
        {
            extensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer.Certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        }

        if (spec.DnsNames.Count > 0 || spec.IpAddresses.Count > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var dns in spec.DnsNames)
            {
                names.AddDnsName(dns);
            }

            foreach (var ip in spec.IpAddresses)
            {
                names.AddIpAddress(ip);
            }

            extensions.Add(names.Build());
        }

        if (spec.CaIssuersUrls.Count > 0 || spec.OcspUrls.Count > 0)
        {
            extensions.Add(new X509AuthorityInformationAccessExtension(spec.OcspUrls, spec.CaIssuersUrls));
        }

        if (spec.CrlUrls.Count > 0)
        {
            extensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension(spec.CrlUrls));
        }

        if (spec.MustStaple)
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            using (writer.PushSequence())
            {
                writer.WriteInteger(StatusRequest);
            }

            extensions.Add(new X509Extension(TlsFeatureOid, writer.Encode(), critical: false));
        }

        if (spec.EmbeddedScts > 0)
        {
            extensions.Add(new X509Extension(SctListOid, SctList(spec.EmbeddedScts), critical: false));
        }
    }

    // RFC 6962 §3.3: OCTET STRING { uint16 list length, then per SCT: uint16 length + bytes }. Contents are dummies.
    private static byte[] SctList(int count)
    {
        var list = new List<byte>();
        for (var i = 0; i < count; i++)
        {
            list.AddRange([0, DummySctLength]);
            list.AddRange(new byte[DummySctLength]);
        }

        list.InsertRange(0, [(byte)(list.Count >> 8), (byte)list.Count]);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteOctetString([.. list]);
        return writer.Encode();
    }

    private static AsymmetricAlgorithm NewKey(TestKey kind) => kind switch
    {
        TestKey.EcP256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
        TestKey.EcP384 => ECDsa.Create(ECCurve.NamedCurves.nistP384),
        TestKey.Brainpool256 => ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1),
        TestKey.Rsa1024 => RSA.Create(1024),
        TestKey.Rsa1536 => RSA.Create(1536),
        _ => RSA.Create(2048),
    };

    // The caller keeps its key; the new certificate gets its own copy so that both can be disposed.
    private static AsymmetricAlgorithm Clone(AsymmetricAlgorithm key)
    {
        if (key is RSA rsa)
        {
            var copy = RSA.Create();
            copy.ImportParameters(rsa.ExportParameters(includePrivateParameters: true));
            return copy;
        }

        var ec = ECDsa.Create();
        ec.ImportParameters(((ECDsa)key).ExportParameters(includePrivateParameters: true));
        return ec;
    }

    private static X500DistinguishedName Name(string commonName)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddOrganizationName("TlsDoctor Unit Tests");
        builder.AddCommonName(commonName);
        return builder.Build();
    }

    private static byte[] Serial()
    {
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        return serial;
    }
}
