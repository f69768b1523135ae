using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Revocation.Ocsp;
using TlsDoctor.Certificates.Tests.Revocation;
using TlsDoctor.Certificates.Transparency;
using TlsDoctor.Testing.Lab.Revocation;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Certificates.Tests.Transparency;

public sealed class SctListTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    private static readonly byte[] LogA = [.. Enumerable.Range(0xa0, 32).Select(i => (byte)i)];
    private static readonly byte[] LogB = [.. Enumerable.Repeat((byte)0x5b, 32)];

    /// <summary>Two v1 SCTs as a TLS server or a certificate carries them (RFC 6962 §3.2, §3.3).</summary>
    private static readonly byte[] TwoScts =
    [
        0x00, 0x6b,                                     // sct_list length: 2 + 51 + 2 + 52 = 107
        0x00, 0x33,                                     // SerializedSCT #1 length: 51
        0x00,                                           //   sct_version: v1
        .. LogA,                                        //   LogID key_id[32]
        0x00, 0x00, 0x01, 0x94, 0x24, 0xf8, 0x63, 0x2e, //   timestamp: 1735787045678 ms = 2025-01-02 03:04:05.678 UTC
        0x00, 0x00,                                     //   CtExtensions length: 0
        0x04, 0x03,                                     //   hash sha256(4), signature ecdsa(3)
        0x00, 0x04, 0xde, 0xad, 0xbe, 0xef,             //   signature<0..2^16-1>: 4 bytes
        0x00, 0x34,                                     // SerializedSCT #2 length: 52
        0x00,                                           //   sct_version: v1
        .. LogB,                                        //   LogID
        0x00, 0x00, 0x01, 0x90, 0x6b, 0x97, 0x58, 0x18, //   timestamp: 2024-06-30 23:59:59 UTC
        0x00, 0x02, 0xca, 0xfe,                         //   CtExtensions: 2 bytes
        0x04, 0x01,                                     //   hash sha256(4), signature rsa(1)
        0x00, 0x03, 0x01, 0x02, 0x03,                   //   signature: 3 bytes
    ];

    [Fact]
    public void Parse_TwoV1Scts_AllFields()
    {
        var result = SctList.Parse(TwoScts, SctSource.TlsExtension);

        Assert.Equal(ParseStatus.Done, result.Status);
        Assert.Equal(TwoScts.Length, result.Consumed);
        var list = result.Value!;
        Assert.Equal(SctSource.TlsExtension, list.Source);
        Assert.Equal(2, list.Timestamps.Count);

        var first = list.Timestamps[0];
        Assert.Equal(0, first.Version);
        Assert.Equal(LogA, first.LogId);
        Assert.Equal("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf", first.LogIdHex);
        Assert.Equal(Convert.ToBase64String(LogA), first.LogIdBase64);
        Assert.Equal(1735787045678UL, first.TimestampMilliseconds);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), first.Timestamp);
        Assert.Empty(first.Extensions);
        Assert.Equal(SignatureScheme.EcdsaSecp256r1Sha256, first.Algorithm);
        Assert.Equal("ecdsa_secp256r1_sha256", first.AlgorithmName);
        Assert.Equal([0xde, 0xad, 0xbe, 0xef], first.Signature);
        Assert.Equal(51, first.Raw.Length);

        var second = list.Timestamps[1];
        Assert.Equal(new DateTimeOffset(2024, 6, 30, 23, 59, 59, TimeSpan.Zero), second.Timestamp);
        Assert.Equal([0xca, 0xfe], second.Extensions);
        Assert.Equal(SignatureScheme.RsaPkcs1Sha256, second.Algorithm);
        Assert.Equal([1, 2, 3], second.Signature);
    }

    [Fact]
    public void Parse_EveryPrefix_NeedMoreData()
    {
        for (var length = 0; length < TwoScts.Length; length++)
        {
            var result = SctList.Parse(TwoScts.AsSpan(0, length), SctSource.TlsExtension);
            Assert.True(result.Status == ParseStatus.NeedMoreData, $"prefix {length}: {result.Status} {result.Error}");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x00 }, "empty sct_list")]
    [InlineData(new byte[] { 0x00, 0x01, 0x00 }, "length field is cut")]
    [InlineData(new byte[] { 0x00, 0x04, 0x00, 0x05, 0x00, 0x00 }, "declares 5 bytes")]
    [InlineData(new byte[] { 0x00, 0x02, 0x00, 0x00 }, "declares 0 bytes")]
    [InlineData(new byte[] { 0x00, 0x03, 0x00, 0x01, 0x00 }, "a v1 SCT needs at least")]
    [InlineData(new byte[] { 0x00, 0x03, 0x00, 0x01, 0x07, 0xff }, "1 bytes after the list")]
    public void Parse_Inconsistent_Invalid(byte[] data, string expected)
    {
        var result = SctList.Parse(data, SctSource.TlsExtension);

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SignatureLengthDisagrees_Invalid()
    {
        var data = (byte[])TwoScts.Clone();
        data[2 + 2 + 1 + 32 + 8 + 2 + 2 + 1] = 0x05; // SCT #1 signature length 4 → 5

        var result = SctList.Parse(data, SctSource.TlsExtension);

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("SCT #1: the signature declares 5 bytes, 4 remain in the SCT", result.Error);
    }

    [Fact]
    public void Parse_UnknownVersion_KeptOpaque()
    {
        byte[] data = [0x00, 0x05, 0x00, 0x03, 0x01, 0xaa, 0xbb]; // one SCT, sct_version 1 (no such version yet)

        var sct = Assert.Single(SctList.Parse(data, SctSource.Ocsp).Value!.Timestamps);

        Assert.Equal(1, sct.Version);
        Assert.Empty(sct.LogId);
        Assert.Equal([0x01, 0xaa, 0xbb], sct.Raw);
    }

    [Fact]
    public void FromCertificate_EmbeddedExtension_TwoScts()
    {
        // The extension's extnValue is an OCTET STRING holding the TLS-encoded list (RFC 6962 §3.3).
        var extension = new X509Extension(SctList.CertificateExtensionOid, OctetString(TwoScts), critical: false);
        using var leaf = pki.Ca.IssueLeaf("embedded.test", new LeafOptions { Extensions = [extension] });

        var result = SctList.FromCertificate(leaf);

        Assert.NotNull(result);
        Assert.Equal(ParseStatus.Done, result.Value.Status);
        Assert.Equal(SctSource.Embedded, result.Value.Value!.Source);
        Assert.Equal([LogA, LogB], result.Value.Value.Timestamps.Select(t => t.LogId));
    }

    [Fact]
    public void FromCertificate_NoExtension_Null()
    {
        using var leaf = pki.Ca.IssueLeaf("plain.test");

        Assert.Null(SctList.FromCertificate(leaf));
    }

    [Fact]
    public void ParseExtension_CutOctetString_NeedMoreData()
    {
        var value = OctetString(TwoScts);

        var result = SctList.ParseExtension(value.AsSpan(0, value.Length - 1), SctSource.Embedded);

        Assert.Equal(ParseStatus.NeedMoreData, result.Status);
    }

    [Fact]
    public void ParseExtension_NotAnOctetString_Invalid()
    {
        var result = SctList.ParseExtension([0x30, 0x00], SctSource.Embedded);

        Assert.Equal(ParseStatus.Invalid, result.Status);
    }

    [Fact]
    public void ParseExtension_FromStapledOcspResponse_CountedAsOcsp()
    {
        var now = DateTimeOffset.UtcNow;
        using var leaf = pki.Ca.IssueLeaf("ocsp-sct.test");
        var der = pki.Ca.SignOcsp(leaf, OcspAnswer.Good() with { SctList = TwoScts });
        var staple = OcspResponseParser.Parse(der, leaf, pki.Ca.Ca, now);

        var fromOcsp = SctList.ParseExtension(staple.SctListExtension, SctSource.Ocsp).Value!;
        var tls = SctList.Parse(TwoScts.AsSpan(0, TwoScts.Length), SctSource.TlsExtension).Value!;

        Assert.Equal(new SctCounts(Embedded: 0, TlsExtension: 2, Ocsp: 2), SctCounts.Of([fromOcsp, tls]));
        Assert.Equal(4, SctCounts.Of([fromOcsp, tls]).Total);
    }

    private static byte[] OctetString(byte[] content)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteOctetString(content);
        return writer.Encode();
    }
}
