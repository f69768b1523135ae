using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Lab.Certificates;

/// <summary>The key a leaf certificate gets.</summary>
public enum LeafKey : byte
{
    Rsa2048,
    EcdsaP256,
}

/// <summary>What a leaf certificate says: its names, validity and key.</summary>
public sealed record LeafSpec(IReadOnlyList<string> HostNames, DateTimeOffset NotBefore, DateTimeOffset NotAfter)
{
    public LeafKey Key { get; init; } = LeafKey.Rsa2048;

    /// <summary>A leaf for <paramref name="host"/>, valid from a day before <paramref name="now"/> for a year.</summary>
    public static LeafSpec ValidFor(string host, DateTimeOffset now) => new([host], now.AddDays(-1), now.AddDays(365));
}

/// <summary>
/// A certificate authority that lives in memory only (made with <see cref="CertificateRequest"/>), for the demo and
/// lab servers: nothing is written to disk or to a certificate store.
/// </summary>
public sealed class InMemoryCa : IDisposable
{
    private readonly RSA _key;
    private long _serial;

    private InMemoryCa(RSA key, X509Certificate2 root)
    {
        _key = key;
        Root = root;
    }

    /// <summary>The self-signed root (public part; its key stays inside this object).</summary>
    public X509Certificate2 Root { get; }

    /// <summary>A root named <paramref name="name"/>, valid for ten years around <paramref name="now"/>.</summary>
    public static InMemoryCa Create(string name, DateTimeOffset now)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=TlsDoctor", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        return new InMemoryCa(key, X509CertificateLoader.LoadCertificate(root.RawData));
    }

    /// <summary>A leaf signed by this CA, with its private key.</summary>
    public X509Certificate2 Issue(LeafSpec spec)
    {
        using AsymmetricAlgorithm key = spec.Key == LeafKey.EcdsaP256 ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        var subject = $"CN={spec.HostNames.FirstOrDefault() ?? "TlsDoctor leaf"}";
        var request = key is RSA rsa
            ? new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest(subject, (ECDsa)key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            key is RSA ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment : X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in spec.HostNames)
        {
            names.AddDnsName(host);
        }

        request.CertificateExtensions.Add(names.Build());
        var serial = BitConverter.GetBytes(Interlocked.Increment(ref _serial) + 1000);
        var generator = X509SignatureGenerator.CreateForRSA(_key, RSASignaturePadding.Pkcs1);
        using var issued = request.Create(Root.SubjectName, generator, spec.NotBefore, spec.NotAfter, serial);
        return key is RSA r ? issued.CopyWithPrivateKey(r) : issued.CopyWithPrivateKey((ECDsa)key);
    }

    public void Dispose()
    {
        _key.Dispose();
        Root.Dispose();
    }
}
