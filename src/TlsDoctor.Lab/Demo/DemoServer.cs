using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Demo;

/// <summary>One running demo server: what it is called, what it shows, where it listens and which protocols it speaks.</summary>
public sealed record DemoServer(string Name, string Description, int Port)
{
    /// <summary>The protocol versions it is set up to speak, oldest first (what a scan should find).</summary>
    public IReadOnlyList<TlsVersion> Protocols { get; init; } = [];

    /// <summary>The SNI name its certificate is meant for (or, for the broken one, the name it should have had).</summary>
    public string ServerName { get; init; } = "localhost";
}
