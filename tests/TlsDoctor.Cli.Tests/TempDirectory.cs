namespace TlsDoctor.Cli.Tests;

/// <summary>A fresh directory for a test's files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tlsdoctor-cli-").FullName;

    public string File(string name, params string[] lines)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
