namespace TlsDoctor.Testing.Lab;

/// <summary>A lab server did not come up; the message carries the tail of its log.</summary>
public sealed class LabStartupException : Exception
{
    public LabStartupException()
    {
    }

    public LabStartupException(string message)
        : base(message)
    {
    }

    public LabStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the cause was a port taken by someone else between reservation and bind.</summary>
    public bool PortInUse { get; init; }
}
