namespace TlsDoctor.Testing.Lab;

// Targets that do not speak TLS.
public static partial class LabTargets
{
    private static IEnumerable<LabTarget> NonTlsTargets(int basePort) =>
    [
        NonTls("echo", basePort + Echo, LabBehaviours.Echo, "in-process TCP (C#)",
            "plain TCP echo: every byte comes back, so a ClientHello returns as-is"),
        NonTls("nginx-plain-http", basePort + NginxPlainHttp, LabBehaviours.Http, "nginx",
            "plain HTTP/1.1 without TLS on a port a user may think is TLS: a ClientHello gets '400 Bad Request'"),
        NonTls("silent", basePort + Silent, LabBehaviours.Silent, "in-process TCP (C#)",
            "accepts, reads and discards, never sends a byte; closes after 120 s"),
        new LabTarget
        {
            Name = "closed",
            Port = basePort + Closed,
            Kind = LabTargetKind.Closed,
            Software = "(nothing listens)",
            Description = "a port that was bound, then released: connect() is refused",
            ExpectedProtocols = LabProtocols.None(),
            Behaviour = LabBehaviours.Closed,
        },
        NonTls("banner", basePort + Banner, LabBehaviours.Banner, "in-process TCP (C#)",
            "server speaks first: '220 localhost ESMTP …' at once, then '502 …' for each line (needs STARTTLS)"),
    ];

    private static LabTarget NonTls(string name, int port, string behaviour, string software, string description) => new()
    {
        Name = name,
        Port = port,
        Kind = LabTargetKind.NonTls,
        Software = software,
        Description = description,
        ExpectedProtocols = LabProtocols.None(),
        Behaviour = behaviour,
    };
}
