using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Testing.Lab.Revocation;

/// <summary>
/// One line of OpenSSL's CA database (index.txt), which <c>openssl ocsp -index</c> answers from:
/// <code>
/// V &lt;tab&gt; expiry YYMMDDHHMMSSZ &lt;tab&gt;                                 &lt;tab&gt; serial hex &lt;tab&gt; unknown &lt;tab&gt; subject
/// R &lt;tab&gt; expiry YYMMDDHHMMSSZ &lt;tab&gt; revocation YYMMDDHHMMSSZ[,reason] &lt;tab&gt; serial hex &lt;tab&gt; unknown &lt;tab&gt; subject
/// </code>
/// The responder looks certificates up by serial, written as BN_bn2hex does: upper-case, two digits per byte.
/// </summary>
/// <param name="Reason">OpenSSL's reason name ("keyCompromise", "superseded" …), or null for none.</param>
public sealed record OcspIndexEntry(X509Certificate2 Certificate, DateTimeOffset? RevokedAt = null, string? Reason = null)
{
    public static OcspIndexEntry Valid(X509Certificate2 certificate) => new(certificate);

    public static OcspIndexEntry Revoked(X509Certificate2 certificate, DateTimeOffset when, string? reason = null) =>
        new(certificate, when, reason);

    public string ToIndexLine()
    {
        ArgumentNullException.ThrowIfNull(Certificate);
        var expiry = UtcTime(new DateTimeOffset(Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
        var revocation = RevokedAt is { } when ? UtcTime(when) + (Reason is null ? "" : "," + Reason) : "";
        var subject = "/" + string.Join('/', Certificate.SubjectName.Name.Split(", ").Reverse());
        return string.Join('\t', RevokedAt is null ? "V" : "R", expiry, revocation, Certificate.SerialNumber, "unknown", subject);
    }

    private static string UtcTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
}
