using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>
/// What reports show of one certificate as sent: its DER, fingerprint and, when it parses, names, validity and key.
/// A certificate that does not parse is still reported (DER, fingerprint and the parse error); it never throws.
/// </summary>
internal sealed record CertificateSummary(
    byte[] Der,
    string Sha256,
    string? Subject,
    string? Issuer,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotAfter,
    string? KeyType,
    string? Error)
{
    public static CertificateSummary Read(byte[] der)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(der));
        try
        {
            using var cert = X509CertificateLoader.LoadCertificate(der);
            return new CertificateSummary(
                der,
                sha256,
                cert.Subject,
                cert.Issuer,
                new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero),
                new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                PublicKeyText.Of(cert),
                null);
        }
        catch (CryptographicException e)
        {
            return new CertificateSummary(der, sha256, null, null, null, null, null, e.Message);
        }
    }
}
