using System.Text;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Revocation.Crl;

namespace TlsDoctor.Certificates.Tests.Revocation;

public sealed class CrlParserTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RevokedAt = new(2026, 2, 20, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_CrlListingLeaf_EntryWithDateAndReason()
    {
        using var revoked = pki.Ca.IssueLeaf("revoked.test");
        using var good = pki.Ca.IssueLeaf("good.test");
        var der = pki.Ca.SignCrl([(revoked, RevokedAt, (int)CrlReason.Superseded)], Now.AddDays(-1), Now.AddDays(6), crlNumber: 0x2a);

        var crl = CrlParser.Parse(der, pki.Ca.Ca, Now);

        Assert.Null(crl.Error);
        Assert.True(crl.IsUsable);
        Assert.True(crl.SignatureValid);
        Assert.Contains("CN=TlsDoctor Revocation Test CA", crl.Issuer, StringComparison.Ordinal);
        Assert.Equal(Now.AddDays(-1), crl.ThisUpdate);
        Assert.Equal(Now.AddDays(6), crl.NextUpdate);
        Assert.Equal("2A", crl.CrlNumber);
        var entry = Assert.Single(crl.Revoked);
        // X509Certificate2.SerialNumber keeps DER's sign byte (a leading 00 when the high bit is set); the CRL entry does not.
        Assert.Equal(new CrlEntry(revoked.SerialNumber.TrimStart('0'), RevokedAt, CrlReason.Superseded), entry with { SerialHex = entry.SerialHex.TrimStart('0') });
        Assert.Equal(entry, crl.FindRevoked(revoked));
        Assert.Null(crl.FindRevoked(good));
    }

    [Fact]
    public void FindRevoked_SerialWithLeadingZeroNibble_FoundAndWrittenAsWholeBytes()
    {
        using var revoked = pki.Ca.IssueLeaf("nibble.test", new Testing.Lab.Revocation.LeafOptions { Serial = [0x0a, 0x00, 0x01] });
        var crl = CrlParser.Parse(pki.Ca.SignCrl([(revoked, RevokedAt, 1)], Now.AddDays(-1), Now.AddDays(6)), pki.Ca.Ca, Now);

        Assert.Equal("0A0001", crl.FindRevoked(revoked)?.SerialHex); // as OpenSSL's index.txt and X509Certificate2 write it
    }

    [Fact]
    public void Parse_EntryWithoutReasonCode_ReasonNull()
    {
        using var revoked = pki.Ca.IssueLeaf("noreason.test");
        // CRLReason "unspecified" (0) is written as no reasonCode extension at all by BouncyCastle's generator.
        var crl = CrlParser.Parse(pki.Ca.SignCrl([(revoked, RevokedAt, 0)], Now.AddDays(-1), Now.AddDays(6)), pki.Ca.Ca, Now);

        Assert.Null(Assert.Single(crl.Revoked).Reason);
    }

    [Fact]
    public void Parse_Pem_SameAsDer()
    {
        using var revoked = pki.Ca.IssueLeaf("pem.test");
        var der = pki.Ca.SignCrl([(revoked, RevokedAt, (int)CrlReason.KeyCompromise)], Now.AddDays(-1), Now.AddDays(6));
        var pem = Encoding.ASCII.GetBytes($"-----BEGIN X509 CRL-----\n{Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks)}\n-----END X509 CRL-----\n");

        var crl = CrlParser.Parse(pem, pki.Ca.Ca, Now);

        Assert.True(crl.IsUsable);
        Assert.Equal(CrlReason.KeyCompromise, Assert.Single(crl.Revoked).Reason);
    }

    [Fact]
    public void Parse_SignedByAnotherCa_IssuerAndSignatureDefects()
    {
        var der = pki.OtherCa.SignCrl([], Now.AddDays(-1), Now.AddDays(6));

        var crl = CrlParser.Parse(der, pki.Ca.Ca, Now);

        Assert.False(crl.SignatureValid);
        Assert.False(crl.IsUsable);
        Assert.Equal(2, crl.Defects.Count);
        Assert.Contains("not by the certificate's issuer", crl.Defects[0], StringComparison.Ordinal);
        Assert.Contains("signature does not verify", crl.Defects[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorruptedSignature_SignatureDefectOnly()
    {
        var der = pki.Ca.SignCrl([], Now.AddDays(-1), Now.AddDays(6));
        der[^1] ^= 0x01; // the signature BIT STRING ends the CRL

        var crl = CrlParser.Parse(der, pki.Ca.Ca, Now);

        Assert.False(crl.SignatureValid);
        Assert.Contains("signature does not verify", Assert.Single(crl.Defects), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NextUpdatePassed_StaleDefect()
    {
        var crl = CrlParser.Parse(pki.Ca.SignCrl([], Now.AddDays(-9), Now.AddDays(-2)), pki.Ca.Ca, Now);

        Assert.Equal(["stale: nextUpdate 2026-02-27 12:00:00 UTC passed 2 days ago"], crl.Defects);
    }

    [Theory]
    [InlineData(new byte[] { }, "empty body")]
    [InlineData(new byte[] { 0x3c, 0x21, 0x44, 0x4f, 0x43 }, "looks like HTML")]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 }, "not a CRL")]
    public void Parse_Garbage_ErrorNotException(byte[] data, string expected)
    {
        var crl = CrlParser.Parse(data, pki.Ca.Ca, Now);

        Assert.StartsWith("not a CRL: ", crl.Error, StringComparison.Ordinal);
        Assert.Contains(expected, crl.Error, StringComparison.Ordinal);
        Assert.False(crl.IsUsable);
    }

    [Fact]
    public void Parse_EveryPrefixOfAValidCrl_Truncated()
    {
        using var revoked = pki.Ca.IssueLeaf("prefix.test");
        var der = pki.Ca.SignCrl([(revoked, RevokedAt, 1)], Now.AddDays(-1), Now.AddDays(6));

        for (var length = 1; length < der.Length; length++)
        {
            var crl = CrlParser.Parse(der.AsSpan(0, length), pki.Ca.Ca, Now);
            Assert.True(crl.Error?.Contains("truncated", StringComparison.Ordinal) == true, $"prefix {length}: {crl.Error}");
        }
    }
}
