using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>The seam to BouncyCastle: certificate conversion, which of its exceptions mean "bad input", and display helpers.</summary>
internal static class BouncyCastleInterop
{
    public static BcCertificate ToBouncyCastle(X509Certificate2 certificate) => new(certificate.RawData);

    /// <summary>
    /// True for the exceptions BouncyCastle throws on malformed or unsupported input (ASN.1 errors are IOExceptions,
    /// wrong CHOICE types InvalidCast/Argument, unknown algorithms SecurityUtility). Anything else is a bug and propagates.
    /// </summary>
    public static bool IsDecodeFailure(Exception e) => e is IOException or ArgumentException or InvalidCastException
        or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException
        or GeneralSecurityException or SecurityUtilityException or Org.BouncyCastle.Crypto.CryptoException
        or Org.BouncyCastle.Ocsp.OcspException;

    /// <summary>
    /// Checks the outermost DER TLV before BouncyCastle sees the bytes, so that an error can say "truncated"
    /// (the SEQUENCE declares more bytes than arrived) apart from "malformed" or "not DER at all" (STYLE.md #1).
    /// Returns null when the envelope is a SEQUENCE that exactly fills <paramref name="der"/>.
    /// </summary>
    public static string? EnvelopeError(ReadOnlySpan<byte> der)
    {
        if (der.IsEmpty)
        {
            return "empty body";
        }

        if (!Asn1Tag.TryDecode(der, out var tag, out var tagLength) || tag != Asn1Tag.Sequence)
        {
            return $"does not start with a DER SEQUENCE (first bytes {Hex(der[..Math.Min(der.Length, 8)])}{TextHint(der)})";
        }

        // X.690 §8.1.3: a first length octet 0x81..0xfe announces that many further length octets.
        var lengthOctets = der[tagLength..];
        if (lengthOctets.IsEmpty || (lengthOctets[0] > 0x80 && (lengthOctets[0] & 0x7f) >= lengthOctets.Length))
        {
            return $"truncated after {der.Length} bytes, inside the outer SEQUENCE's length";
        }

        int? length;
        int lengthLength;
        try
        {
            // BER, so that the indefinite form is reported by name rather than as "malformed".
            length = AsnDecoder.DecodeLength(der[tagLength..], AsnEncodingRules.BER, out lengthLength);
        }
        catch (AsnContentException)
        {
            return "the outer SEQUENCE has a malformed length";
        }

        if (length is null)
        {
            return "the outer SEQUENCE uses the indefinite length form, which DER forbids";
        }

        var declared = tagLength + lengthLength + length.Value;
        return declared > der.Length ? $"truncated: the outer SEQUENCE declares {declared} bytes, {der.Length} arrived"
            : declared < der.Length ? $"{der.Length - declared} bytes of trailing data after the outer SEQUENCE"
            : null;
    }

    /// <summary>
    /// A serial number as upper-case hex, two digits per byte without leading zero bytes, e.g. "03A1F2": the form of
    /// X509Certificate2.SerialNumber and of OpenSSL (BN_bn2hex, index.txt).
    /// </summary>
    public static string SerialHex(BigInteger serial)
    {
        var magnitude = serial.Abs().ToByteArrayUnsigned();
        var hex = magnitude.Length == 0 ? "00" : Convert.ToHexString(magnitude);
        return serial.SignValue < 0 ? "-" + hex : hex;
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    // HTML error pages and PEM text are the usual non-DER bodies; naming them helps the reader.
    private static string TextHint(ReadOnlySpan<byte> bytes) => bytes[0] switch
    {
        (byte)'<' => ": looks like HTML",
        (byte)'-' => ": looks like PEM text",
        _ when bytes[0] is >= 0x20 and < 0x7f => ": looks like text",
        _ => "",
    };
}
