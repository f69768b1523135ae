namespace TlsDoctor.Testing.Lab;

/// <summary>A program or library the lab needs is not installed; the message names the Debian package.</summary>
public sealed class LabToolMissingException : Exception
{
    public LabToolMissingException(string tool, string debianPackage)
        : base($"The test lab needs '{tool}', which was not found. Install the Debian package '{debianPackage}' " +
               $"(apt-get install {debianPackage}); ./test.sh installs it.")
    {
        Tool = tool;
        DebianPackage = debianPackage;
    }

    public LabToolMissingException()
    {
        Tool = DebianPackage = "";
    }

    public LabToolMissingException(string message)
        : base(message)
    {
        Tool = DebianPackage = "";
    }

    public LabToolMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Tool = DebianPackage = "";
    }

    public string Tool { get; }

    public string DebianPackage { get; }
}
