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
/// Issue "Diagnose", done-when 1, for the command-line clients: every real client against every TLS lab target; the
/// client's profile must predict what the client did, a predicted failure must name the target's known problem, and
/// `explain` must read that problem from the client's own error text.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class CliClientMatrixTests(LabServers lab, ITestOutputHelper output)
{
    /// <summary>A lab problem as the compatibility model names it and as `explain` names it.</summary>
    private sealed record KnownProblem(FailureCause Failure, CauseId Explained);

    // LabTarget.CertProblems → the model's FailureCause and explain's CauseId.
    private static readonly Dictionary<string, KnownProblem> CertificateProblems = new()
    {
        [LabCertProblems.Expired] = new(FailureCause.CertificateExpired, CauseId.CertificateExpired),
        [LabCertProblems.NotYetValid] = new(FailureCause.CertificateNotYetValid, CauseId.CertificateNotYetValid),
        [LabCertProblems.HostnameMismatch] = new(FailureCause.CertificateNameMismatch, CauseId.HostnameMismatch),
        [LabCertProblems.SelfSigned] = new(FailureCause.CertificateUntrusted, CauseId.SelfSigned),
        [LabCertProblems.IncompleteChain] = new(FailureCause.CertificateUntrusted, CauseId.IncompleteChain),
        [LabCertProblems.WeakKeyRsa1024] = new(FailureCause.CertificateKeyTooSmall, CauseId.WeakCertificateKey),
        [LabCertProblems.Sha1Signature] = new(FailureCause.Sha1CertificateRejected, CauseId.WeakSignature),
    };

    /// <summary>The trust signatures (unknown issuer / incomplete chain / self-signed) name three causes; the catch-alls more.</summary>
    private const int MostCausesOfASpecificSignature = 3;

    /// <summary>What can legitimately stop a client on <paramref name="target"/>: its certificate problems, or its protocol/DH nature.</summary>
    private static List<KnownProblem> KnownProblems(LabTarget target)
    {
        var problems = target.CertProblems.Select(p => CertificateProblems[p]).ToList();
        var protocols = target.SupportedProtocols.ToList();
        if (!protocols.Contains(LabProtocols.Tls12) || protocols is [LabProtocols.Tls13])
        {
            // TLS 1.3 only (nginx-modern) or nothing a current client speaks.
            problems.Add(new(FailureCause.NoCommonProtocol, CauseId.ProtocolMismatch));
        }

        if (target.DhGroupBits < 2048)
        {
            problems.Add(new(FailureCause.DhTooSmall, CauseId.DhTooSmall));
            problems.Add(new(FailureCause.NoCommonCipher, CauseId.NoSharedCipher));
        }

        return problems;
    }

    [Fact]
    public async Task Check_EveryCliClientAgainstEveryTlsLabTarget_PredictsTheRealOutcomeAndCause()
    {
        var mismatches = new List<string>();
        var table = new List<string>();
        foreach (var target in lab.Targets.Where(t => t.Kind == LabTargetKind.Tls))
        {
            var scan = await ScanAsync(target);
            var runs = await Task.WhenAll(CliClients.All.Select(c => c.RunAsync(target, lab.RootCaPath)));
            foreach (var run in runs)
            {
                var profile = KnownClients.Find(run.Client) ?? throw new InvalidOperationException($"no profile {run.Client}");
                var predicted = CompatibilityChecker.Check(profile, scan);
                var explained = run.Connected ? "" : " explain=" + (ErrorMatcher.Explain(run.ErrorText).Matches.FirstOrDefault()?.Signature.Name ?? "(nothing)");
                table.Add($"{run.Client,-22} {target.Name,-24} real={(run.Connected ? "connect" : "fail")} predicted={(predicted.Connects ? "connect" : predicted.Cause)}{explained}");
                var problem = Compare(target, run, predicted);
                if (problem is not null)
                {
                    mismatches.Add($"{run.Client} × {target.Name}: {problem}\n    predicted: {predicted}\n    real: {(run.Connected ? "connected" : run.ErrorText)}");
                }
            }
        }

        output.WriteLine(string.Join("\n", table));
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} mismatch(es):\n{string.Join("\n", mismatches)}\n\nMatrix:\n{string.Join("\n", table)}");
    }

    /// <summary>Null when model and client agree, else what differs.</summary>
    private static string? Compare(LabTarget target, RealClientRun run, CompatibilityResult predicted)
    {
        if (predicted.Connects != run.Connected)
        {
            return $"model says {(predicted.Connects ? "connects" : "fails")}, the client {(run.Connected ? "connected" : "failed")}";
        }

        if (run.Connected)
        {
            return null;
        }

        var known = KnownProblems(target);
        var problem = known.FirstOrDefault(p => p.Failure == predicted.Cause);
        if (problem is null)
        {
            return $"predicted cause {predicted.Cause} is none of the target's known problems ({string.Join(", ", known.Select(p => p.Failure))})";
        }

        var explanation = ErrorMatcher.Explain(run.ErrorText);
        if (explanation.Matches.Count == 0)
        {
            return $"explain knows no signature in the error text (expected {problem.Explained})";
        }

        // The best match must point somewhere: a catch-all ("Error in the certificate", "certificate verify failed",
        // a bare handshake_failure) names every cause and so would pass for any problem.
        var best = explanation.Matches[0];
        if (best.Signature.Causes.Count > MostCausesOfASpecificSignature)
        {
            return $"explain finds only the catch-all '{best.Signature.Name}' ({best.MatchedText}), not {problem.Explained}";
        }

        return best.Signature.Causes.Contains(problem.Explained)
            ? null
            : $"explain's best match '{best.Signature.Name}' ({best.MatchedText}) names {string.Join("/", best.Signature.Causes)}, not {problem.Explained}";
    }

    private async Task<ServerScanResult> ScanAsync(LabTarget target)
    {
        var options = ScanOptions.Default with { TrustStore = TrustStore.FromFile(lab.RootCaPath) };
        var result = await new Scanner(options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));
        Assert.Equal(ScanOutcome.Completed, result.Outcome);
        return result;
    }
}
