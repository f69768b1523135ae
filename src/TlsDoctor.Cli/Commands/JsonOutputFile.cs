namespace TlsDoctor.Cli.Commands;

/// <summary>--json FILE: opened before the work starts, so a path that cannot be written fails at once, not after it.</summary>
internal static class JsonOutputFile
{
    /// <summary>Opens FILE for --json FILE; no file (and true) for no --json or --json -.</summary>
    /// <param name="exitCode">The exit code after the one-line error, when it cannot be opened.</param>
    public static bool TryOpen(CliEnvironment env, string? json, out FileStream? file, out int exitCode)
    {
        file = null;
        exitCode = ExitCodes.Ok;
        if (json is null or "-")
        {
            return true;
        }

        try
        {
            file = new FileStream(json, FileMode.Create, FileAccess.Write, FileShare.Read);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            exitCode = env.Fail(ExitCodes.OutputError, $"cannot write '{json}': {IoErrorText.Reason(e)}");
            return false;
        }
    }
}
