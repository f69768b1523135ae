using System.Text;
using TlsDoctor.Analysis.Compliance;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Reporting;
using TlsDoctor.Reporting.Console;
using TlsDoctor.Reporting.Json;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// Runs `tlsdoctor scan` once its arguments are valid: gathers the targets, scans them (with progress on an
/// interactive stderr), writes the console report and/or JSON, and returns the exit code.
/// </summary>
internal sealed class ScanRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(ScanSettings settings, CancellationToken cancellationToken)
    {
        if (!TryGatherTargets(settings, out var targets, out var error))
        {
            return env.Fail(ExitCodes.Usage, error!);
        }

        // --ca-file and --trust mozilla load now, so a bad file is a usage error before any connection. The system
        // store (the default) is left to the scanner, which loads it while the probes run.
        try
        {
            if (settings.Options.AnalyzeCertificates && settings.Trust.LoadExplicit() is { } store)
            {
                settings = settings with { Options = settings.Options with { TrustStore = store } };
            }
        }
        catch (TrustStoreException e)
        {
            return env.Fail(ExitCodes.Usage, e.Message);
        }

        // Policies resolve before any connection too: an unknown name or unreadable file is a usage error, not a late surprise.
        var policies = new List<MozillaProfile>();
        foreach (var name in settings.Policies)
        {
            var (policy, policyError) = PolicyCatalog.Resolve(name);
            if (policy is null)
            {
                return env.Fail(ExitCodes.Usage, policyError ?? $"unknown policy '{name}'");
            }

            policies.Add(policy);
        }

        if (!JsonOutputFile.TryOpen(env, settings.Json, out var jsonFile, out var openFailed))
        {
            return openFailed;
        }

        await using (jsonFile)
        {
            var report = await ScanAsync(settings, targets, cancellationToken).ConfigureAwait(false);
            report = report with { Assessments = [.. report.Targets.Select(t => Assess(t, policies))] };
            var written = WriteOutputs(settings, report, jsonFile);
            return written ?? ExitCodes.For(report, settings.FailOnGrade);
        }
    }

    private async Task<ScanReport> ScanAsync(ScanSettings settings, IReadOnlyList<ScanTarget> targets, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(settings.Options, env.Time);
        var startedAt = env.Time.GetUtcNow();
        var start = env.Time.GetTimestamp();
        var showProgress = env.ProgressAllowed && !settings.Quiet && !settings.JsonToStdout;
        var results = showProgress
            ? await ScanProgressDisplay.RunAsync(
                env.Error,
                !settings.NoColor && env.ProgressColorAllowed,
                targets,
                progress => scanner.ScanManyAsync(targets, progress, cancellationToken)).ConfigureAwait(false)
            : await scanner.ScanManyAsync(targets, null, cancellationToken).ConfigureAwait(false);
        return new ScanReport(ToolVersion.Current, startedAt, env.Time.GetElapsedTime(start), results);
    }

    /// <summary>Writes JSON and/or the console report; null when all went out, else the I/O error's exit code.</summary>
    private int? WriteOutputs(ScanSettings settings, ScanReport report, FileStream? jsonFile)
    {
        try
        {
            if (jsonFile is not null)
            {
                using var writer = new StreamWriter(jsonFile, new UTF8Encoding(false), leaveOpen: true);
                new JsonReportWriter().Write(report, writer);
            }

            if (settings.JsonToStdout)
            {
                new JsonReportWriter().Write(report, env.Out);
            }
            else if (!settings.Quiet)
            {
                new ConsoleReportWriter(new ConsoleReportOptions { Color = Color(settings) }).Write(report, env.Out);
            }

            env.Out.Flush();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var what = jsonFile is not null ? $"'{settings.Json}'" : "output";
            return env.Fail(ExitCodes.OutputError, $"cannot write {what}: {IoErrorText.Reason(e)}");
        }
    }

    /// <summary>Grades a completed scan and checks it against each policy; a scan that did not complete has nothing to judge.</summary>
    private static TargetAssessment Assess(ServerScanResult scan, IReadOnlyList<MozillaProfile> policies) =>
        scan.Outcome == ScanOutcome.Completed
            ? new TargetAssessment(Grader.Grade(scan), [.. policies.Select(p => ComplianceChecker.Check(p, scan))])
            : new TargetAssessment(null, []);

    private bool Color(ScanSettings settings) => !settings.NoColor && env.ColorAllowed;

    private static bool TryGatherTargets(ScanSettings settings, out IReadOnlyList<ScanTarget> targets, out string? error)
    {
        var all = new List<ScanTarget>(settings.Targets);
        targets = all;
        error = null;
        if (settings.TargetsFile is { } path)
        {
            if (!TargetList.TryRead(path, out var fromFile, out error))
            {
                return false;
            }

            if (fromFile.Count == 0 && all.Count == 0)
            {
                error = $"no targets in '{path}'";
                return false;
            }

            all.AddRange(fromFile);
        }

        if (settings.NoSni || settings.ServerName is not null)
        {
            var serverName = settings.NoSni ? null : settings.ServerName;
            targets = [.. all.Select(t => t with { ServerName = serverName })];
        }

        return true;
    }
}
