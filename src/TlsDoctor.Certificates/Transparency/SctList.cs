using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Certificates.Transparency;

/// <summary>
/// A SignedCertificateTimestampList (RFC 6962 §3.3) from one source.
/// <code>
/// opaque SerializedSCT&lt;1..2^16-1&gt;;
/// struct {
///     SerializedSCT sct_list &lt;1..2^16-1&gt;;
/// } SignedCertificateTimestampList;
///
/// struct {                                   -- RFC 6962 §3.2
///     Version sct_version;                   -- v1(0), one byte
///     LogID id;                              -- opaque key_id[32]
///     uint64 timestamp;
///     CtExtensions extensions;               -- opaque CtExtensions&lt;0..2^16-1&gt;
///     digitally-signed struct { … };         -- SignatureAndHashAlgorithm, opaque signature&lt;0..2^16-1&gt;
/// } SignedCertificateTimestamp;
/// </code>
/// </summary>
public sealed record SctList(SctSource Source, IReadOnlyList<SignedCertificateTimestamp> Timestamps)
{
    /// <summary>OID of the certificate extension (embedded SCTs).</summary>
    public const string CertificateExtensionOid = "1.3.6.1.4.1.11129.2.4.2";

    /// <summary>OID of the OCSP singleExtension.</summary>
    public const string OcspExtensionOid = "1.3.6.1.4.1.11129.2.4.5";

    private const int ListLengthBytes = 2;
    private const int SctLengthBytes = 2;
    private const int VersionBytes = 1;
    private const int LogIdBytes = 32;
    private const int TimestampBytes = 8;
    private const int ExtensionsLengthBytes = 2;
    private const int AlgorithmBytes = 2;   // HashAlgorithm hash; SignatureAlgorithm signature;
    private const int SignatureLengthBytes = 2;
    private const byte V1 = 0;

    /// <summary>
    /// Parses the TLS-encoded list, as carried in the TLS extension's extension_data. NeedMoreData when a length
    /// runs past the end of the input; Invalid when the parts do not add up or the list is empty.
    /// </summary>
    public static ParseResult<SctList> Parse(ReadOnlySpan<byte> data, SctSource source)
    {
        if (data.Length < ListLengthBytes)
        {
            return ParseResult<SctList>.Truncated($"the list length needs {ListLengthBytes} bytes, {data.Length} present");
        }

        var listLength = BinaryPrimitives.ReadUInt16BigEndian(data);
        var total = ListLengthBytes + listLength;
        if (data.Length < total)
        {
            return ParseResult<SctList>.Truncated($"the list declares {listLength} bytes, {data.Length - ListLengthBytes} present");
        }

        if (listLength == 0)
        {
            return ParseResult<SctList>.Malformed("empty sct_list (RFC 6962 §3.3 requires at least one SCT)");
        }

        var list = data[ListLengthBytes..total];
        var timestamps = new List<SignedCertificateTimestamp>();
        while (!list.IsEmpty)
        {
            if (list.Length < SctLengthBytes)
            {
                return ParseResult<SctList>.Malformed($"SCT #{timestamps.Count + 1}: its length field is cut by the list's end");
            }

            var sctLength = BinaryPrimitives.ReadUInt16BigEndian(list);
            if (sctLength == 0 || list.Length < SctLengthBytes + sctLength)
            {
                return ParseResult<SctList>.Malformed($"SCT #{timestamps.Count + 1}: declares {sctLength} bytes, the list has {list.Length - SctLengthBytes} left");
            }

            var parsed = ParseSct(list.Slice(SctLengthBytes, sctLength));
            if (parsed.Error is { } error)
            {
                return ParseResult<SctList>.Malformed($"SCT #{timestamps.Count + 1}: {error}");
            }

            timestamps.Add(parsed.Sct!);
            list = list[(SctLengthBytes + sctLength)..];
        }

        return total < data.Length
            ? ParseResult<SctList>.Malformed($"{data.Length - total} bytes after the list")
            : ParseResult<SctList>.Ok(new SctList(source, timestamps), total);
    }

