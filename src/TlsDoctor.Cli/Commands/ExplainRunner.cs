using TlsDoctor.Analysis.Explain;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Reporting.Explain;
using TlsDoctor.Scanning;

namespace TlsDoctor.Cli.Commands;

/// <summary>
/// Runs `tlsdoctor explain` once its arguments are valid: matches the text, scans --target when given and checks
/// each cause against it, writes the report or JSON, and returns 0 (explained) or 7 (no known error).
/// An unreachable or non-TLS target is a finding in the report, not a failure of the command.
/// </summary>
internal sealed class ExplainRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(ExplainSettings settings, CancellationToken cancellationToken)
    {
        var explanation = ErrorMatcher.Explain(settings.Text);
        var report = new ExplainReport(ToolVersion.Current, explanation);
        if (explanation.Known && settings.Target is { } target)
        {
            if (!TryOptions(settings, out var options, out var error))
            {
                return env.Fail(ExitCodes.Usage, error!);
            }

            var scan = await new Scanner(options, env.Time).ScanAsync(target, null, cancellationToken).ConfigureAwait(false);
            report = report with { Scan = scan, Verdict = TargetVerdict.For(explanation, scan) };
        }

        try
        {
            if (settings.Json)
            {
                new ExplainJsonWriter().Write(report, env.Out);
            }
            else
            {
                new ExplainConsoleWriter().Write(report, env.Out);
            }

            env.Out.Flush();
        }
        catch (IOException e)
        {
            return env.Fail(ExitCodes.OutputError, $"cannot write output: {IoErrorText.Reason(e)}");
        }

        return explanation.Known ? ExitCodes.Ok : ExitCodes.NoKnownError;
    }

    /// <summary>The scan options with --ca-file's trust store loaded; a file that cannot be read is a usage error.</summary>
    private static bool TryOptions(ExplainSettings settings, out ScanOptions options, out string? error)
    {
        options = settings.Options;
        error = null;
        if (settings.CaFile is not { } path)
        {
            return true;
        }

        try
        {
            options = options with { TrustStore = TrustStore.FromFile(path) };
            return true;
        }
        catch (Exception e) when (e is TrustStoreException or IOException or UnauthorizedAccessException)
        {
            error = $"--ca-file '{path}': {e.Message}";
            return false;
        }
    }
}
