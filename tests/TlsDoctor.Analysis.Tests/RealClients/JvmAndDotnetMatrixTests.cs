using System.Collections.Concurrent;
using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Explain;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Testing.Lab;
using Xunit.Abstractions;

namespace TlsDoctor.Analysis.Tests.RealClients;

/// <summary>
/// Real clients (OpenJDK JSSE, .NET SslStream, headless Chromium) against every TLS server of the lab: TlsDoctor's profile for the
/// client must predict connect/fail as the real client did, name the lab's known problem as the cause, and
/// <c>explain</c> must read the real client's error text as that same problem.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class JvmAndDotnetMatrixTests(LabServers lab, ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<(int BasePort, string Name), Task<ServerScanResult>> Scans = new();

    [Fact]
    public Task Check_JavaJsseAgainstEveryTlsLabServer_PredictionMatchesRealHandshake() =>
        AssertMatrixAsync("java-17", target => JvmAndDotnetClients.JavaAsync(target, lab.RootCaPath));

    [Fact]
    public Task Check_DotnetSslStreamAgainstEveryTlsLabServer_PredictionMatchesRealHandshake() =>
        AssertMatrixAsync("dotnet-8-debian12", target => JvmAndDotnetClients.DotnetAsync(target, lab.RootCaPath));

    [Fact]
    public Task Check_HeadlessChromiumAgainstEveryTlsLabServer_PredictionMatchesRealPageLoad() =>
        AssertMatrixAsync("chrome-131", target => ChromiumClient.LoadAsync(target, lab.RootCaPath));

    private async Task AssertMatrixAsync(string profileId, Func<LabTarget, Task<RealHandshake>> connect)
    {
        var profile = KnownClients.Find(profileId) ?? throw new ArgumentException(profileId);
        var targets = lab.Targets.Where(t => t.Kind == LabTargetKind.Tls).ToList();
        var rows = await Task.WhenAll(targets.Select(async target =>
        {
            var real = await connect(target);
            var predicted = CompatibilityChecker.Check(profile, await ScanAsync(target));
            return (Target: target, Real: real, Predicted: predicted);
        }));

        var mismatches = new List<string>();
        foreach (var (target, real, predicted) in rows)
        {
            output.WriteLine($"{target.Name}: real {(real.Connected ? "connects" : "fails")}, predicted "
                + $"{(predicted.Connects ? "connects" : $"fails ({predicted.Cause})")}\n  {real.Text.Replace("\n", "\n  ", StringComparison.Ordinal)}");
            mismatches.AddRange(Mismatches(target, real, predicted).Select(m => $"{profileId} × {target.Name}: {m}"));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static IEnumerable<string> Mismatches(LabTarget target, RealHandshake real, CompatibilityResult predicted)
    {
        if (predicted.Connects != real.Connected)
        {
            yield return $"predicted {(predicted.Connects ? "connect" : $"failure ({predicted.Cause}: {predicted.Explanation})")}, "
                + $"real client {(real.Connected ? "connected" : $"failed: {real.Text}")}";
            yield break;
        }

        if (real.Connected)
        {
            yield break;
        }

        var known = KnownCauses(target);
        if (predicted.Cause is not { } cause || !known.Contains(cause))
        {
            yield return $"predicted cause {predicted.Cause} is not the lab's known problem ({string.Join(", ", known)})";
            yield break;
        }

        // The most specific signature in the real text must name the problem. Some messages cannot tell two causes
        // apart (Chromium's ERR_CERT_DATE_INVALID: expired or not yet valid); then naming it among them is right.
        var explanation = ErrorMatcher.Explain(real.Text);
        var expected = ExplainCauses(cause);
        if (!explanation.Known || !explanation.Matches[0].Signature.Causes.Any(expected.Contains))
        {
            var found = explanation.Known ? string.Join(", ", explanation.Causes.Select(c => c.Id)) : "no signature matched";
            yield return $"explain reads the real error as {found}, expected one of {string.Join(", ", expected)}: {real.Text}";
        }
    }

    /// <summary>The failure causes that name what the lab built into <paramref name="target"/>.</summary>
    private static HashSet<FailureCause> KnownCauses(LabTarget target)
    {
        var causes = target.CertProblems.Select(problem => problem switch
        {
            LabCertProblems.Expired => FailureCause.CertificateExpired,
            LabCertProblems.NotYetValid => FailureCause.CertificateNotYetValid,
            LabCertProblems.HostnameMismatch => FailureCause.CertificateNameMismatch,
            LabCertProblems.SelfSigned or LabCertProblems.IncompleteChain => FailureCause.CertificateUntrusted,
            LabCertProblems.WeakKeyRsa1024 => FailureCause.CertificateKeyTooSmall,
            LabCertProblems.Sha1Signature => FailureCause.Sha1CertificateRejected,
            _ => throw new ArgumentException($"no failure cause for lab problem {problem}"),
        }).ToHashSet();
        if (target.DhGroupBits is < 2048)
        {
            causes.Add(FailureCause.DhTooSmall);
        }

        // A server that narrows protocols or suites (TLS 1.3 only, TLS ≤ 1.2 only, two suites, DHE only) fails a
        // client that lacks them for want of a common protocol or suite.
        if (target.SupportedProtocols.Count() < 2 || !target.ExpectedProtocols[LabProtocols.Tls13])
        {
            causes.Add(FailureCause.NoCommonProtocol);
            causes.Add(FailureCause.NoCommonCipher);
        }

        return causes;
    }

    /// <summary>The explain causes that say the same as a checker's failure cause.</summary>
    private static CauseId[] ExplainCauses(FailureCause cause) => cause switch
    {
        FailureCause.NoCommonProtocol => [CauseId.ProtocolMismatch],
        FailureCause.NoCommonCipher => [CauseId.NoSharedCipher],
        FailureCause.DhTooSmall => [CauseId.DhTooSmall],
        FailureCause.CertificateExpired => [CauseId.CertificateExpired],
        FailureCause.CertificateNotYetValid => [CauseId.CertificateNotYetValid],
        FailureCause.CertificateNameMismatch => [CauseId.HostnameMismatch],
        FailureCause.CertificateUntrusted => [CauseId.UnknownIssuer, CauseId.SelfSigned, CauseId.IncompleteChain],
        FailureCause.CertificateKeyTooSmall => [CauseId.WeakCertificateKey],
        FailureCause.Sha1CertificateRejected => [CauseId.WeakSignature],
        _ => [],
    };

    private Task<ServerScanResult> ScanAsync(LabTarget target) => Scans.GetOrAdd((lab.BasePort, target.Name), async _ =>
    {
        var options = ScanOptions.Default with
        {
            ReadTimeout = TimeSpan.FromSeconds(2),
            TrustStore = TrustStore.FromFile(lab.RootCaPath),
        };
        var result = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    });
}
