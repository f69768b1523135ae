using System.Formats.Asn1;

namespace TlsDoctor.Certificates.Details;

/// <summary>The signature algorithm registry (data, STYLE.md #5), with the RFC that defines each OID.</summary>
internal static class SignatureAlgorithms
{
    private const string RsaPssOid = "1.2.840.113549.1.1.10";

    private static readonly Dictionary<string, SignatureAlgorithm> ByOid = new[]
    {
        // RFC 8017 Appendix C / RFC 3279 §2.2.1 / RFC 4055 §5
        new SignatureAlgorithm("1.2.840.113549.1.1.2", "md2WithRSAEncryption", "MD2"),
        new SignatureAlgorithm("1.2.840.113549.1.1.4", "md5WithRSAEncryption", "MD5"),
        new SignatureAlgorithm("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", "SHA-1"),
        new SignatureAlgorithm("1.2.840.113549.1.1.14", "sha224WithRSAEncryption", "SHA-224"),
        new SignatureAlgorithm("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", "SHA-256"),
        new SignatureAlgorithm("1.2.840.113549.1.1.12", "sha384WithRSAEncryption", "SHA-384"),
        new SignatureAlgorithm("1.2.840.113549.1.1.13", "sha512WithRSAEncryption", "SHA-512"),
        // RFC 3279 §2.2.3 / RFC 5758 §3.2
        new SignatureAlgorithm("1.2.840.10045.4.1", "ecdsa-with-SHA1", "SHA-1"),
        new SignatureAlgorithm("1.2.840.10045.4.3.1", "ecdsa-with-SHA224", "SHA-224"),
        new SignatureAlgorithm("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", "SHA-256"),
        new SignatureAlgorithm("1.2.840.10045.4.3.3", "ecdsa-with-SHA384", "SHA-384"),
        new SignatureAlgorithm("1.2.840.10045.4.3.4", "ecdsa-with-SHA512", "SHA-512"),
        // RFC 3279 §2.2.2 / RFC 5758 §3.1
        new SignatureAlgorithm("1.2.840.10040.4.3", "dsa-with-sha1", "SHA-1"),
        new SignatureAlgorithm("2.16.840.1.101.3.4.3.1", "dsa-with-sha224", "SHA-224"),
        new SignatureAlgorithm("2.16.840.1.101.3.4.3.2", "dsa-with-sha256", "SHA-256"),
        // RFC 8410 §3: the hash is part of the algorithm.
        new SignatureAlgorithm("1.3.101.112", "Ed25519", null),
        new SignatureAlgorithm("1.3.101.113", "Ed448", null),
    }.ToDictionary(a => a.Oid, StringComparer.Ordinal);

    // RFC 4055 §2.1 / RFC 8017 Appendix A.2.1: hash algorithm OIDs that may appear in RSASSA-PSS parameters.
    private static readonly Dictionary<string, string> HashNames = new(StringComparer.Ordinal)
    {
        ["1.3.14.3.2.26"] = "SHA-1",
        ["2.16.840.1.101.3.4.2.4"] = "SHA-224",
        ["2.16.840.1.101.3.4.2.1"] = "SHA-256",
        ["2.16.840.1.101.3.4.2.2"] = "SHA-384",
        ["2.16.840.1.101.3.4.2.3"] = "SHA-512",
    };

    /// <summary>Names the algorithm; <paramref name="parameters"/> is the DER of AlgorithmIdentifier.parameters, if any.</summary>
    public static SignatureAlgorithm Describe(string oid, ReadOnlyMemory<byte>? parameters)
    {
        if (ByOid.TryGetValue(oid, out var known))
        {
            return known;
        }

        return oid == RsaPssOid
            ? new SignatureAlgorithm(oid, "rsassa-pss", PssHash(parameters))
            : new SignatureAlgorithm(oid, oid, null);
    }

    /// <summary>
    /// RFC 4055 §3.1: RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] HashAlgorithm DEFAULT sha1, … }.
    /// Absent parameters or an absent [0] mean SHA-1.
    /// </summary>
    private static string? PssHash(ReadOnlyMemory<byte>? parameters)
    {
        if (parameters is not { Length: > 0 } bytes)
        {
            return "SHA-1";
        }

        try
        {
            var sequence = new AsnReader(bytes, AsnEncodingRules.DER).ReadSequence();
            var hashTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
            if (!sequence.HasData || !sequence.PeekTag().HasSameClassAndValue(hashTag))
            {
                return "SHA-1";
            }

            var hashOid = sequence.ReadSequence(hashTag).ReadSequence().ReadObjectIdentifier();
            return HashNames.GetValueOrDefault(hashOid, hashOid);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }
}
