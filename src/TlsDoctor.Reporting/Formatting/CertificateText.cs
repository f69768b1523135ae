using System.Globalization;
using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>A decoded certificate's fields as reports spell them: key, names, validity relative to a moment.</summary>
internal static class CertificateText
{
    /// <summary>"RSA 2048", "ECDSA P-256", "Ed25519", "DSA 1024", or the algorithm's OID when unknown.</summary>
    public static string Key(CertificateDetails certificate) => certificate.KeyAlgorithm switch
    {
        KeyAlgorithm.Rsa => $"RSA {certificate.KeySizeBits}",
        KeyAlgorithm.Ecdsa => $"ECDSA {certificate.Curve ?? certificate.KeySizeBits + "-bit"}",
        KeyAlgorithm.EdDsa => certificate.Curve ?? "EdDSA",
        KeyAlgorithm.Dsa => $"DSA {certificate.KeySizeBits}",
        _ => certificate.KeyAlgorithmOid,
    };

    /// <summary>"DNS:localhost", "IP:127.0.0.1" and the other entries as the details name them.</summary>
    public static IEnumerable<string> SubjectAltNames(CertificateDetails certificate) =>
        certificate.DnsNames.Select(n => "DNS:" + n)
            .Concat(certificate.IpAddresses.Select(a => "IP:" + a))
            .Concat(certificate.OtherNames);

    /// <summary>Whole days from <paramref name="now"/> to notAfter, rounded down: negative once expired.</summary>
    public static int DaysLeft(CertificateDetails certificate, DateTimeOffset now) =>
        (int)Math.Floor((certificate.NotAfter - now).TotalDays);

    /// <summary>"(364 days left)", "(expired 3 days ago)", "(not valid for another 12 days)".</summary>
    public static string Remaining(CertificateDetails certificate, DateTimeOffset now)
    {
        if (now < certificate.NotBefore)
        {
            return $"(not valid for another {Days((int)Math.Ceiling((certificate.NotBefore - now).TotalDays))})";
        }

        // Whole days rounded down, as the problem texts count them ("expired 3 days ago").
        return now > certificate.NotAfter
            ? $"(expired {Days((int)Math.Floor((now - certificate.NotAfter).TotalDays))} ago)"
            : $"({Days(DaysLeft(certificate, now))} left)";
    }

    public static string Instant(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";
}
