using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace TlsDoctor.Certificates.Details;

/// <summary>
/// Checks that a certificate's signature verifies with a given public key. BouncyCastle rather than the platform:
/// .NET has no public "verify this certificate with that key" call, and a diagnosis must verify MD5 and SHA-1
/// signatures that platform chain builders refuse outright.
/// </summary>
internal static class SignatureVerifier
{
    /// <summary>
    /// True when the signature of <paramref name="certificateDer"/> verifies with the key in
    /// <paramref name="issuerPublicKeyInfoDer"/> (a SubjectPublicKeyInfo). Any failure — malformed input,
    /// unsupported algorithm, wrong key — is false.
    /// </summary>
    public static bool Verifies(byte[] certificateDer, byte[] issuerPublicKeyInfoDer)
    {
        try
        {
            var certificate = new X509CertificateParser().ReadCertificate(certificateDer);
            if (certificate is null)
            {
                return false;
            }

            certificate.Verify(PublicKeyFactory.CreateKey(issuerPublicKeyInfoDer));
            return true;
        }
        catch (Exception)
        {
            // BouncyCastle signals a bad signature, an unknown algorithm and a malformed key with different
            // exception types; for path building they all mean "this key did not sign this certificate".
            return false;
        }
    }
}
