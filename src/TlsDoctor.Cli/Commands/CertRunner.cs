using TlsDoctor.Scanning;
using System.Text;
using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Loading;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Reporting;
using TlsDoctor.Reporting.Console;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// Runs `tlsdoctor cert` once its arguments are valid: reads each file, analyses its chain offline (as a file, not
/// as a server's chain: order and extra certificates are not judged; nothing is fetched), writes the report and/or
/// JSON, and returns the exit code. An unreadable file is one line on stderr and the others are still checked.
/// </summary>
internal sealed class CertRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(CertSettings settings, CancellationToken cancellationToken)
    {
        TrustStore store;
        try
        {
            store = settings.Trust.Load();
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
            // One instant for every file, so the report's checkedAt is the moment each validity was judged at.
            var now = env.Time.GetUtcNow();
            var files = new List<CertificateFileReport>();
            foreach (var file in settings.Paths.SelectMany(p => CertificateFileReader.Read(p, settings.Password)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!file.Succeeded)
                {
                    env.Fail(ExitCodes.UnreadableFile, file.ErrorMessage!);
                    files.Add(CertificateFileReport.Failed(file));
                    continue;
                }

                files.Add(await AnalyzeAsync(file, store, settings.HostName, now, cancellationToken).ConfigureAwait(false));
            }

            var report = new CertificateReport(ToolVersion.Current, now, settings.HostName, store.Description, files);
            return WriteOutputs(settings, report, jsonFile) ?? ExitCodes.For(files);
        }
    }

    private static async Task<CertificateFileReport> AnalyzeAsync(
        CertificateFile file, TrustStore store, string? hostName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        byte[][] chain;
        try
        {
            // A PKCS#12 file keeps no order; the certificate with the private key is the leaf.
            chain = [.. file.Certificates.OrderByDescending(c => file.Format == "PKCS#12" && c.HasPrivateKey).Select(c => c.RawData)];
        }
        finally
        {
            foreach (var certificate in file.Certificates)
            {
                certificate.Dispose();
            }
        }

        var options = new AnalysisOptions
        {
            HostName = hostName,
            TrustStore = store,
            Time = new FrozenClock(now),
            FromServer = false,
            CheckRevocation = false,
        };
        var analysis = await new ChainAnalyzer().AnalyzeAsync(chain, options, cancellationToken).ConfigureAwait(false);
        return new CertificateFileReport(file.Path, file.Format, analysis);
    }

    /// <summary>Writes JSON and/or the console report; null when all went out, else the I/O error's exit code.</summary>
    private int? WriteOutputs(CertSettings settings, CertificateReport report, FileStream? jsonFile)
    {
        try
        {
            if (jsonFile is not null)
            {
                using var writer = new StreamWriter(jsonFile, new UTF8Encoding(false), leaveOpen: true);
                new JsonCertificateReportWriter().Write(report, writer);
            }

            ICertificateReportWriter output = settings.JsonToStdout
                ? new JsonCertificateReportWriter()
                : new ConsoleCertificateReportWriter(new ConsoleReportOptions { Color = !settings.NoColor && env.ColorAllowed });
            output.Write(report, env.Out);
            env.Out.Flush();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var what = jsonFile is not null ? $"'{settings.Json}'" : "output";
            return env.Fail(ExitCodes.OutputError, $"cannot write {what}: {IoErrorText.Reason(e)}");
        }
    }

    /// <summary>The clock every check of this run reads: stopped at the run's start.</summary>
    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
