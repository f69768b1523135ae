namespace TlsDoctor.Testing.Lab.Processes;

/// <summary>Finds the lab's external programs, or says which Debian package provides them.</summary>
internal static class ToolLocator
{
    // nginx lives in /usr/sbin, which a non-root PATH often lacks.
    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/usr/local/sbin", "/sbin"];

    public static string Nginx() => Require("nginx", "nginx");

    public static string OpenSsl() => Require("openssl", "openssl");

    public static string GnuTlsCli() => Require("gnutls-cli", "gnutls-bin");

    /// <summary>The full path of <paramref name="program"/>; throws <see cref="LabToolMissingException"/> if absent.</summary>
    public static string Require(string program, string debianPackage) =>
        Find(program) ?? throw new LabToolMissingException(program, debianPackage);

    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var directories = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(ExtraDirectories);
        return directories.Select(d => Path.Combine(d, program)).FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string file) =>
        File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0);
}
