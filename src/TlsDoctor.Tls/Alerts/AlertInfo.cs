namespace TlsDoctor.Tls.Alerts;

/// <summary>One row of <see cref="Alerts"/>: an alert description, its name and what it usually means.</summary>
/// <param name="Name">The IANA name without the "_RESERVED" suffix the registry adds to alerts TLS 1.3 retired.</param>
/// <param name="Meaning">One line for a human reading a scan report.</param>
/// <param name="Retired">IANA marks it "_RESERVED": TLS 1.3 forbids it, older versions may still send it.</param>
/// <param name="Source">The document that defines it.</param>
public sealed record AlertInfo(AlertDescription Value, string Name, string Meaning, bool Retired, string Source)
{
    /// <summary>The registry's own spelling ("decryption_failed_RESERVED").</summary>
    public string IanaName => Retired ? Name + "_RESERVED" : Name;
}
