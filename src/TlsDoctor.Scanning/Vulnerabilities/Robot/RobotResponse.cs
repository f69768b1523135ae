using TlsDoctor.Tls.Alerts;

namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>What the server did after a query's ClientKeyExchange.</summary>
public enum RobotReaction : byte
{
    /// <summary>A TLS alert.</summary>
    Alert,
    /// <summary>A record that is not an alert (a server taking garbage as a Finished would answer with its own).</summary>
    OtherRecord,
    /// <summary>TCP FIN without a word.</summary>
    Closed,
    /// <summary>TCP RST.</summary>
    Reset,
    /// <summary>Nothing within the query's deadline: the server waits for more.</summary>
    Silence,
    /// <summary>Bytes that are not a TLS record, or too many of them.</summary>
    Malformed,
}

/// <summary>
/// The server's answer to one query, as compared between queries: the first reaction (and the alert), and for an
/// alert what the connection did next, since the paper found oracles in TCP behaviour too (FIN vs RST vs waiting).
/// </summary>
public sealed record RobotResponse(RobotReaction Reaction, AlertDescription? Alert = null, RobotReaction? Then = null)
{
    public override string ToString()
    {
        var first = Reaction switch
        {
            RobotReaction.Alert => $"alert {AlertDescriptions.Name(Alert ?? 0)}",
            RobotReaction.OtherRecord => "a non-alert record",
            RobotReaction.Closed => "close",
            RobotReaction.Reset => "reset",
            RobotReaction.Silence => "silence",
            _ => "malformed bytes",
        };
        return Then is { } then ? $"{first}, then {new RobotResponse(then)}" : first;
    }
}
