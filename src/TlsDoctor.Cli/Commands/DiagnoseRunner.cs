using System.Text;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Reporting.Diagnosis;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// Runs `tlsdoctor diagnose` once its arguments are valid: loads the client, scans the target, diagnoses, writes the
/// report and/or JSON, and returns 0 (no problem), 8 (the client cannot connect), 1 / 3 (not TLS / unreachable).
/// </summary>
internal sealed class DiagnoseRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(DiagnoseSettings settings, CancellationToken cancellationToken)
    {
        ClientProfile client;
        try
        {
            client = settings.ClientSpec is { } spec ? ClientProfileYaml.LoadFile(spec)
                : settings.ClientId is { } id ? KnownClients.Find(id)!
                : Diagnoser.DefaultClient;
        }
        catch (ClientProfileFormatException e)
        {
            return env.Fail(ExitCodes.Usage, e.Message);
        }

        var options = settings.Options;
        try
        {
            if (settings.Trust.LoadExplicit() is { } store)
            {
                options = options with { TrustStore = store };
            }
        }
        catch (TrustStoreException e)
        {
            return env.Fail(ExitCodes.Usage, e.Message);
        }

        if (!JsonOutputFile.TryOpen(env, settings.Json, out var jsonFile, out var openFailed))
        {
            return openFailed;
        }

        await using (jsonFile)
        {
            var scan = await new Scanner(options, env.Time).ScanAsync(settings.Target, null, cancellationToken).ConfigureAwait(false);
            var report = Report(settings, client, scan);
            return Write(settings, report, jsonFile) ?? ExitCodes.ForDiagnosis(scan, report.Diagnosis);
        }
    }

    private static DiagnoseReport Report(DiagnoseSettings settings, ClientProfile client, ServerScanResult scan)
    {
        var chosen = settings.ClientId is not null || settings.ClientSpec is not null;
        IReadOnlyList<ClientProfile> profiles = settings.ClientSpec is null ? KnownClients.All : [.. KnownClients.All, client];
        return new DiagnoseReport(ToolVersion.Current, Diagnoser.Diagnose(scan, client))
        {
            ClientChosen = chosen,
            // A server that is not reachable or not TLS fails every client the same way: the root cause says it once.
            Matrix = chosen || scan.Outcome != ScanOutcome.Completed ? null : CompatibilityMatrix.Run(profiles, scan),
            WhatIf = settings.WhatIf is { } change ? WhatIfImpact.Compute(scan, change, profiles) : null,
        };
    }

    /// <summary>Writes JSON and/or the console report; null when all went out, else the output error's code.</summary>
    private int? Write(DiagnoseSettings settings, DiagnoseReport report, FileStream? jsonFile)
    {
        try
        {
            if (jsonFile is not null)
            {
                using var writer = new StreamWriter(jsonFile, new UTF8Encoding(false), leaveOpen: true);
                new DiagnoseJsonWriter().Write(report, writer);
            }

            if (settings.JsonToStdout)
            {
                new DiagnoseJsonWriter().Write(report, env.Out);
            }
            else
            {
                new DiagnoseConsoleWriter().Write(report, env.Out);
            }

            env.Out.Flush();
            return null;
        }
        catch (IOException e)
        {
            var what = jsonFile is not null ? $"'{settings.Json}'" : "output";
            return env.Fail(ExitCodes.OutputError, $"cannot write {what}: {IoErrorText.Reason(e)}");
        }
    }
}
