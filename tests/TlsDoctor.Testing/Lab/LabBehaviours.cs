namespace TlsDoctor.Testing.Lab;

/// <summary>What a non-TLS target does with a connection (<see cref="LabTarget.Behaviour"/>).</summary>
public static class LabBehaviours
{
    /// <summary>Sends every byte back, so a ClientHello returns as-is.</summary>
    public const string Echo = "echo";

    /// <summary>A plain HTTP server (nginx): answers a ClientHello with "400 Bad Request" and closes.</summary>
    public const string Http = "http";

    /// <summary>Accepts, reads, never sends a byte; closes after a bound.</summary>
    public const string Silent = "silent";

    /// <summary>Nothing listens; connect() is refused.</summary>
    public const string Closed = "closed";

    /// <summary>Server speaks first: an SMTP-style "220 …" banner, then "502 …" for each line.</summary>
    public const string Banner = "banner";
}
