using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.ClientProfiles;

public sealed class ClientProfileYamlTests
{
    private const string Good = """
        id: acme-agent
        name: ACME monitoring agent 2.1
        versions: [TLSv1.2, TLSv1.3]
        cipher_suites:
          - TLS_AES_128_GCM_SHA256
          - ECDHE-RSA-AES128-GCM-SHA256      # OpenSSL name
          - TLS_RSA_WITH_AES_128_CBC_SHA     # IANA name
        groups: [x25519, secp256r1]
        signature_schemes: [rsa_pss_rsae_sha256, ecdsa_secp256r1_sha256]
        sends_sni: false
        min_dh_bits: 2048
        min_rsa_bits: 2048
        min_ecdsa_bits: 256
        accepts_sha1_certificates: false
        trust_store: java-cacerts
        alpn: [http/1.1]
        sources: ["ACME agent manual 2.1, section 'TLS settings'"]
        notes: built on JDK 17
        """;

    [Fact]
    public void Parse_CompleteProfile_ReadsEveryField()
    {
        var p = ClientProfileYaml.Parse(Good);

        Assert.Equal("acme-agent", p.Id);
        Assert.Equal("ACME monitoring agent 2.1", p.Name);
        Assert.Equal([TlsVersion.Tls12, TlsVersion.Tls13], p.Versions);
        Assert.Equal([(ushort)0x1301, (ushort)0xC02F, (ushort)0x002F], p.CipherSuites);
        Assert.Equal([NamedGroup.X25519, NamedGroup.Secp256r1], p.Groups);
        Assert.Equal([SignatureScheme.RsaPssRsaeSha256, SignatureScheme.EcdsaSecp256r1Sha256], p.SignatureSchemes);
        Assert.False(p.SendsSni);
        Assert.Equal(2048, p.MinDhBits);
        Assert.Equal(2048, p.MinRsaBits);
        Assert.Equal(256, p.MinEcdsaBits);
        Assert.False(p.AcceptsSha1Certificates);
        Assert.Equal(ClientTrustStore.JavaCacerts, p.TrustStore);
        Assert.Equal(["http/1.1"], p.Alpn);
        Assert.Single(p.Sources);
        Assert.Equal("built on JDK 17", p.Notes);
    }

    [Fact]
    public void Parse_MinimalProfile_UsesDefaults()
    {
        var p = ClientProfileYaml.Parse("id: x\nname: X\nversions: [1.2]\ncipher_suites: [AES128-SHA]\n");

        Assert.True(p.SendsSni);
        Assert.True(p.AcceptsSha1Certificates);
        Assert.Equal(0, p.MinRsaBits);
        Assert.Equal(ClientTrustStore.System, p.TrustStore);
    }

    [Theory]
    [InlineData("versions: [TLSv1.2, TLSv9]", "unknown protocol version 'TLSv9'")]
    [InlineData("cipher_suites: [TLS_MADE_UP_WITH_NOTHING]", "unknown cipher suite 'TLS_MADE_UP_WITH_NOTHING'")]
    [InlineData("groups: [curve9000]", "unknown group 'curve9000'")]
    [InlineData("signature_schemes: [rsa_sha0]", "unknown signature scheme 'rsa_sha0'")]
    [InlineData("trust_store: netscape", "unknown trust_store 'netscape'")]
    [InlineData("min_rsa_bits: -1", "'min_rsa_bits' must be 0 or more")]
    [InlineData("favourite_colour: blue", "line 5")]
    [InlineData("min_dh_bits: lots", "line 5")]
    public void Parse_BadField_OneLineErrorNamingIt(string line, string expected)
    {
        var yaml = "id: bad\nname: Bad\nversions: [TLSv1.2]\ncipher_suites: [AES128-SHA]\n" + line + "\n";
        var error = Assert.Throws<ClientProfileFormatException>(() => ClientProfileYaml.Parse(yaml, "bad.yaml"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.yaml", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("name: X\nversions: [1.2]\ncipher_suites: [AES128-SHA]", "'id' is required")]
    [InlineData("id: x\nname: X\ncipher_suites: [AES128-SHA]", "'versions' must list")]
    [InlineData("id: x\nname: X\nversions: [1.2]", "'cipher_suites' must list")]
    [InlineData("id: [unclosed\nname: X", "line")]
    public void Parse_BrokenDocument_OneLineError(string yaml, string expected)
    {
        var error = Assert.Throws<ClientProfileFormatException>(() => ClientProfileYaml.Parse(yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void LoadFile_MissingFile_OneLineErrorWithPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tlsdoctor-no-such-{Guid.NewGuid():N}.yaml");

        var error = Assert.Throws<ClientProfileFormatException>(() => ClientProfileYaml.LoadFile(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_GoodFile_LoadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tlsdoctor-profile-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Good);
        try
        {
            Assert.Equal("acme-agent", ClientProfileYaml.LoadFile(path).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
