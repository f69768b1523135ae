using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Scanning.Vulnerabilities;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Compliance;

/// <summary>Reading custom policies: every field, and one-line errors naming file, line and field for bad input.</summary>
public sealed class PolicyYamlTests
{
    private const string File = "policies/acme.yaml";

    private static MozillaProfile Parse(string yaml)
    {
        var (policy, error) = PolicyYaml.Parse(yaml, File);
        Assert.Null(error);
        return policy!;
    }

    private static string Error(string yaml)
    {
        var (policy, error) = PolicyYaml.Parse(yaml, File);
        Assert.Null(policy);
        Assert.NotNull(error);
        Assert.DoesNotContain('\n', error);
        return error;
    }

    [Fact]
    public void Parse_SampleFileInDocs_EveryFieldRead()
    {
        var policy = Parse(System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "policy-example.yaml")));

        Assert.Equal("policy acme-internal", policy.Title);
        Assert.True(policy.IsCustom);
        Assert.Equal([TlsVersion.Tls12, TlsVersion.Tls13], policy.Protocols);
        Assert.Equal([TlsVersion.Tls13], policy.RequiredProtocols);
        Assert.Equal(6, policy.Ciphers!.Count);
        Assert.Equal(["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"], policy.Tls13Suites);
        Assert.Equal(["X25519MLKEM768", "x25519", "secp256r1", "secp384r1"], policy.Groups);
        Assert.Equal((2048, 256, 2048), (policy.RsaKeySize, policy.MinEcdsaBits, policy.DhParamSize));
        Assert.Equal(["ecdsa", "rsa"], policy.CertificateTypes);
        Assert.Equal(398, policy.MaximumCertificateLifespanDays);
        Assert.False(policy.ServerPreferredOrder);
        Assert.Equal(31536000, policy.HstsMinAge);
        Assert.False(policy.HstsIncludeSubDomains);
        Assert.Equal([VulnerabilityIds.Heartbleed, VulnerabilityIds.CcsInjection, VulnerabilityIds.Ticketbleed, VulnerabilityIds.Robot,
            VulnerabilityIds.Drown, VulnerabilityIds.Poodle], policy.ForbiddenVulnerabilities);
        Assert.Equal(Grade.A, policy.MinGrade);
    }

    [Fact] // An omitted field is unconstrained: null, not an empty allow-list
    public void Parse_NameOnly_EveryConstraintNull()
    {
        var policy = Parse("name: lenient\n");

        Assert.Equal("policy lenient", policy.Title);
        Assert.Null(policy.Protocols);
        Assert.Null(policy.RequiredProtocols);
        Assert.Null(policy.Ciphers);
        Assert.Null(policy.Tls13Suites);
        Assert.Null(policy.Groups);
        Assert.Null(policy.CertificateTypes);
        Assert.Null(policy.CertificateSignatures);
        Assert.Null(policy.RsaKeySize);
        Assert.Null(policy.HstsMinAge);
        Assert.Null(policy.ServerPreferredOrder);
        Assert.Null(policy.ForbiddenVulnerabilities);
        Assert.Null(policy.MinGrade);
    }

    [Fact]
    public void Parse_NoName_NamedAfterTheFile() => Assert.Equal("policy acme", Parse("min_grade: B\n").Title);

    [Fact] // OpenSSL names and group aliases are read and stored as IANA names
    public void Parse_OpenSslSuiteNameAndGroupAlias_StoredAsIanaNames()
    {
        var policy = Parse("cipher_suites: [ECDHE-RSA-AES128-GCM-SHA256]\ngroups: [P-256, prime256v1]\n");

        Assert.Equal(["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"], policy.Ciphers);
        Assert.Equal(["secp256r1", "secp256r1"], policy.Groups);
    }

    [Fact]
    public void Parse_ForbidAll_EveryCheckId() =>
        Assert.Equal(VulnerabilityIds.All, Parse("forbid_vulnerabilities: all\n").ForbiddenVulnerabilities);

    [Theory]
    [InlineData("A+", Grade.APlus)]
    [InlineData("a-", Grade.AMinus)]
    [InlineData("C", Grade.C)]
    public void Parse_MinGrade_EachSpelling(string text, Grade grade) => Assert.Equal(grade, Parse($"min_grade: \"{text}\"\n").MinGrade);

    [Theory]
    [InlineData("name: x\nprotcols: [TLSv1.2]\n", "policies/acme.yaml: line 2: unknown field 'protcols'")]
    [InlineData("protocols: [TLSv1.2, TLSv1.4]\n", "policies/acme.yaml: line 1: 'protocols': unknown protocol 'TLSv1.4'")]
    [InlineData("cipher_suites:\n  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n  - TLS_FAKE_SUITE\n", "policies/acme.yaml: line 3: 'cipher_suites': unknown cipher suite 'TLS_FAKE_SUITE'")]
    [InlineData("cipher_suites: [TLS_AES_128_GCM_SHA256]\n", "policies/acme.yaml: line 1: 'cipher_suites': 'TLS_AES_128_GCM_SHA256' is a TLS 1.3 suite")]
    [InlineData("tls13_cipher_suites: [TLS_RSA_WITH_AES_128_CBC_SHA]\n", "policies/acme.yaml: line 1: 'tls13_cipher_suites': 'TLS_RSA_WITH_AES_128_CBC_SHA' is not a TLS 1.3 suite")]
    [InlineData("groups: [curve9000]\n", "policies/acme.yaml: line 1: 'groups': unknown group 'curve9000'")]
    [InlineData("min_rsa_bits: lots\n", "policies/acme.yaml: line 1: 'min_rsa_bits': must be a whole number")]
    [InlineData("min_rsa_bits: -1\n", "policies/acme.yaml: line 1: 'min_rsa_bits': must be a whole number")]
    [InlineData("min_rsa_bits: [2048]\n", "policies/acme.yaml: line 1: 'min_rsa_bits': must be a single value")]
    [InlineData("server_preferred_order: maybe\n", "policies/acme.yaml: line 1: 'server_preferred_order': must be true or false")]
    [InlineData("protocols:\n  nested: map\n", "policies/acme.yaml: line 2: 'protocols': must be a list")]
    [InlineData("certificate_types: [rsa, dsa2]\n", "policies/acme.yaml: line 1: 'certificate_types': unknown certificate type 'dsa2'")]
    [InlineData("forbid_vulnerabilities: [heartbleed, heartbleedz]\n", "policies/acme.yaml: line 1: 'forbid_vulnerabilities': unknown vulnerability id 'heartbleedz'")]
    [InlineData("min_grade: T\n", "policies/acme.yaml: line 1: 'min_grade': unknown grade 'T'")]
    [InlineData("name: x\nprotocols: [TLSv1.2\n", "policies/acme.yaml: line ")]
    [InlineData("- just\n- a list\n", "policies/acme.yaml: line 1: a policy is a mapping")]
    [InlineData("", "policies/acme.yaml: line 1: the policy file is empty")]
    public void Parse_BadInput_OneLineErrorNamingFileLineAndField(string yaml, string start) =>
        Assert.StartsWith(start, Error(yaml), StringComparison.Ordinal);

    [Fact]
    public void Parse_BrokenYaml_SaysInvalidYaml() => Assert.Contains("invalid YAML", Error("name: [unclosed\n"), StringComparison.Ordinal);

    [Fact]
    public void Resolve_BuiltInName_MozillaProfile()
    {
        var (policy, error) = PolicyCatalog.Resolve("mozilla-intermediate");

        Assert.Null(error);
        Assert.Same(MozillaProfiles.Intermediate60, policy);
    }

    [Fact]
    public void Resolve_YamlFile_CustomPolicy()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tlsdoctor-policy-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "name: from-file\nprotocols: [TLSv1.3]\n");
        try
        {
            var (policy, error) = PolicyCatalog.Resolve(path);

            Assert.Null(error);
            Assert.Equal("policy from-file", policy!.Title);
            Assert.Equal([TlsVersion.Tls13], policy.Protocols);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Resolve_BadYamlFile_ErrorNamesTheFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tlsdoctor-policy-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "name: x\nmin_dh_bits: big\n");
        try
        {
            var (policy, error) = PolicyCatalog.Resolve(path);

            Assert.Null(policy);
            Assert.Equal($"{path}: line 2: 'min_dh_bits': must be a whole number of 0 or more, not 'big'", error);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData("missing/policy.yaml", "missing/policy.yaml: policy file not found")]
    [InlineData("mozilla-ancient", "unknown policy 'mozilla-ancient'")]
    public void Resolve_NeitherNameNorFile_OneLineError(string nameOrPath, string start)
    {
        var (policy, error) = PolicyCatalog.Resolve(nameOrPath);

        Assert.Null(policy);
        Assert.StartsWith(start, error, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "TlsDoctor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("TlsDoctor.slnx not found above the test binaries");
    }
}
