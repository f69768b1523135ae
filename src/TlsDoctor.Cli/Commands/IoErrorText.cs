namespace TlsDoctor.Cli.Commands;

/// <summary>Short, stable reasons for file errors ("No such file"), rather than .NET's messages with full paths.</summary>
internal static class IoErrorText
{
    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException => "No such file",
        DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        PathTooLongException => "File name too long",
        _ => e.Message,
    };
}
