using System.Buffers.Binary;
using System.Formats.Asn1;

namespace TlsDoctor.Certificates.Details;

/// <summary>
/// Decoders for the extensions the platform has no typed reader for (or reads too strictly), each taking the
/// extnValue contents. Each throws <see cref="AsnContentException"/> on malformed input; the caller records that.
/// </summary>
internal static class ExtensionReader
{
    // RFC 5280 §4.2.2.1 and §4.2.1.13; RFC 6960 §4.2.2.1 (ocsp); RFC 7633 §6; RFC 6962 §3.3
    public const string SubjectKeyIdentifierOid = "2.5.29.14";
    public const string SubjectAltNameOid = "2.5.29.17";
    public const string AuthorityKeyIdentifierOid = "2.5.29.35";
    public const string CrlDistributionPointsOid = "2.5.29.31";
    public const string AuthorityInfoAccessOid = "1.3.6.1.5.5.7.1.1";
    public const string TlsFeatureOid = "1.3.6.1.5.5.7.1.24";
    public const string SctListOid = "1.3.6.1.4.1.11129.2.4.2";
    private const string OcspAccessMethod = "1.3.6.1.5.5.7.48.1";
    private const string CaIssuersAccessMethod = "1.3.6.1.5.5.7.48.2";

    // RFC 6066 §8 / RFC 7633 §4: the TLS feature value for status_request (OCSP stapling), i.e. "Must-Staple".
    private const int StatusRequestFeature = 5;

    /// <summary>RFC 5280 §4.2.1.6: SubjectAltName ::= GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName.</summary>
    public static GeneralNameList SubjectAltNames(ReadOnlyMemory<byte> value) =>
        GeneralNames.ReadAll(Single(value).ReadSequence());

    /// <summary>RFC 5280 §4.2.1.2: SubjectKeyIdentifier ::= KeyIdentifier ::= OCTET STRING.</summary>
    public static byte[] SubjectKeyIdentifier(ReadOnlyMemory<byte> value) => Single(value).ReadOctetString();

    /// <summary>
    /// RFC 5280 §4.2.1.1: AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] KeyIdentifier OPTIONAL,
    /// authorityCertIssuer [1] GeneralNames OPTIONAL, authorityCertSerialNumber [2] CertificateSerialNumber OPTIONAL }.
    /// Only the key identifier matters for path building; null when absent.
    /// </summary>
    public static byte[]? AuthorityKeyIdentifier(ReadOnlyMemory<byte> value)
    {
        var sequence = Single(value).ReadSequence();
        var keyIdTag = new Asn1Tag(TagClass.ContextSpecific, 0);
        return sequence.HasData && sequence.PeekTag().HasSameClassAndValue(keyIdTag) ? sequence.ReadOctetString(keyIdTag) : null;
    }

    /// <summary>
    /// RFC 5280 §4.2.2.1: AuthorityInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX) OF AccessDescription;
    /// AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER, accessLocation GeneralName }.
    /// Returns the URIs for id-ad-caIssuers and id-ad-ocsp.
    /// </summary>
    public static (IReadOnlyList<string> CaIssuers, IReadOnlyList<string> Ocsp) AuthorityInfoAccess(ReadOnlyMemory<byte> value)
    {
        var caIssuers = new List<string>();
        var ocsp = new List<string>();
        var descriptions = Single(value).ReadSequence();
        while (descriptions.HasData)
        {
            var description = descriptions.ReadSequence();
            var method = description.ReadObjectIdentifier();
            var uris = GeneralNames.ReadAll(description).Uris;
            switch (method)
            {
                case CaIssuersAccessMethod:
                    caIssuers.AddRange(uris);
                    break;
                case OcspAccessMethod:
                    ocsp.AddRange(uris);
                    break;
            }
        }

        return (caIssuers, ocsp);
    }

    /// <summary>
    /// RFC 5280 §4.2.1.13:
    /// <code>
    /// CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX) OF DistributionPoint
    /// DistributionPoint ::= SEQUENCE { distributionPoint [0] DistributionPointName OPTIONAL,
    ///                                  reasons [1] ReasonFlags OPTIONAL, cRLIssuer [2] GeneralNames OPTIONAL }
    /// DistributionPointName ::= CHOICE { fullName [0] GeneralNames, nameRelativeToCRLIssuer [1] RelativeDistinguishedName }
    /// </code>
    /// [0] distributionPoint is explicit (it tags a CHOICE); fullName [0] is implicit. Returns the fullName URIs.
    /// </summary>
    public static IReadOnlyList<string> CrlDistributionPoints(ReadOnlyMemory<byte> value)
    {
        var urls = new List<string>();
        var distributionPointTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        var points = Single(value).ReadSequence();
        while (points.HasData)
        {
            var point = points.ReadSequence();
            if (!point.HasData || !point.PeekTag().HasSameClassAndValue(distributionPointTag))
            {
                continue;
            }

            var name = point.ReadSequence(distributionPointTag);
            if (name.HasData && name.PeekTag().HasSameClassAndValue(distributionPointTag))
            {
                urls.AddRange(GeneralNames.ReadAll(name.ReadSequence(distributionPointTag)).Uris);
            }
        }

        return urls;
    }

    /// <summary>RFC 7633 §6: Features ::= SEQUENCE OF INTEGER; Must-Staple is the presence of status_request (5).</summary>
    public static bool HasStatusRequestFeature(ReadOnlyMemory<byte> value)
    {
        var features = Single(value).ReadSequence();
        while (features.HasData)
        {
            if (features.TryReadInt32(out var feature) && feature == StatusRequestFeature)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// RFC 6962 §3.3: the extension holds an OCTET STRING whose contents are the TLS-encoded
    /// <c>opaque SerializedSCT&lt;1..2^16-1&gt;; struct { SerializedSCT sct_list&lt;1..2^16-1&gt;; } SignedCertificateTimestampList;</c>
    /// Counted only; verifying the timestamps is the revocation/transparency code's job.
    /// </summary>
    public static int SctCount(ReadOnlyMemory<byte> value)
    {
        const int LengthPrefix = sizeof(ushort);
        var list = Single(value).ReadOctetString().AsSpan();
        if (list.Length < LengthPrefix)
        {
            throw new AsnContentException("SCT list shorter than its length prefix");
        }

        var listLength = BinaryPrimitives.ReadUInt16BigEndian(list);
        var body = list.Slice(LengthPrefix, Math.Min(listLength, list.Length - LengthPrefix));
        var count = 0;
        while (body.Length >= LengthPrefix)
        {
            var sctLength = BinaryPrimitives.ReadUInt16BigEndian(body);
            if (body.Length < LengthPrefix + sctLength)
            {
                throw new AsnContentException("SCT list truncated");
            }

            body = body[(LengthPrefix + sctLength)..];
            count++;
        }

        return count;
    }

    private static AsnReader Single(ReadOnlyMemory<byte> value) => new(value, AsnEncodingRules.DER);
}
