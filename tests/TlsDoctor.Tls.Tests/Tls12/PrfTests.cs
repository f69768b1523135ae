using System.Security.Cryptography;
using System.Text;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Tls.Tests.Tls12;

/// <summary>The TLS 1.0–1.2 PRF (RFC 5246 §5, RFC 2246 §5) against published and independently computed vectors.</summary>
public class PrfTests
{
    [Fact]
    public void Compute_Tls12Sha256_MatchesTheIetfTlsListVector()
    {
        // The TLS 1.2 PRF vector posted to the IETF TLS list (mail-archive/web/tls/current/msg03416), SHA-256.
        var secret = Hex.Bytes("9bbe436ba940f017b17652849a71db35");
        var seed = Hex.Bytes("a0ba9f936cda311827a6f796ffd5198c");
        var expected = Hex.Bytes("""
            e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab
            4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff70187347b66
            """);

        Assert.Equal(expected, Prf.Compute(TlsVersion.Tls12, HashAlgorithmName.SHA256, secret, "test label", seed, 100));
    }

    // Expected values from OpenSSL 3.0's TLS1-PRF KDF: openssl kdf -keylen 40 -kdfopt digest:<D>
    //   -kdfopt secret:secret -kdfopt seed:"test labelseed" TLS1-PRF
    [Fact]
    public void Compute_Tls10Md5Sha1_MatchesOpenSsl() => Assert.Equal(
        Hex.Bytes("a8ef48e934ebf83df2dffe4aa0445a2845481b5dd6cd2355ef569ef456e33754710d294a45a295bd"),
        Prf.Compute(TlsVersion.Tls10, default, "secret"u8, "test label", "seed"u8, 40));

    [Fact]
    public void Compute_Tls11_IsTheSameMd5Sha1Prf() => Assert.Equal(
        Prf.Compute(TlsVersion.Tls10, default, "secret"u8, "test label", "seed"u8, 40),
        Prf.Compute(TlsVersion.Tls11, default, "secret"u8, "test label", "seed"u8, 40));

    [Fact]
    public void Compute_Tls12Sha384_MatchesOpenSsl() => Assert.Equal(
        Hex.Bytes("cdd47dc0124953e293a71e0f3fcc02ab44f08334cb2ca2136fafc00d82a403080ec07bb017728d8d"),
        Prf.Compute(TlsVersion.Tls12, HashAlgorithmName.SHA384, "secret"u8, "test label", "seed"u8, 40));

    [Fact]
    public void Compute_Tls12Sha256_MatchesOpenSsl() => Assert.Equal(
        Hex.Bytes("bfc72aea54e12f176b7549dc7d0082fecd2be093284636015f9149017f433669e453c27d2993bfb7"),
        Prf.Compute(TlsVersion.Tls12, HashAlgorithmName.SHA256, "secret"u8, "test label", "seed"u8, 40));

    [Fact]
    public void MasterSecret_IsThePrfOverBothRandomsWithItsLabel()
    {
        var pms = new byte[48];
        var client = Enumerable.Repeat((byte)1, 32).ToArray();
        var server = Enumerable.Repeat((byte)2, 32).ToArray();

        var master = Prf.MasterSecret(TlsVersion.Tls12, HashAlgorithmName.SHA256, pms, client, server);

        Assert.Equal(Prf.Compute(TlsVersion.Tls12, HashAlgorithmName.SHA256, pms, "master secret", [.. client, .. server], 48), master);
    }

    [Fact]
    public void KeyBlock_SeedIsServerRandomThenClientRandom()
    {
        var client = Enumerable.Repeat((byte)1, 32).ToArray();
        var server = Enumerable.Repeat((byte)2, 32).ToArray();

        var block = Prf.KeyBlock(TlsVersion.Tls12, HashAlgorithmName.SHA256, new byte[48], client, server, 40);

        Assert.Equal(Prf.Compute(TlsVersion.Tls12, HashAlgorithmName.SHA256, new byte[48], "key expansion", [.. server, .. client], 40), block);
    }

    [Fact]
    public void TranscriptHash_Tls10_IsMd5ThenSha1()
    {
        var messages = Encoding.ASCII.GetBytes("handshake");

        Assert.Equal([.. MD5.HashData(messages), .. SHA1.HashData(messages)], Prf.TranscriptHash(TlsVersion.Tls10, HashAlgorithmName.SHA256, messages));
    }

    [Theory]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "SHA384")]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "SHA256")]
    [InlineData("TLS_RSA_WITH_AES_128_CBC_SHA", "SHA256")]
    public void HashFor_Suite_IsSha384OnlyForSha384Suites(string suite, string hash) =>
        Assert.Equal(hash, Prf.HashFor(CipherSuites.FindByName(suite)!).Name);
}