    /// <summary>
    /// Parses an extension value as found in a certificate (extnValue content) or an OCSP singleExtension: a DER
    /// OCTET STRING whose content is the TLS-encoded list (RFC 6962 §3.3).
    /// </summary>
    public static ParseResult<SctList> ParseExtension(ReadOnlySpan<byte> extensionValue, SctSource source)
    {
        byte[] inner;
        int consumed;
        try
        {
            inner = AsnDecoder.ReadOctetString(extensionValue, AsnEncodingRules.DER, out consumed);
        }
        catch (AsnContentException e)
        {
            // The DER reader cannot tell a short value from a broken one; compare the declared length ourselves.
            return DeclaresMoreThan(extensionValue)
                ? ParseResult<SctList>.Truncated("the OCTET STRING around the list is cut short")
                : ParseResult<SctList>.Malformed($"the extension value is not a DER OCTET STRING: {e.Message}");
        }

        if (consumed != extensionValue.Length)
        {
            return ParseResult<SctList>.Malformed($"{extensionValue.Length - consumed} bytes after the OCTET STRING");
        }

        var list = Parse(inner, source);
        return list.Status == ParseStatus.NeedMoreData
            ? ParseResult<SctList>.Malformed($"the OCTET STRING is complete but the list inside is cut short: {list.Error}")
            : list.IsDone ? ParseResult<SctList>.Ok(list.Value!, consumed) : list;
    }

    /// <summary>The embedded list of <paramref name="certificate"/>, or null when it has none.</summary>
    public static ParseResult<SctList>? FromCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var extension = certificate.Extensions[CertificateExtensionOid];
        return extension is null ? null : ParseExtension(extension.RawData, SctSource.Embedded);
    }

    private static (SignedCertificateTimestamp? Sct, string? Error) ParseSct(ReadOnlySpan<byte> sct)
    {
        var version = sct[0];
        if (version != V1)
        {
            // §3.2: unknown versions are opaque; keep them, count them, read nothing else.
            return (new SignedCertificateTimestamp { Version = version, Raw = sct.ToArray() }, null);
        }

        const int fixedPart = VersionBytes + LogIdBytes + TimestampBytes + ExtensionsLengthBytes;
        if (sct.Length < fixedPart)
        {
            return (null, $"{sct.Length} bytes, a v1 SCT needs at least {fixedPart + AlgorithmBytes + SignatureLengthBytes}");
        }

        var logId = sct.Slice(VersionBytes, LogIdBytes);
        var timestamp = BinaryPrimitives.ReadUInt64BigEndian(sct[(VersionBytes + LogIdBytes)..]);
        var extensionsLength = BinaryPrimitives.ReadUInt16BigEndian(sct[(fixedPart - ExtensionsLengthBytes)..]);
        var rest = sct[fixedPart..];
        if (rest.Length < extensionsLength + AlgorithmBytes + SignatureLengthBytes)
        {
            return (null, $"extensions of {extensionsLength} bytes leave no room for the signature");
        }

        var extensions = rest[..extensionsLength];
        rest = rest[extensionsLength..];
        var algorithm = (SignatureScheme)BinaryPrimitives.ReadUInt16BigEndian(rest);
        var signatureLength = BinaryPrimitives.ReadUInt16BigEndian(rest[AlgorithmBytes..]);
        var signature = rest[(AlgorithmBytes + SignatureLengthBytes)..];
        if (signature.Length != signatureLength)
        {
            return (null, $"the signature declares {signatureLength} bytes, {signature.Length} remain in the SCT");
        }

        return (new SignedCertificateTimestamp
        {
            Version = version,
            LogId = logId.ToArray(),
            TimestampMilliseconds = timestamp,
            Extensions = extensions.ToArray(),
            Algorithm = algorithm,
            Signature = signature.ToArray(),
            Raw = sct.ToArray(),
        }, null);
    }

    private static bool DeclaresMoreThan(ReadOnlySpan<byte> der)
    {
        try
        {
            if (!Asn1Tag.TryDecode(der, out _, out var tagLength))
            {
                return der.IsEmpty;
            }

            var length = AsnDecoder.DecodeLength(der[tagLength..], AsnEncodingRules.DER, out var lengthLength);
            return length is { } l && tagLength + lengthLength + l > der.Length;
        }
        catch (AsnContentException)
        {
            return der.Length <= 2; // tag and a cut multi-byte length
        }
    }
}
