using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Tests.Support;

/// <summary>The key a test certificate gets. EC P-256 by default: RSA key generation is slow.</summary>
public enum TestKey
{
    EcP256,
    EcP384,
    Brainpool256,
    Rsa1024,
    Rsa1536,
    Rsa2048,
}

/// <summary>The signature hash a test issuer uses.</summary>
public enum TestHash
{
    Sha256,
    Md5,
}

/// <summary>What a test certificate says; every field has a sensible default so each test states only its point.</summary>
internal sealed record CertSpec(string CommonName)
{
    /// <summary>The instant the tests treat as "now" unless they say otherwise.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset NotBefore { get; init; } = Now.AddDays(-1);
    public DateTimeOffset NotAfter { get; init; } = Now.AddDays(89);
    public TestKey Key { get; init; } = TestKey.EcP256;
    public TestHash Hash { get; init; } = TestHash.Sha256;

    /// <summary>basicConstraints cA; null leaves the extension out.</summary>
    public bool? IsCa { get; init; } = false;

    public int? PathLength { get; init; }

    /// <summary>keyUsage; null leaves the extension out.</summary>
    public X509KeyUsageFlags? KeyUsage { get; init; } = X509KeyUsageFlags.DigitalSignature;

    /// <summary>extKeyUsage OIDs; null leaves the extension out.</summary>
    public IReadOnlyList<string>? ExtendedKeyUsages { get; init; } = ["1.3.6.1.5.5.7.3.1"];

    /// <summary>DNS subjectAltNames; with no DNS names and no IPs the extension is left out.</summary>
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    public IReadOnlyList<IPAddress> IpAddresses { get; init; } = [];

    public IReadOnlyList<string> CaIssuersUrls { get; init; } = [];
    public IReadOnlyList<string> OcspUrls { get; init; } = [];
    public IReadOnlyList<string> CrlUrls { get; init; } = [];
    public bool MustStaple { get; init; }

    /// <summary>How many (dummy) SCTs to embed; 0 leaves the extension out.</summary>
    public int EmbeddedScts { get; init; }

    /// <summary>A CA certificate's usual extensions: cA true, keyCertSign and cRLSign, no extKeyUsage.</summary>
    public static CertSpec Ca(string commonName) => new(commonName)
    {
        IsCa = true,
        KeyUsage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign,
        ExtendedKeyUsages = null,
        NotBefore = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
        NotAfter = new DateTimeOffset(2045, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A TLS server certificate for <paramref name="host"/>.</summary>
    public static CertSpec Server(string host) => new(host) { DnsNames = [host] };
}
