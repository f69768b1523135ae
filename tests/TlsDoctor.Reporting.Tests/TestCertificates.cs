using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Reporting.Tests;

/// <summary>Certificates made on the spot for report tests; fixed validity so assertions are exact.</summary>
internal static class TestCertificates
{
    private static readonly Lazy<byte[]> Rsa = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=example.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return cert.RawData;
    });

    /// <summary>DER of a self-signed RSA 2048 certificate for CN=example.test, valid 2025-01-01 to 2026-01-01 UTC.</summary>
    public static byte[] SelfSignedRsa => Rsa.Value;
}
