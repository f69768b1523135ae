using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Reporting.Tests;

/// <summary>
/// A root CA and a leaf made with <see cref="CertificateRequest"/>, analysed with the real <see cref="ChainAnalyzer"/>
/// at a fixed moment, so report tests show exactly what a broken chain looks like.
/// </summary>
internal static class TestChains
{
    /// <summary>The moment of analysis: 3.5 days after the leaf expired.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public const string RootName = "CN=Report Test Root";

    /// <summary>The name the clients ask for; the leaf covers only wrong.example.</summary>
    public const string HostName = "example.test";

    private static readonly DateTimeOffset LeafNotAfter = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(byte[] Root, byte[] Leaf)> Pki = new(Create);

    public static byte[] Root => Pki.Value.Root;

    /// <summary>CN=wrong.example, SAN DNS:wrong.example, valid 2025-11-23 to 2026-11-23, issued by the root.</summary>
    public static byte[] ExpiredWrongHostLeaf => Pki.Value.Leaf;

    /// <summary>The leaf alone (as a server sends it, root left out), analysed for <see cref="HostName"/> against the root.</summary>
    public static Task<ChainAnalysis> AnalyzeExpiredWrongHostAsync() =>
        new ChainAnalyzer().AnalyzeAsync(
            [ExpiredWrongHostLeaf],
            new AnalysisOptions
            {
                HostName = HostName,
                TrustStore = TrustStore.FromCertificates([Root], TrustStoreKind.File, "test root file"),
                Time = new FixedTime(Now),
            },
            CancellationToken.None);

    private static (byte[] Root, byte[] Leaf) Create()
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest(RootName, rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, critical: false));
        using var root = rootRequest.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=wrong.example", leafKey, HashAlgorithmName.SHA256);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        leafRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        leafRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(leafRequest.PublicKey, critical: false));
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("wrong.example");
        leafRequest.CertificateExtensions.Add(names.Build());
        using var leaf = leafRequest.Create(root, LeafNotAfter.AddDays(-365), LeafNotAfter, [0x01, 0x02, 0x03, 0x04]);
        return (root.RawData, leaf.RawData);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
