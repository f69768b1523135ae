using Org.BouncyCastle.Crypto.Agreement;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// ServerKeyExchange in each shape: ServerDHParams and digitally-signed (RFC 5246 §7.4.3, §4.7), ECParameters and
/// ECPoint (RFC 8422 §5.4), export ServerRSAParams (RFC 2246 §7.4.3), the PSK hint variants (RFC 4279 §2–3,
/// RFC 5489 §2) and anonymous DH (RFC 5246 §7.4.3: no signature).
/// </summary>
public class ServerKeyExchangeTests
{
    /// <summary>The RFC 7919 ffdhe2048 prime, 256 bytes with the top bit set.</summary>
    private static readonly byte[] Ffdhe2048Prime = DHStandardGroups.rfc7919_ffdhe2048.P.ToByteArrayUnsigned();

    /// <summary>The P-256 base point G, uncompressed (SEC 2 §2.4.2): a point that is on the curve.</summary>
    private static readonly byte[] P256Generator = Hex.Bytes("""
        04
        6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296
        4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5
        """);

    /// <summary>An ECDSA-Sig-Value { r 1, s 1 } in DER: the shape of an ECDSA signature.</summary>
    private static readonly byte[] EcdsaSignature = [0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01];

    /// <summary>Wraps a body in its handshake header.</summary>
    private static byte[] Message(byte[] body) =>
    [
        0x0C,                    // Handshake.msg_type = server_key_exchange(12)
        .. Hex.U24(body.Length), // Handshake.length
        .. body,
    ];

    internal static byte[] DheTls12() => Message(
    [
        0x01, 0x00,              // ServerDHParams.dh_p length = 256
        .. Ffdhe2048Prime,       //   dh_p (RFC 7919 ffdhe2048)
        0x00, 0x01,              // dh_g length = 1
        0x02,                    //   dh_g = 2
        0x01, 0x00,              // dh_Ys length = 256
        .. Enumerable.Repeat((byte)0x3C, 256), // dh_Ys
        0x08, 0x04,              // SignatureAndHashAlgorithm = rsa_pss_rsae_sha256 (TLS 1.2 only)
        0x01, 0x00,              // signature length = 256
        .. Enumerable.Repeat((byte)0x5A, 256), // signature
    ]);

    internal static byte[] EcdheTls12() => Message(
    [
        0x03,                    // ECParameters.curve_type = named_curve(3)
        0x00, 0x17,              // ECParameters.namedcurve = secp256r1(23)
        0x41,                    // ECPoint.point length = 65
        .. P256Generator,        //   0x04 || X || Y
        0x04, 0x03,              // SignatureAndHashAlgorithm = ecdsa_secp256r1_sha256
        0x00, 0x08,              // signature length = 8
        .. EcdsaSignature,       //   signature
    ]);

    internal static byte[] EcdheTls10() => Message(
    [
        0x03,                    // ECParameters.curve_type = named_curve(3)
        0x00, 0x17,              // ECParameters.namedcurve = secp256r1(23)
        0x41,                    // ECPoint.point length = 65
        .. P256Generator,        //   0x04 || X || Y
                                 // no SignatureAndHashAlgorithm before TLS 1.2 (RFC 4492 §5.4)
        0x00, 0x08,              // signature length = 8
        .. EcdsaSignature,       //   signature
    ]);

    internal static byte[] RsaExportTls10() => Message(
    [
        0x00, 0x40,              // ServerRSAParams.rsa_modulus length = 64 (512 bits)
        0xC7, .. Enumerable.Repeat((byte)0x11, 62), 0x4B, // rsa_modulus
        0x00, 0x03,              // rsa_exponent length = 3
        0x01, 0x00, 0x01,        //   rsa_exponent = 65537
        0x00, 0x80,              // signature length = 128 (MD5 || SHA-1 under the 1024-bit certificate key)
        .. Enumerable.Repeat((byte)0x77, 128),
    ]);

    internal static byte[] PskWithHint() => Message(
    [
        0x00, 0x0C,              // psk_identity_hint length = 12
        .. "tls-psk-hint"u8,     //   psk_identity_hint
                                 // no parameters, no signature (RFC 4279 §2)
    ]);

    internal static byte[] PskWithEmptyHint() => Message(
    [
        0x00, 0x00,              // psk_identity_hint: empty
    ]);

