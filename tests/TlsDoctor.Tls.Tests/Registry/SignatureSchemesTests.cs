using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Registry;

public class SignatureSchemesTests
{
    [Fact]
    public void All_EveryEnumValue_HasARow()
    {
        var missing = Enum.GetValues<SignatureScheme>().Where(s => SignatureSchemes.Find(s) is null);
        Assert.Empty(missing);
    }

    [Fact]
    public void All_NamesAndValues_AreUniqueAndInOrder()
    {
        Assert.Equal(SignatureSchemes.All.Count, SignatureSchemes.All.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(SignatureSchemes.All.OrderBy(s => (ushort)s.Value), SignatureSchemes.All);
    }

    [Theory]
    [InlineData(0x0804, "rsa_pss_rsae_sha256", SignatureAlgorithm.RsaPss, SignatureHash.Sha256, true, false)]
    [InlineData(0x0809, "rsa_pss_pss_sha256", SignatureAlgorithm.RsaPss, SignatureHash.Sha256, true, false)]
    [InlineData(0x0403, "ecdsa_secp256r1_sha256", SignatureAlgorithm.Ecdsa, SignatureHash.Sha256, true, false)]
    [InlineData(0x0401, "rsa_pkcs1_sha256", SignatureAlgorithm.Rsa, SignatureHash.Sha256, false, false)]
    [InlineData(0x0201, "rsa_pkcs1_sha1", SignatureAlgorithm.Rsa, SignatureHash.Sha1, false, true)]
    [InlineData(0x0203, "ecdsa_sha1", SignatureAlgorithm.Ecdsa, SignatureHash.Sha1, false, true)]
    [InlineData(0x0101, "rsa_pkcs1_md5", SignatureAlgorithm.Rsa, SignatureHash.Md5, false, true)]
    [InlineData(0x0301, "rsa_pkcs1_sha224", SignatureAlgorithm.Rsa, SignatureHash.Sha224, false, false)]
    [InlineData(0x0402, "dsa_sha256", SignatureAlgorithm.Dsa, SignatureHash.Sha256, false, false)]
    [InlineData(0x0807, "ed25519", SignatureAlgorithm.EdDsa, SignatureHash.Intrinsic, true, false)]
    [InlineData(0x0708, "sm2sig_sm3", SignatureAlgorithm.Sm2, SignatureHash.Sm3, true, false)]
    [InlineData(0x0709, "gostr34102012_256a", SignatureAlgorithm.Gost, SignatureHash.Streebog256, true, false)]
    [InlineData(0x081A, "ecdsa_brainpoolP256r1tls13_sha256", SignatureAlgorithm.Ecdsa, SignatureHash.Sha256, true, false)]
    [InlineData(0x0905, "mldsa65", SignatureAlgorithm.MlDsa, SignatureHash.Intrinsic, true, false)]
    public void Find_KnownScheme_HasNameAlgorithmHashAndUse(
        ushort value, string name, SignatureAlgorithm algorithm, SignatureHash hash, bool tls13, bool legacy)
    {
        var scheme = SignatureSchemes.Find((SignatureScheme)value);

        Assert.NotNull(scheme);
        Assert.Equal(name, scheme.Name);
        Assert.Equal(algorithm, scheme.Algorithm);
        Assert.Equal(hash, scheme.Hash);
        Assert.Equal(tls13, scheme.Tls13);
        Assert.Equal(legacy, scheme.Legacy);
        Assert.Same(scheme, SignatureSchemes.FindByName(name));
    }

    [Theory]
    [InlineData(0x0301, false)] // rsa_pkcs1_sha224: a TLS 1.2 pair only
    [InlineData(0x0804, true)]
    public void InIanaRegistry_Tls12OnlyPairs_AreNotRegistryNames(ushort value, bool inRegistry)
    {
        Assert.Equal(inRegistry, SignatureSchemes.Find((SignatureScheme)value)?.InIanaRegistry);
    }

    [Fact]
    public void Tls12_SchemesOnlyTls13Defines_AreNotUsableInTls12()
    {
        Assert.False(SignatureSchemes.Find(SignatureScheme.EcdsaBrainpoolP256r1Tls13Sha256)?.Tls12);
        Assert.True(SignatureSchemes.Find(SignatureScheme.RsaPssRsaeSha256)?.Tls12);
        Assert.True(SignatureSchemes.Find(SignatureScheme.Ed25519)?.Tls12);
    }

    [Fact]
    public void Name_UnknownValue_IsHexAndUnknown()
    {
        Assert.Equal("0x1a2b (unknown)", SignatureSchemes.Name((SignatureScheme)0x1a2b));
        Assert.Equal("0x0a0a (GREASE)", SignatureSchemes.Name((SignatureScheme)0x0A0A));
        Assert.Equal("rsa_pss_rsae_sha384", SignatureSchemes.Name(SignatureScheme.RsaPssRsaeSha384));
        Assert.Null(SignatureSchemes.FindByName("rsa_pss_sha1"));
    }
}
