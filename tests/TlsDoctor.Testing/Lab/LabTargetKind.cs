namespace TlsDoctor.Testing.Lab;

/// <summary>What listens on a lab target's port.</summary>
public enum LabTargetKind
{
    /// <summary>A TLS server.</summary>
    Tls,

    /// <summary>A plain-TCP service that does not speak TLS (see <see cref="LabTarget.Behaviour"/>).</summary>
    NonTls,

    /// <summary>Nothing: connecting is refused.</summary>
    Closed,
}
