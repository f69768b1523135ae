using TlsDoctor.Testing.Lab;

namespace TlsDoctor.Scanning.Tests.RealServers;

/// <summary>The truth table is well-formed (no servers needed).</summary>
public sealed class LabTargetsTests
{
    private const int BasePort = 20000;
    private static readonly IReadOnlyList<LabTarget> Targets = LabTargets.Create(BasePort);

    private static readonly string[] KnownProblems =
    [
        LabCertProblems.Expired, LabCertProblems.NotYetValid, LabCertProblems.HostnameMismatch, LabCertProblems.SelfSigned,
        LabCertProblems.IncompleteChain, LabCertProblems.WeakKeyRsa1024, LabCertProblems.Sha1Signature,
    ];

    [Fact]
    public void Create_AnyBasePort_GivesUniqueNamesAndPortsInsideTheBlock()
    {
        Assert.Equal(Targets.Count, Targets.Select(t => t.Name).Distinct().Count());
        Assert.Equal(Targets.Count, Targets.Select(t => t.Port).Distinct().Count());
        Assert.All(Targets, t => Assert.InRange(t.Port, BasePort, BasePort + LabTargets.BlockSize - 1));
    }

    [Fact]
    public void Create_LabLayout_KeepsTheCompanyLabOffsets()
    {
        // Offset = company lab port - 14431, so the two labs read alike.
        Assert.Equal(BasePort + 0, Targets.Single(t => t.Name == "nginx-modern").Port);
        Assert.Equal(BasePort + 11, Targets.Single(t => t.Name == "s_server-dhe1024").Port);
        Assert.Equal(BasePort + 17, Targets.Single(t => t.Name == "nginx-plain-http").Port);
        Assert.Equal(BasePort + 19, Targets.Single(t => t.Name == "closed").Port);
    }

    [Fact]
    public void Create_EveryTarget_HasAllSixProtocolKeys()
    {
        Assert.All(Targets, t => Assert.Equal(LabProtocols.All.Order(), t.ExpectedProtocols.Keys.Order()));
    }

    [Fact]
    public void Create_TlsTargets_ListSuitesForExactlyTheSupportedProtocols()
    {
        Assert.All(Targets.Where(t => t.Kind == LabTargetKind.Tls), t =>
        {
            Assert.Equal(t.SupportedProtocols.Order(), t.ExpectedCiphers.Keys.Order());
            Assert.All(t.ExpectedCiphers.Values, suites =>
            {
                Assert.NotEmpty(suites);
                Assert.Equal(suites.Count, suites.Distinct().Count());
                Assert.All(suites, s => Assert.StartsWith("TLS_", s, StringComparison.Ordinal));
            });
            Assert.Null(t.Behaviour);
            Assert.All(t.CertProblems, p => Assert.Contains(p, KnownProblems));
        });
    }

    [Fact]
    public void Create_NonTlsTargets_HaveABehaviourAndNoTls()
    {
        Assert.All(Targets.Where(t => t.Kind != LabTargetKind.Tls), t =>
        {
            Assert.NotNull(t.Behaviour);
            Assert.DoesNotContain(true, t.ExpectedProtocols.Values);
            Assert.Empty(t.ExpectedCiphers);
            Assert.Empty(t.CertProblems);
        });
    }

    [Fact]
    public void Create_EachCertificateProblem_HasExactlyOneTarget()
    {
        var problems = Targets.SelectMany(t => t.CertProblems).ToList();

        Assert.Equal(KnownProblems.Order(), problems.Order());
    }
}
