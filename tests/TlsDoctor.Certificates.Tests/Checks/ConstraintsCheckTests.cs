using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Checks;

public sealed class ConstraintsCheckTests
{
    [Fact]
    public async Task AnalyzeAsync_IntermediateWithCaFalse_NotACa()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"), intermediate: CertSpec.Ca("Test Intermediate") with { IsCa = false });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.NotACa], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
        Assert.Contains("cA:FALSE", analysis.Problems[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_IntermediateWithoutBasicConstraints_NotACa()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"), intermediate: CertSpec.Ca("Test Intermediate") with { IsCa = null });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.NotACa], analysis.Serious());
    }

    [Fact]
    public async Task AnalyzeAsync_IntermediateWithoutKeyCertSign_WrongKeyUsage()
    {
        using var pki = new SmallPki(CertSpec.Server("a.example"),
            intermediate: CertSpec.Ca("Test Intermediate") with { KeyUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.CrlSign });

        var analysis = await Analysis.RunAsync(pki.Chain, pki.Store, "a.example");

        Assert.Equal([ProblemCodes.WrongKeyUsage], analysis.Serious());
        Assert.Equal(1, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_PathLengthZeroAboveAnotherIntermediate_PathLengthExceeded()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var upper = TestPki.Issue(CertSpec.Ca("Upper") with { PathLength = 0 }, root);
        using var lower = TestPki.Issue(CertSpec.Ca("Lower"), upper);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), lower);

        var analysis = await Analysis.RunAsync(TestPki.Chain(leaf, lower, upper), Analysis.PrivateStore(root), "a.example");

        Assert.Equal([ProblemCodes.PathLengthExceeded], analysis.Serious());
        Assert.Equal(2, analysis.Problems[0].CertificateIndex);
    }

    [Fact]
    public async Task AnalyzeAsync_PathLengthOneAboveOneIntermediate_Fine()
    {
        using var root = TestPki.SelfSigned(CertSpec.Ca("Root"));
        using var upper = TestPki.Issue(CertSpec.Ca("Upper") with { PathLength = 1 }, root);
        using var lower = TestPki.Issue(CertSpec.Ca("Lower") with { PathLength = 0 }, upper);
        using var leaf = TestPki.Issue(CertSpec.Server("a.example"), lower);

        var analysis = await Analysis.RunAsync(TestPki.Chain(leaf, lower, upper), Analysis.PrivateStore(root), "a.example");

        Assert.Empty(analysis.Problems);
    }
}
