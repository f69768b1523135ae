using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TlsDoctor.Certificates.Revocation.Crl;

/// <summary>
/// Reads a CRL (DER, or PEM "X509 CRL") with BouncyCastle's X509CrlParser and judges it against its issuer.
/// Never throws on bad input.
/// </summary>
/// <remarks>
/// <code>
/// CertificateList  ::=  SEQUENCE  {                         -- RFC 5280 §5.1
///      tbsCertList          TBSCertList,
///      signatureAlgorithm   AlgorithmIdentifier,
///      signatureValue       BIT STRING  }
/// TBSCertList  ::=  SEQUENCE  {
///      version                 Version OPTIONAL,
///      signature               AlgorithmIdentifier,
///      issuer                  Name,
///      thisUpdate              Time,
///      nextUpdate              Time OPTIONAL,
///      revokedCertificates     SEQUENCE OF SEQUENCE  {
///           userCertificate         CertificateSerialNumber,
///           revocationDate          Time,
///           crlEntryExtensions      Extensions OPTIONAL } OPTIONAL,
///      crlExtensions           [0]  EXPLICIT Extensions OPTIONAL }
/// </code>
/// </remarks>
public static class CrlParser
{
    private static readonly byte[] PemStart = "-----BEGIN"u8.ToArray();

    public static CrlInfo Parse(ReadOnlySpan<byte> data, X509Certificate2 issuer, DateTimeOffset now, TimeSpan? clockSkew = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        // Some CAs serve PEM; BouncyCastle reads both, but only DER gets the precise envelope diagnosis.
        if (!data.TrimStart(" \r\n\t"u8).StartsWith(PemStart) && EnvelopeError(data) is { } envelope)
        {
            return CrlInfo.Failed(envelope);
        }

        try
        {
            var crl = new X509CrlParser().ReadCrl(data.ToArray());
            return crl is null ? CrlInfo.Failed("no CRL in the data") : Judge(crl, ToBouncyCastle(issuer), now, clockSkew ?? Ocsp.OcspResponseParser.DefaultClockSkew);
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return CrlInfo.Failed($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static CrlInfo Judge(X509Crl crl, BcCertificate issuer, DateTimeOffset now, TimeSpan skew)
    {
        var info = new CrlInfo
        {
            Issuer = crl.IssuerDN.ToString(),
            ThisUpdate = Utc(crl.ThisUpdate),
            NextUpdate = crl.NextUpdate is { } next ? Utc(next) : null,
            CrlNumber = crl.GetExtensionValue(X509Extensions.CrlNumber) is { } number
                ? SerialHex(DerInteger.GetInstance(X509ExtensionUtilities.FromExtensionValue(number)).Value)
                : null,
            SignatureValid = Verifies(crl, issuer),
            IsDelta = crl.GetExtensionValue(X509Extensions.DeltaCrlIndicator) is not null,
            Revoked = [.. (crl.GetRevokedCertificates() ?? new HashSet<X509CrlEntry>())
                .Select(e => new CrlEntry(SerialHex(e.SerialNumber), Utc(e.RevocationDate), Reason(e)))
                .OrderBy(e => e.RevocationDate)],
        };

        var defects = new List<string>();
        if (!crl.IssuerDN.Equivalent(issuer.SubjectDN))
        {
            defects.Add($"the CRL is issued by '{crl.IssuerDN}', not by the certificate's issuer '{issuer.SubjectDN}'");
        }

        if (!info.SignatureValid)
        {
            defects.Add($"the CRL's signature does not verify with the key of '{issuer.SubjectDN}'");
        }

        if (info.ThisUpdate > now + skew)
        {
            defects.Add($"thisUpdate {RevocationFormat.Time(info.ThisUpdate.Value)} lies in the future");
        }

        if (info.NextUpdate is { } nextUpdate && nextUpdate < now)
        {
            defects.Add($"stale: nextUpdate {RevocationFormat.Time(nextUpdate)} passed {RevocationFormat.Duration(now - nextUpdate)} ago");
        }

        if (info.IsDelta)
        {
            defects.Add("a delta CRL (RFC 5280 §5.2.4), which lists only changes since its base CRL");
        }

        return info with { Defects = defects };
    }

    private static CrlReason? Reason(X509CrlEntry entry)
    {
        var value = entry.GetExtensionValue(X509Extensions.ReasonCode);
        return value is null ? null : (CrlReason)DerEnumerated.GetInstance(X509ExtensionUtilities.FromExtensionValue(value)).IntValueExact;
    }

    private static bool Verifies(X509Crl crl, BcCertificate issuer)
    {
        try
        {
            return crl.IsSignatureValid(issuer.GetPublicKey());
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return false;
        }
    }
}
