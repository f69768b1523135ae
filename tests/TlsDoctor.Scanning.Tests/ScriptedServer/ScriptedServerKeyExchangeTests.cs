using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using static TlsDoctor.Scanning.Tests.ScriptedServer.ScriptedScan;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>
/// The scripted server's ServerKeyExchange must carry real keys and signatures that verify with the leaf's public
/// key, as a client would check them; the signed bytes are rebuilt here from the RFC structs, not from the server's writer.
/// </summary>
public sealed class ScriptedServerKeyExchangeTests
{
    [Theory]
    [InlineData(SignatureScheme.RsaPkcs1Sha256)]
    [InlineData(SignatureScheme.RsaPkcs1Sha1)]
    [InlineData(SignatureScheme.RsaPssRsaeSha256)]
    [InlineData(SignatureScheme.RsaPssRsaeSha512)]
    public async Task ServerKeyExchange_ScriptedServerEcdheRsaTls12_SignatureVerifiesWithTheOfferedScheme(SignatureScheme scheme)
    {
        var seen = await ExchangeAsync(ScriptedChains.Rsa, TlsVersion.Tls12, [Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")], [scheme]);

        Assert.Equal(scheme, seen.Ske.SignatureScheme);
        var (hash, padding) = RsaScheme(scheme);
        using var rsa = ScriptedChains.RsaLeaf.GetRSAPublicKey()!;
        Assert.True(rsa.VerifyData(Signed(seen), seen.Ske.Signature, hash, padding));
        AssertOnCurve(seen.Ske);
    }

    [Theory]
    [InlineData(TlsVersion.Tls10, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData(TlsVersion.Tls11, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData(TlsVersion.SSLv3, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA")] // no ECDHE in SSLv3 (RFC 4492 is for TLS)
    public async Task ServerKeyExchange_ScriptedServerRsaBeforeTls12_SignsMd5AndSha1(TlsVersion version, string suite)
    {
        var config = ScriptedChains.Rsa with { Versions = [version], Suites = [Code(suite)] };

        var seen = await ExchangeAsync(config, version, config.Suites, null);

        Assert.Null(seen.Ske.SignatureScheme);
        var data = Signed(seen);
        Assert.Equal([.. MD5.HashData(data), .. SHA1.HashData(data)], RecoverPkcs1Block(seen.Ske.Signature));
    }

    [Theory]
    [InlineData(TlsVersion.Tls12, SignatureScheme.EcdsaSecp256r1Sha256)]
    [InlineData(TlsVersion.Tls10, null)]
    public async Task ServerKeyExchange_ScriptedServerEcdheEcdsa_SignatureVerifies(TlsVersion version, SignatureScheme? scheme)
    {
        var config = ScriptedChains.Ecdsa with { Versions = [version], Suites = [Code("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA")] };

        var seen = await ExchangeAsync(config, version, config.Suites, scheme is { } s ? [s] : null);

        Assert.Equal(scheme, seen.Ske.SignatureScheme);
        using var ecdsa = ScriptedChains.EcdsaLeaf.GetECDsaPublicKey()!;
        var hash = version == TlsVersion.Tls12 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1; // RFC 4492 §5.4: SHA-1 before TLS 1.2
        Assert.True(ecdsa.VerifyData(Signed(seen), seen.Ske.Signature, hash, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Theory]
    [InlineData(NamedGroup.X25519)]
    [InlineData(NamedGroup.Secp256r1)]
    [InlineData(NamedGroup.Secp384r1)]
    [InlineData(NamedGroup.Secp521r1)]
    public async Task ServerKeyExchange_ScriptedServerOnEachCurve_SendsAValidPointOnThatCurve(NamedGroup curve)
    {
        var config = ScriptedChains.Rsa with { Curves = [curve] };

        var seen = await ExchangeAsync(config, TlsVersion.Tls12, [Code("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")], null);

        Assert.Equal(curve, seen.Ske.Group);
        AssertOnCurve(seen.Ske);
    }

    [Fact]
    public async Task ServerKeyExchange_ScriptedServerDhe_SendsTheConfiguredGroupAndAVerifiedSignature()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_DHE_RSA_WITH_AES_128_CBC_SHA")], DhGroup = DhGroup.Oakley2 };

        var seen = await ExchangeAsync(config, TlsVersion.Tls12, config.Suites, [SignatureScheme.RsaPkcs1Sha256]);

        var ske = seen.Ske;
        Assert.Equal(DhGroup.Oakley2.Prime, ske.DhPrime);
        Assert.Equal(DhGroup.Oakley2.Generator, ske.DhGenerator);
        var p = new BigInteger(1, ske.DhPrime);
        var ys = new BigInteger(1, ske.DhPublic);
        Assert.True(ys.CompareTo(BigInteger.One) > 0 && ys.CompareTo(p.Subtract(BigInteger.One)) < 0, "1 < Ys < p-1");
        using var rsa = ScriptedChains.RsaLeaf.GetRSAPublicKey()!;
        Assert.True(rsa.VerifyData(Signed(seen), ske.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task ServerKeyExchange_ScriptedServerRsaExport_SendsASigned512BitTemporaryKey()
    {
        var config = ScriptedChains.Rsa with { Versions = [TlsVersion.Tls10], Suites = [Code("TLS_RSA_EXPORT_WITH_RC4_40_MD5")] };

        var seen = await ExchangeAsync(config, TlsVersion.Tls10, config.Suites, null);

        Assert.Equal(512, seen.Ske.RsaModulusBits);
        Assert.Equal([0x01, 0x00, 0x01], seen.Ske.RsaExponent);
        var data = Signed(seen);
        Assert.Equal([.. MD5.HashData(data), .. SHA1.HashData(data)], RecoverPkcs1Block(seen.Ske.Signature));
    }

    [Fact]
    public async Task ServerKeyExchange_ScriptedServerAnonymousDh_SendsParamsWithoutSignatureOrCertificate()
    {
        var config = ScriptedChains.Rsa with { Suites = [Code("TLS_DH_anon_WITH_AES_128_CBC_SHA")] };

        var seen = await ExchangeAsync(config, TlsVersion.Tls12, config.Suites, null);

        Assert.Null(seen.Flight.Certificate);
        Assert.Empty(seen.Ske.Signature);
        Assert.Null(seen.Ske.SignatureScheme);
        Assert.Equal(config.DhGroup.Prime, seen.Ske.DhPrime);
    }

    /// <summary>What one exchange showed: both randoms, the parsed ServerKeyExchange and the whole flight.</summary>
    private sealed record Seen(byte[] ClientRandom, byte[] ServerRandom, ServerKeyExchange Ske, ServerFlight Flight);

    private static async Task<Seen> ExchangeAsync(
        ScriptedServerConfig config, TlsVersion version, IReadOnlyList<ushort> suites, IReadOnlyList<SignatureScheme>? schemes)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            var spec = new ClientHelloSpec
            {
                Version = version,
                CipherSuites = suites,
                Groups = [NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1, NamedGroup.Secp521r1],
                SignatureAlgorithms = schemes,
            };
            var (hello, flight) = await ScriptedExchange.RunAsync(server.Port, spec);
            Assert.True(flight.Complete, flight.Error?.Message);
            Assert.Empty(server.Faults);
            return new Seen(hello.ClientRandom(), flight.Hello!.Random, flight.ParseKeyExchange()!, flight);
        }
    }

    /// <summary>
    /// RFC 5246 §7.4.3 (RFC 4492 §5.4 and RFC 2246 §7.4.3 alike), with the params rebuilt from the parsed fields:
    /// <c>digitally-signed struct { opaque client_random[32]; opaque server_random[32]; ServerDHParams params; } signed_params;</c>
    /// </summary>
    private static byte[] Signed(Seen seen)
    {
        var w = new WireWriter();
        w.WriteBytes(seen.ClientRandom);                    // client_random
        w.WriteBytes(seen.ServerRandom);                    // server_random
        var ske = seen.Ske;
        switch (ske.Kind)
        {
            case ServerKeyExchangeKind.Ecdhe:
                w.WriteUInt8(ServerKeyExchange.NamedCurve); // ECParameters.curve_type
                w.WriteUInt16((ushort)ske.Group!.Value);    // ECParameters.namedcurve
                using (w.Vector(1))
                {
                    w.WriteBytes(ske.EcPoint);              // ECPoint.point
                }

                break;
            case ServerKeyExchangeKind.Dhe:
                Vectors(w, ske.DhPrime, ske.DhGenerator, ske.DhPublic);     // dh_p, dh_g, dh_Ys
                break;
            case ServerKeyExchangeKind.RsaExport:
                Vectors(w, ske.RsaModulus, ske.RsaExponent);                // rsa_modulus, rsa_exponent
                break;
        }

        return w.ToArray();
    }

    /// <summary>Each value as <c>opaque &lt;1..2^16-1&gt;</c>.</summary>
    private static void Vectors(WireWriter w, params byte[][] values)
    {
        foreach (var value in values)
        {
            using (w.Vector(2))
            {
                w.WriteBytes(value);
            }
        }
    }

    private static (HashAlgorithmName, RSASignaturePadding) RsaScheme(SignatureScheme scheme) => scheme switch
    {
        SignatureScheme.RsaPkcs1Sha1 => (HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPkcs1Sha256 => (HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        SignatureScheme.RsaPssRsaeSha256 => (HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        SignatureScheme.RsaPssRsaeSha512 => (HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    /// <summary>RSA public operation and PKCS #1 block type 1 unpadding: what a TLS 1.0 client does to check the signature.</summary>
    private static byte[] RecoverPkcs1Block(byte[] signature)
    {
        using var key = ScriptedChains.RsaLeaf.GetRSAPublicKey()!;
        var rsa = key.ExportParameters(false);
        var engine = new Pkcs1Encoding(new RsaEngine());
        engine.Init(false, new RsaKeyParameters(false, new BigInteger(1, rsa.Modulus!), new BigInteger(1, rsa.Exponent!)));
        return engine.ProcessBlock(signature, 0, signature.Length);
    }

    private static void AssertOnCurve(ServerKeyExchange ske)
    {
        if (ske.Group == NamedGroup.X25519)
        {
            Assert.Equal(32, ske.EcPoint.Length); // RFC 8422 §5.11: the 32-byte u-coordinate
            return;
        }

        var name = ske.Group switch { NamedGroup.Secp256r1 => "secp256r1", NamedGroup.Secp384r1 => "secp384r1", _ => "secp521r1" };
        var point = ECNamedCurveTable.GetByName(name).Curve.DecodePoint(ske.EcPoint); // throws when not on the curve
        Assert.True(point.IsValid());
    }
}