    internal static byte[] DhePsk() => Message(
    [
        0x00, 0x04,              // psk_identity_hint length = 4
        .. "hint"u8,             //   psk_identity_hint
        0x00, 0x02,              // dh_p length = 2
        0x00, 0xE3,              //   dh_p = 227, with a leading zero byte
        0x00, 0x01,              // dh_g length = 1
        0x02,                    //   dh_g = 2
        0x00, 0x01,              // dh_Ys length = 1
        0x40,                    //   dh_Ys
                                 // no signature (RFC 4279 §3)
    ]);

    internal static byte[] EcdhePsk() => Message(
    [
        0x00, 0x00,              // psk_identity_hint: empty
        0x03,                    // ECParameters.curve_type = named_curve(3)
        0x00, 0x1D,              // namedcurve = x25519(29)
        0x20,                    // ECPoint.point length = 32
        .. Enumerable.Repeat((byte)0x09, 32), // point (RFC 7748 u-coordinate)
                                 // no signature (RFC 5489 §2)
    ]);

    internal static byte[] AnonymousDhTls12() => Message(
    [
        0x00, 0x01,              // dh_p length = 1
        0xFB,                    //   dh_p = 251
        0x00, 0x01,              // dh_g length = 1
        0x06,                    //   dh_g = 6
        0x00, 0x01,              // dh_Ys length = 1
        0x2A,                    //   dh_Ys
                                 // DH_anon: no signature, even in TLS 1.2
    ]);

    internal static byte[] ExplicitPrimeCurve() => Message(
    [
        0x01,                    // ECParameters.curve_type = explicit_prime(1) (RFC 4492 §5.4, deprecated)
        0x01, 0x02, 0x03,        // the explicit curve: not read further
    ]);

    /// <summary>Every sample with the arguments its parse needs, for the prefix and fuzz tests.</summary>
    internal static IEnumerable<(string Name, byte[] Message, ServerKeyExchangeKind Kind, TlsVersion Version, bool Anonymous)> Samples()
    {
        yield return ("dhe-tls12", DheTls12(), ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, false);
        yield return ("ecdhe-tls12", EcdheTls12(), ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, false);
        yield return ("ecdhe-tls10", EcdheTls10(), ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls10, false);
        yield return ("rsa-export", RsaExportTls10(), ServerKeyExchangeKind.RsaExport, TlsVersion.Tls10, false);
        yield return ("psk", PskWithHint(), ServerKeyExchangeKind.Psk, TlsVersion.Tls12, false);
        yield return ("psk-empty", PskWithEmptyHint(), ServerKeyExchangeKind.Psk, TlsVersion.Tls11, false);
        yield return ("dhe-psk", DhePsk(), ServerKeyExchangeKind.DhePsk, TlsVersion.Tls12, false);
        yield return ("ecdhe-psk", EcdhePsk(), ServerKeyExchangeKind.EcdhePsk, TlsVersion.Tls12, false);
        yield return ("dh-anon", AnonymousDhTls12(), ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, true);
        yield return ("explicit-curve", ExplicitPrimeCurve(), ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, false);
    }

    public static TheoryData<string> SampleNames => [.. Samples().Select(s => s.Name)];

    [Fact]
    public void TryParse_DheTls12_ReadsParametersSchemeAndSignature()
    {
        var message = DheTls12();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Equal(ServerKeyExchangeKind.Dhe, ske.Kind);
        Assert.Equal(Ffdhe2048Prime, ske.DhPrime);
        Assert.Equal(2048, ske.DhPrimeBits);
        Assert.Equal(new byte[] { 0x02 }, ske.DhGenerator);
        Assert.Equal(Enumerable.Repeat((byte)0x3C, 256), ske.DhPublic);
        Assert.Equal(SignatureScheme.RsaPssRsaeSha256, ske.SignatureScheme);
        Assert.Equal(256, ske.Signature.Length);
        Assert.Null(ske.Group);
        Assert.Empty(ske.PskIdentityHint);
    }

