using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>A certificate's key as reports show it: "RSA 2048", "ECDSA P-256", "Ed25519".</summary>
internal static class PublicKeyText
{
    // RFC 8017 rsaEncryption, RFC 4055 id-RSASSA-PSS, RFC 5480 id-ecPublicKey, RFC 8410 Ed25519/Ed448, RFC 3279 id-dsa.
    private const string Rsa = "1.2.840.113549.1.1.1";
    private const string RsaPss = "1.2.840.113549.1.1.10";
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string Ed25519 = "1.3.101.112";
    private const string Ed448 = "1.3.101.113";
    private const string Dsa = "1.2.840.10040.4.1";

    public static string Of(X509Certificate2 cert)
    {
        var oid = cert.PublicKey.Oid;
        try
        {
            switch (oid.Value)
            {
                case Rsa:
                case RsaPss:
                    using (var rsa = cert.GetRSAPublicKey())
                    {
                        return $"{(oid.Value == Rsa ? "RSA" : "RSA-PSS")} {rsa?.KeySize}".TrimEnd();
                    }

                case EcPublicKey:
                    using (var ec = cert.GetECDsaPublicKey())
                    {
                        return $"ECDSA {CurveName(ec)}".TrimEnd();
                    }

                case Ed25519:
                    return "Ed25519";
                case Ed448:
                    return "Ed448";
                case Dsa:
                    using (var dsa = cert.GetDSAPublicKey())
                    {
                        return $"DSA {dsa?.KeySize}".TrimEnd();
                    }
            }
        }
        catch (CryptographicException)
        {
            // A key the platform cannot load (an unusual curve, say): its algorithm name still says something.
        }

        return oid.FriendlyName ?? oid.Value ?? "unknown";
    }

    private static string CurveName(ECDsa? ec)
    {
        if (ec is null)
        {
            return "";
        }

        var curve = ec.ExportParameters(false).Curve.Oid;
        return curve.Value switch
        {
            "1.2.840.10045.3.1.7" => "P-256",
            "1.3.132.0.34" => "P-384",
            "1.3.132.0.35" => "P-521",
            _ => curve.FriendlyName ?? curve.Value ?? $"{ec.KeySize}-bit",
        };
    }
}
