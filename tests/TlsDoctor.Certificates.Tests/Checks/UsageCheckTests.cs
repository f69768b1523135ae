using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class UsageCheckTests
{
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    private const string AnyExtendedKeyUsage = "2.5.29.37.0";

    [Fact]
    public async Task AnalyzeAsync_LeafForClientAuthOnly_WrongExtendedKeyUsage()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { ExtendedKeyUsages = [ClientAuth] });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.WrongExtendedKeyUsage], analysis.Serious());
        Assert.Equal("extKeyUsage lists only clientAuth (1.3.6.1.5.5.7.3.2)", analysis.Problems[0].Evidence);
    }

    [Theory]
    [InlineData(AnyExtendedKeyUsage)]
    [InlineData(null)]
    public async Task AnalyzeAsync_LeafWithAnyOrNoExtendedKeyUsage_Fine(string? eku)
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { ExtendedKeyUsages = eku is null ? null : [eku] });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Empty(analysis.Problems);
    }

    [Fact]
    public async Task AnalyzeAsync_IntermediateLimitedToClientAuth_WrongExtendedKeyUsageAgainstIt()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"), intermediate: CertSpec.Ca("Test Intermediate") with { ExtendedKeyUsages = [ClientAuth] });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.WrongExtendedKeyUsage], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_SelfSignedLeafForClientAuth_BothReported()
    {
        using var leaf = TestPki.SelfSigned(CertSpec.Server("a.example") with { ExtendedKeyUsages = [ClientAuth] });
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));

        var analysis = await Analysis.RunAsync(TestPki.Chain(leaf), Analysis.PrivateStore(root), "a.example");

        Assert.Equal([ProblemCodes.SelfSigned, ProblemCodes.WrongExtendedKeyUsage], analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_RsaLeafWithKeyEnciphermentOnly_WarningRsaKeyExchangeOnly()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { Key = TestKey.Rsa2048, KeyUsage = X509KeyUsageFlags.KeyEncipherment });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        var problem = Assert.Single(analysis.Problems);
        Assert.Equal((ProblemCodes.WrongKeyUsage, Severity.Warning), (problem.Code, problem.Severity));
    }

    [Fact]
    public async Task AnalyzeAsync_LeafWithCertSignOnly_WrongKeyUsageError()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example") with { KeyUsage = X509KeyUsageFlags.KeyCertSign });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        var problem = Assert.Single(analysis.Problems);
        Assert.Equal((ProblemCodes.WrongKeyUsage, Severity.Error), (problem.Code, problem.Severity));
    }
}
