using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Scanning.Probes;

/// <summary>How a probe ended: it ran to the end, or it could not (and why). One probe's failure never aborts a scan.</summary>
public enum ProbeStatus : byte
{
    Completed,
    Failed,
    /// <summary>Not applicable: e.g. no cipher enumeration for a protocol the server does not speak.</summary>
    Skipped,
}

/// <summary>A probe that did not complete: which one, and the error that stopped it.</summary>
public sealed record ProbeFailure(string Probe, ConnectionError Error);
