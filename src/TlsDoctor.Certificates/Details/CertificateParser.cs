using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Details;

/// <summary>Builds <see cref="CertificateDetails"/> from DER. Never throws; see <see cref="CertificateDetails.Error"/>.</summary>
internal static partial class CertificateParser
{
    // X.520 / RFC 4519 §2.3 and §2.19
    private const string CommonNameOid = "2.5.4.3";
    private const string OrganizationOid = "2.5.4.10";

    /// <param name="verifySelfSignature">
    /// False for trust anchors: their own signature is not part of trusting them (RFC 5280 §6.1.1: the anchor is an
    /// input to path validation), and skipping the check is most of the cost of loading a system store.
    /// </param>
    public static CertificateDetails Parse(byte[] der, bool verifySelfSignature = true)
    {
        ArgumentNullException.ThrowIfNull(der);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            return new CertificateDetails { Der = der, Error = "not a decodable X.509 certificate: " + e.Message };
        }

        using (certificate)
        {
            try
            {
                return Describe(der, certificate, verifySelfSignature);
            }
            catch (Exception e) when (e is CryptographicException or AsnContentException or ArgumentException or FormatException)
            {
                return new CertificateDetails { Der = der, Error = "not a decodable X.509 certificate: " + e.Message };
            }
        }
    }

    private static CertificateDetails Describe(byte[] der, X509Certificate2 certificate, bool verifySelfSignature)
    {
        var notes = new List<string>();
        var publicKey = certificate.PublicKey;
        var key = PublicKeyReader.Read(publicKey.Oid.Value ?? "", publicKey.EncodedParameters?.RawData ?? [], publicKey.EncodedKeyValue.RawData);
        var spki = publicKey.ExportSubjectPublicKeyInfo();
        var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
        var selfIssued = NamesEqual(certificate.SubjectName, certificate.IssuerName);
        var details = new CertificateDetails
        {
            Der = der,
            Version = certificate.Version,
            Subject = certificate.SubjectName.Name,
            Issuer = certificate.IssuerName.Name,
            SerialNumber = certificate.SerialNumber,
            NotBefore = notBefore,
            NotAfter = notAfter,
            Lifetime = notAfter - notBefore + TimeSpan.FromSeconds(1),
            Sha256Fingerprint = Convert.ToHexString(SHA256.HashData(der)),
#pragma warning disable CA5350 // SHA-1 fingerprints are what many tools and CA portals still show; not a security use.
            Sha1Fingerprint = Convert.ToHexString(SHA1.HashData(der)),
#pragma warning restore CA5350
            KeyAlgorithm = key.Algorithm,
            KeyAlgorithmOid = key.Oid,
            KeySizeBits = key.SizeBits,
            Curve = key.Curve,
            SignatureAlgorithm = ReadSignatureAlgorithm(der, certificate),
            CommonName = LastAttribute(certificate.SubjectName, CommonNameOid),
            Organization = LastAttribute(certificate.SubjectName, OrganizationOid),
            IssuerCommonName = LastAttribute(certificate.IssuerName, CommonNameOid),
            IsSelfIssued = selfIssued,
            IsSelfSigned = selfIssued && (!verifySelfSignature || SignatureVerifier.Verifies(der, spki)),
            SubjectDer = certificate.SubjectName.RawData,
            IssuerDer = certificate.IssuerName.RawData,
            PublicKeyInfoDer = spki,
        };

        details = ReadExtensions(certificate, details, notes);
        return details with { ParseNotes = notes };
    }

    /// <summary>
    /// RFC 5280 §4.1.1.2: Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, signatureValue }.
    /// Read by hand for the parameters, which name the hash of an RSASSA-PSS signature.
    /// </summary>
    private static SignatureAlgorithm ReadSignatureAlgorithm(byte[] der, X509Certificate2 certificate)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            outer.ReadEncodedValue(); // tbsCertificate
            var algorithm = outer.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            ReadOnlyMemory<byte>? parameters = algorithm.HasData ? algorithm.ReadEncodedValue() : null;
            return SignatureAlgorithms.Describe(oid, parameters);
        }
        catch (AsnContentException)
        {
            return SignatureAlgorithms.Describe(certificate.SignatureAlgorithm.Value ?? "", null);
        }
    }

    /// <summary>
    /// RFC 5280 §7.1 compares names after normalisation; exact DER equality covers well-behaved CAs, and the
    /// case-insensitive comparison of the decoded form covers the common PrintableString/UTF8String mix.
    /// </summary>
    internal static bool NamesEqual(X500DistinguishedName a, X500DistinguishedName b) =>
        a.RawData.AsSpan().SequenceEqual(b.RawData) || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static string? LastAttribute(X500DistinguishedName name, string oid)
    {
        string? value = null;
        // DER order: the last RDN is the most specific (RFC 6125 §6.4.4 uses the most specific CN).
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames(reversed: false))
        {
            if (!rdn.HasMultipleElements && rdn.GetSingleElementType().Value == oid)
            {
                value = rdn.GetSingleElementValue();
            }
        }

        return value;
    }
}
