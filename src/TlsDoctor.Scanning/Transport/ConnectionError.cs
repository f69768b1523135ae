using TlsDoctor.Tls.Alerts;

namespace TlsDoctor.Scanning.Transport;

/// <summary>
/// Why a connection or handshake attempt did not give a ServerHello: the small typed tree that every
/// probe reports instead of throwing (STYLE.md #7).
/// </summary>
public enum ConnectionErrorKind : byte
{
    /// <summary>The host name did not resolve.</summary>
    DnsFailure,
    /// <summary>The port answered with a reset: nothing listens there.</summary>
    Refused,
    /// <summary>No answer to the TCP connect within the deadline (filtered or down).</summary>
    ConnectTimeout,
    /// <summary>The host or network is unreachable.</summary>
    Unreachable,
    /// <summary>Connected, but no reply to our hello within the read deadline.</summary>
    ReadTimeout,
    /// <summary>The peer reset the connection after our hello.</summary>
    Reset,
    /// <summary>The peer closed the connection without a word.</summary>
    Closed,
    /// <summary>The peer answered, but not in TLS (see <see cref="ConnectionError.Service"/>).</summary>
    NotTls,
    /// <summary>The peer sent a TLS alert.</summary>
    Alert,
    /// <summary>The peer sent TLS that does not parse.</summary>
    Malformed,
    /// <summary>The peer sent more than the per-connection byte budget.</summary>
    ByteBudgetExceeded,
}

/// <summary>What a non-TLS peer appears to be, from its first bytes.</summary>
public enum ServiceKind : byte
{
    Unknown, Http, Ssh, Smtp, Ftp, Pop3, Imap, Echo, Xmpp, Rdp,
}

/// <summary>One failed attempt: the kind, a one-line cause for humans and the details that tell it apart.</summary>
public sealed record ConnectionError(ConnectionErrorKind Kind, string Message)
{
    /// <summary>The alert, when <see cref="Kind"/> is <see cref="ConnectionErrorKind.Alert"/>.</summary>
    public AlertDescription? Alert { get; init; }

    /// <summary>What the peer seems to be, when <see cref="Kind"/> is <see cref="ConnectionErrorKind.NotTls"/>.</summary>
    public ServiceKind Service { get; init; }

    /// <summary>The peer's first bytes as printable text, when it spoke something other than TLS.</summary>
    public string? Sample { get; init; }

    /// <summary>True for errors that say the server is there and speaks TLS but refused this offer.</summary>
    public bool IsTlsRefusal => Kind is ConnectionErrorKind.Alert
        || (Kind is ConnectionErrorKind.Reset or ConnectionErrorKind.Closed);

    public override string ToString() => Message;
}