    [Fact]
    public void TryParse_EcdheTls12_ReadsNamedCurvePointAndScheme()
    {
        var message = EcdheTls12();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Equal(ServerKeyExchange.NamedCurve, ske.CurveType);
        Assert.Equal(NamedGroup.Secp256r1, ske.Group);
        Assert.Equal(P256Generator, ske.EcPoint);
        Assert.Equal(SignatureScheme.EcdsaSecp256r1Sha256, ske.SignatureScheme);
        Assert.Equal(EcdsaSignature, ske.Signature);
        Assert.Empty(ske.DhPrime);
    }

    [Fact]
    public void TryParse_EcdheTls10_HasNoSignatureScheme()
    {
        var message = EcdheTls10();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls10, anonymous: false), message.Length);

        Assert.Equal(NamedGroup.Secp256r1, ske.Group);
        Assert.Equal(P256Generator, ske.EcPoint);
        Assert.Null(ske.SignatureScheme);
        Assert.Equal(EcdsaSignature, ske.Signature);
    }

    [Fact]
    public void TryParse_EcdheTls10ReadAsTls12_Invalid() =>
        // The first two signature bytes would be taken as a scheme, and the "length" then overruns.
        Assert.Equal(ParseStatus.Invalid, ServerKeyExchange.TryParse(EcdheTls10(), ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false).Status);

    [Fact]
    public void TryParse_RsaExport_ReadsModulusAndExponent()
    {
        var message = RsaExportTls10();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.RsaExport, TlsVersion.Tls10, anonymous: false), message.Length);

        Assert.Equal(64, ske.RsaModulus.Length);
        Assert.Equal(512, ske.RsaModulusBits);
        Assert.Equal(new byte[] { 0x01, 0x00, 0x01 }, ske.RsaExponent);
        Assert.Null(ske.SignatureScheme);
        Assert.Equal(128, ske.Signature.Length);
    }

    [Fact]
    public void TryParse_PskWithHint_ReadsHintAndNoSignature()
    {
        var message = PskWithHint();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Psk, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Equal("tls-psk-hint"u8.ToArray(), ske.PskIdentityHint);
        Assert.Null(ske.SignatureScheme);
        Assert.Empty(ske.Signature);
    }

    [Fact]
    public void TryParse_PskWithEmptyHint_Done()
    {
        var message = PskWithEmptyHint();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Psk, TlsVersion.Tls11, anonymous: false), message.Length);

        Assert.Empty(ske.PskIdentityHint);
    }

    [Fact]
    public void TryParse_DhePsk_ReadsHintThenDhParameters()
    {
        var message = DhePsk();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.DhePsk, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Equal("hint"u8.ToArray(), ske.PskIdentityHint);
        Assert.Equal(new byte[] { 0x00, 0xE3 }, ske.DhPrime);
        Assert.Equal(8, ske.DhPrimeBits);
        Assert.Equal(new byte[] { 0x02 }, ske.DhGenerator);
        Assert.Equal(new byte[] { 0x40 }, ske.DhPublic);
        Assert.Empty(ske.Signature);
    }

    [Fact]
    public void TryParse_EcdhePsk_ReadsHintThenCurve()
    {
        var message = EcdhePsk();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.EcdhePsk, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Empty(ske.PskIdentityHint);
        Assert.Equal(NamedGroup.X25519, ske.Group);
        Assert.Equal(32, ske.EcPoint.Length);
        Assert.Empty(ske.Signature);
    }

    [Fact]
    public void TryParse_AnonymousDh_HasNoSignature()
    {
        var message = AnonymousDhTls12();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, anonymous: true), message.Length);

        Assert.Equal(new byte[] { 0xFB }, ske.DhPrime);
        Assert.Equal(8, ske.DhPrimeBits);
        Assert.Equal(new byte[] { 0x06 }, ske.DhGenerator);
        Assert.Null(ske.SignatureScheme);
        Assert.Empty(ske.Signature);
    }

    [Fact]
    public void TryParse_AnonymousDhReadAsSigned_Invalid() =>
        ParseAssert.Invalid(ServerKeyExchange.TryParse(AnonymousDhTls12(), ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, anonymous: false), "signature algorithm");

    [Fact]
    public void TryParse_ExplicitCurve_NotesTheTypeAndStops()
    {
        var message = ExplicitPrimeCurve();

        var ske = ParseAssert.Done(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false), message.Length);

        Assert.Equal(1, ske.CurveType);
        Assert.Null(ske.Group);
        Assert.Empty(ske.EcPoint);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x00, 0x01, 0xFF }, 9)]
    [InlineData(new byte[] { 0x00, 0x80 }, 8)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x01 }, 1)]
    [InlineData(new byte[] { 0x00, 0x00 }, 0)]
    [InlineData(new byte[] { 0x7F, 0xFF, 0xFF }, 23)]
    public void DhPrimeBits_LeadingZeroBytes_NotCounted(byte[] prime, int bits) =>
        Assert.Equal(bits, new ServerKeyExchange(ServerKeyExchangeKind.Dhe) { DhPrime = prime }.DhPrimeBits);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void TryParse_EveryProperPrefix_NeedsMoreData(string name)
    {
        var (_, message, kind, version, anonymous) = Samples().Single(s => s.Name == name);

        ParseAssert.EveryProperPrefixNeedsMoreData(message, bytes => ServerKeyExchange.TryParse(bytes, kind, version, anonymous));
    }

    [Fact]
    public void TryParse_BytesAfterSignature_Invalid()
    {
        var message = Message([.. EcdheTls12()[4..], 0x00]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false), "1 bytes after");
    }

    [Fact]
    public void TryParse_PrimeLengthOverrunsBody_Invalid()
    {
        var message = Message(
        [
            0x00, 0x10,              // dh_p length = 16, two bytes follow
            0xFF, 0xFF,
        ]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, anonymous: true), "ServerDHParams");
    }

    [Fact]
    public void TryParse_EmptyGenerator_Invalid()
    {
        var message = Message(
        [
            0x00, 0x01, 0xFB,        // dh_p = 251
            0x00, 0x00,              // dh_g: empty (RFC 5246: <1..2^16-1>)
            0x00, 0x01, 0x2A,        // dh_Ys
        ]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Dhe, TlsVersion.Tls12, anonymous: true), "ServerDHParams");
    }

    [Fact]
    public void TryParse_EmptyEcPoint_Invalid()
    {
        var message = Message(
        [
            0x03, 0x00, 0x17,        // named_curve secp256r1
            0x00,                    // ECPoint.point: empty (RFC 8422: <1..2^8-1>)
            0x04, 0x03, 0x00, 0x00,  // scheme, empty signature
        ]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false), "ECPoint");
    }

    [Fact]
    public void TryParse_SignatureLengthOverrunsBody_Invalid()
    {
        var message = Message(
        [
            0x03, 0x00, 0x1D,        // named_curve x25519
            0x01, 0x09,              // ECPoint.point: one byte
            0x08, 0x07,              // ed25519
            0x00, 0x40,              // signature length = 64, nothing follows
        ]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Ecdhe, TlsVersion.Tls12, anonymous: false), "inside signature");
    }

    [Fact]
    public void TryParse_HintLengthOverrunsBody_Invalid()
    {
        var message = Message(
        [
            0x00, 0x09,              // psk_identity_hint length = 9, three bytes follow
            0x61, 0x62, 0x63,
        ]);

        ParseAssert.Invalid(ServerKeyExchange.TryParse(message, ServerKeyExchangeKind.Psk, TlsVersion.Tls12, anonymous: false), "psk_identity_hint");
    }

    [Theory]
    [InlineData(KeyExchange.Dhe, ServerKeyExchangeKind.Dhe)]
    [InlineData(KeyExchange.Ecdhe, ServerKeyExchangeKind.Ecdhe)]
    [InlineData(KeyExchange.RsaExport, ServerKeyExchangeKind.RsaExport)]
    [InlineData(KeyExchange.Psk, ServerKeyExchangeKind.Psk)]
    [InlineData(KeyExchange.RsaPsk, ServerKeyExchangeKind.Psk)]
    [InlineData(KeyExchange.DhePsk, ServerKeyExchangeKind.DhePsk)]
    [InlineData(KeyExchange.EcdhePsk, ServerKeyExchangeKind.EcdhePsk)]
    public void KindFor_KeyExchangeWithServerKeyExchange_GivesItsShape(KeyExchange keyExchange, ServerKeyExchangeKind kind) =>
        Assert.Equal(kind, ServerKeyExchange.KindFor(keyExchange));

    [Fact]
    public void KindFor_PlainRsa_NoServerKeyExchange() =>
        Assert.Null(ServerKeyExchange.KindFor(KeyExchange.Rsa));
}
