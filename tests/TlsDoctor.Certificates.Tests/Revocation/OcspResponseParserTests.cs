using Org.BouncyCastle.Ocsp;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Revocation.Ocsp;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

public sealed class OcspResponseParserTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    // Whole seconds: GeneralizedTime in these responses carries no fractions worth comparing.
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly OcspAnswer Current = new()
    {
        ThisUpdate = Now.AddHours(-2), NextUpdate = Now.AddDays(3), ProducedAt = Now.AddHours(-1),
    };

    [Fact]
    public void Parse_GoodFromIssuer_GoodUsableWithTimes()
    {
        using var leaf = pki.Ca.IssueLeaf("good.test");
        var info = Parse(pki.Ca.SignOcsp(leaf, Current), leaf);

        Assert.Null(info.Error);
        Assert.Equal(OcspResponseStatus.Successful, info.ResponseStatus);
        Assert.Equal(OcspCertStatus.Good, info.CertStatus);
        Assert.Equal(OcspSignatureCheck.VerifiedByIssuer, info.Signature);
        Assert.True(info.CertIdMatches);
        Assert.True(info.IsUsable);
        Assert.Equal(Now.AddHours(-1), info.ProducedAt);
        Assert.Equal(Now.AddHours(-2), info.ThisUpdate);
        Assert.Equal(Now.AddDays(3), info.NextUpdate);
        Assert.Equal(TimeSpan.FromHours(2), info.Age);
        Assert.Equal(1, info.SingleResponseCount);
        Assert.StartsWith("byName ", info.ResponderId, StringComparison.Ordinal);
        Assert.Contains("TlsDoctor Revocation Test CA", info.ResponderId, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Revoked_TimeAndReason()
    {
        using var leaf = pki.Ca.IssueLeaf("revoked.test");
        var when = new DateTimeOffset(2026, 2, 14, 8, 30, 0, TimeSpan.Zero);
        var answer = OcspAnswer.Revoked(when, (int)CrlReason.KeyCompromise) with { ThisUpdate = Current.ThisUpdate, NextUpdate = Current.NextUpdate };

        var info = Parse(pki.Ca.SignOcsp(leaf, answer), leaf);

        Assert.True(info.IsUsable);
        Assert.Equal(OcspCertStatus.Revoked, info.CertStatus);
        Assert.Equal(when, info.RevocationTime);
        Assert.Equal(CrlReason.KeyCompromise, info.RevocationReason);
        Assert.Equal("revoked on 2026-02-14 08:30:00 UTC (keyCompromise)", info.StatusText);
    }

    [Fact]
    public void Parse_Unknown_UsableButUnknown()
    {
        using var leaf = pki.Ca.IssueLeaf("unknown.test");
        var info = Parse(pki.Ca.SignOcsp(leaf, OcspAnswer.Unknown() with { ThisUpdate = Current.ThisUpdate, NextUpdate = Current.NextUpdate }), leaf);

        Assert.True(info.IsUsable);
        Assert.Equal(OcspCertStatus.Unknown, info.CertStatus);
        Assert.Null(info.RevocationTime);
    }

    [Fact]
    public void Parse_CorruptedSignature_InvalidWithDefect()
    {
        using var leaf = pki.Ca.IssueLeaf("badsig.test");
        var der = pki.Ca.SignOcsp(leaf, Current);
        der[^1] ^= 0x01; // no certs follow when the CA signs: the last byte is the signature's

        var info = Parse(der, leaf);

        Assert.Null(info.Error);
        Assert.Equal(OcspSignatureCheck.Invalid, info.Signature);
        Assert.False(info.IsUsable);
        Assert.Contains(info.Defects, d => d.Contains("does not verify", StringComparison.Ordinal));
        Assert.Equal(OcspCertStatus.Good, info.CertStatus); // what it claims, for the report; not usable
    }

    [Fact]
    public void Parse_SignedByAnotherCa_InvalidSignatureAndCertIdMismatch()
    {
        using var leaf = pki.Ca.IssueLeaf("stranger.test");
        var info = Parse(pki.OtherCa.SignOcsp(leaf, Current), leaf);

        Assert.Equal(OcspSignatureCheck.Invalid, info.Signature);
        Assert.False(info.CertIdMatches);
        Assert.Equal(OcspCertStatus.NotInResponse, info.CertStatus);
        Assert.Contains(info.Defects, d => d.Contains("CertID mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OtherSerial_CertIdMismatchNamesBothSerials()
    {
        using var leaf = pki.Ca.IssueLeaf("wrongid.test");
        var other = new Org.BouncyCastle.Math.BigInteger("0ABCDEF", 16);
        var info = Parse(pki.Ca.SignOcsp(leaf, Current with { OtherSerial = other }), leaf);

        Assert.Equal(OcspSignatureCheck.VerifiedByIssuer, info.Signature);
        Assert.False(info.CertIdMatches);
        Assert.False(info.IsUsable);
        var defect = Assert.Single(info.Defects);
        Assert.Contains("serial ABCDEF", defect, StringComparison.Ordinal);
        Assert.Contains($"not about serial {leaf.SerialNumber}", defect, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Sha256CertId_Matches()
    {
        using var leaf = pki.Ca.IssueLeaf("sha256id.test");
        var info = Parse(pki.Ca.SignOcsp(leaf, Current with { Sha256CertId = true }), leaf);

        Assert.True(info.CertIdMatches);
        Assert.True(info.IsUsable);
    }

    [Fact]
    public void Parse_NextUpdatePassed_StaleDefect()
    {
        using var leaf = pki.Ca.IssueLeaf("stale.test");
        var answer = Current with { ThisUpdate = Now.AddDays(-10), NextUpdate = Now.AddDays(-3), ProducedAt = Now.AddDays(-10) };

        var info = Parse(pki.Ca.SignOcsp(leaf, answer), leaf);

        Assert.False(info.IsUsable);
        Assert.Equal(TimeSpan.FromDays(10), info.Age);
        Assert.Equal(["stale: nextUpdate 2026-02-26 12:00:00 UTC passed 3 days ago"], info.Defects);
    }

    [Fact]
    public void Parse_ThisUpdateBeyondClockSkew_NotYetValidDefect()
    {
        using var leaf = pki.Ca.IssueLeaf("future.test");
        var answer = Current with { ThisUpdate = Now.AddHours(1) };

        var info = Parse(pki.Ca.SignOcsp(leaf, answer), leaf);

        Assert.Contains(info.Defects, d => d.Contains("in the future", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ThisUpdateWithinClockSkew_Usable()
    {
        using var leaf = pki.Ca.IssueLeaf("skew.test");
        var info = Parse(pki.Ca.SignOcsp(leaf, Current with { ThisUpdate = Now.AddMinutes(2) }), leaf);

        Assert.True(info.IsUsable);
    }

    [Fact]
    public void Parse_DelegatedResponderWithOcspSigning_Verified()
    {
        using var leaf = pki.Ca.IssueLeaf("delegated.test");
        using var responder = pki.Ca.IssueLeaf("ocsp.test", new LeafOptions { OcspSigning = true, NotBefore = Now.AddDays(-30), NotAfter = Now.AddDays(30) });

        var info = Parse(pki.Ca.SignOcsp(leaf, Current, responder), leaf);

        Assert.Equal(OcspSignatureCheck.VerifiedByDelegatedResponder, info.Signature);
        Assert.Contains("ocsp.test", info.SignatureDetail, StringComparison.Ordinal);
        Assert.True(info.IsUsable);
    }

    [Fact]
    public void Parse_DelegatedResponderWithoutOcspSigning_Unauthorized()
    {
        using var leaf = pki.Ca.IssueLeaf("noeku.test");
        using var responder = pki.Ca.IssueLeaf("not-a-responder.test", new LeafOptions { NotBefore = Now.AddDays(-30), NotAfter = Now.AddDays(30) });

        var info = Parse(pki.Ca.SignOcsp(leaf, Current, responder), leaf);

        Assert.Equal(OcspSignatureCheck.UnauthorizedSigner, info.Signature);
        Assert.Contains("id-kp-OCSPSigning", info.SignatureDetail, StringComparison.Ordinal);
        Assert.False(info.IsUsable);
    }

    [Fact]
    public void Parse_ResponderIssuedByAnotherCa_Unauthorized()
    {
        using var leaf = pki.Ca.IssueLeaf("foreign.test");
        using var responder = pki.OtherCa.IssueLeaf("foreign-ocsp.test", new LeafOptions { OcspSigning = true, NotBefore = Now.AddDays(-30), NotAfter = Now.AddDays(30) });

        var info = Parse(pki.Ca.SignOcsp(leaf, Current, responder), leaf);

        Assert.Equal(OcspSignatureCheck.UnauthorizedSigner, info.Signature);
        Assert.Contains("did not issue", info.SignatureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DelegatedResponderCertificateExpired_Unauthorized()
    {
        using var leaf = pki.Ca.IssueLeaf("expired-responder.test");
        using var responder = pki.Ca.IssueLeaf("old-ocsp.test", new LeafOptions { OcspSigning = true, NotBefore = Now.AddDays(-60), NotAfter = Now.AddDays(-30) });

        var info = Parse(pki.Ca.SignOcsp(leaf, Current, responder), leaf);

        Assert.Equal(OcspSignatureCheck.UnauthorizedSigner, info.Signature);
        Assert.Contains("valid only", info.SignatureDetail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OCSPRespGenerator.TryLater, OcspResponseStatus.TryLater, "tryLater")]
    [InlineData(OCSPRespGenerator.Unauthorized, OcspResponseStatus.Unauthorized, "unauthorized")]
    [InlineData(OCSPRespGenerator.InternalError, OcspResponseStatus.InternalError, "internalError")]
    public void Parse_ErrorStatus_StatusWithoutSignature(int wire, OcspResponseStatus expected, string name)
    {
        using var leaf = pki.Ca.IssueLeaf("error.test");
        var info = Parse(RevocationPki.OcspError(wire), leaf);

        Assert.Null(info.Error);
        Assert.Equal(expected, info.ResponseStatus);
        Assert.Equal(OcspSignatureCheck.NotChecked, info.Signature);
        Assert.Contains($"answered {name}", Assert.Single(info.Defects), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnregisteredResponseStatus_KeptAndShown()
    {
        using var leaf = pki.Ca.IssueLeaf("status7.test");
        byte[] der = [0x30, 0x03, 0x0a, 0x01, 0x07]; // OCSPResponse { responseStatus ENUMERATED 7 }: no such value

        var info = Parse(der, leaf);

        Assert.Equal((OcspResponseStatus)7, info.ResponseStatus);
        Assert.Contains("answered 7 (unknown)", Assert.Single(info.Defects), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { }, "empty body")]
    [InlineData(new byte[] { 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e }, "looks like HTML")]
    [InlineData(new byte[] { 0x02, 0x01, 0x00 }, "does not start with a DER SEQUENCE")]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x00 }, "not an OCSP response")] // INTEGER where an ENUMERATED belongs
    [InlineData(new byte[] { 0x30, 0x80, 0x00, 0x00 }, "indefinite length")]
    [InlineData(new byte[] { 0x30, 0x00, 0x00 }, "trailing data")]
    public void Parse_Garbage_ErrorNotException(byte[] der, string expected)
    {
        using var leaf = pki.Ca.IssueLeaf("garbage.test");
        var info = Parse(der, leaf);

        Assert.NotNull(info.Error);
        Assert.StartsWith("not an OCSP response: ", info.Error, StringComparison.Ordinal);
        Assert.Contains(expected, info.Error, StringComparison.Ordinal);
        Assert.False(info.IsUsable);
    }

    [Fact]
    public void Parse_EveryPrefixOfAValidResponse_Truncated()
    {
        using var leaf = pki.Ca.IssueLeaf("prefix.test");
        var der = pki.Ca.SignOcsp(leaf, Current);

        for (var length = 1; length < der.Length; length++)
        {
            var info = Parse(der.AsSpan(0, length).ToArray(), leaf);
            Assert.True(info.Error?.Contains("truncated", StringComparison.Ordinal) == true, $"prefix {length}: {info.Error}");
        }
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        using var leaf = pki.Ca.IssueLeaf("fuzz.test");
        var random = new Random(6960);
        var valid = pki.Ca.SignOcsp(leaf, Current);
        for (var i = 0; i < 300; i++)
        {
            // Flip a few bytes of a valid response: deep structure errors, not just envelope ones.
            var der = (byte[])valid.Clone();
            for (var flips = 0; flips < 3; flips++)
            {
                der[random.Next(der.Length)] = (byte)random.Next(256);
            }

            var info = Parse(der, leaf);
            Assert.True(info.Error is not null || info.ResponseStatus is not null);
        }
    }

    [Fact]
    public void Parse_SctExtension_ExposedForTheSctParser()
    {
        using var leaf = pki.Ca.IssueLeaf("sct.test");
        byte[] list = [0x00, 0x03, 0x00, 0x01, 0x07]; // one SCT of one byte: version 7 (unknown)

        var info = Parse(pki.Ca.SignOcsp(leaf, Current with { SctList = list }), leaf);

        Assert.Equal([0x04, 0x05, .. list], info.SctListExtension!); // DER OCTET STRING around the list
    }

    private OcspResponseInfo Parse(byte[] der, System.Security.Cryptography.X509Certificates.X509Certificate2 leaf) =>
        OcspResponseParser.Parse(der, leaf, pki.Ca.Ca, Now);
}
