namespace TlsDoctor.Lab.Scripted;

/// <summary>Whose preference picks the cipher suite when client and server share several.</summary>
public enum SuiteOrder : byte
{
    /// <summary>The first suite of the server's list that the client offers (OpenSSL's SSL_OP_CIPHER_SERVER_PREFERENCE).</summary>
    Server,

    /// <summary>The first suite of the client's list that the server has.</summary>
    Client,
}

/// <summary>
/// Hello extensions the scripted server answers. It answers one only when the client sent it (RFC 5246 §7.4.1.4:
/// a server must not send an extension the client did not offer); ec_point_formats is always answered for ECC suites.
/// </summary>
[Flags]
public enum ServerExtensions : byte
{
    None = 0,

    /// <summary>renegotiation_info (RFC 5746 §3.6), also answered to TLS_EMPTY_RENEGOTIATION_INFO_SCSV.</summary>
    RenegotiationInfo = 1 << 0,

    /// <summary>An empty session_ticket (RFC 5077 §3.2): the server would issue a ticket.</summary>
    SessionTicket = 1 << 1,

    /// <summary>extended_master_secret (RFC 7627 §5.1).</summary>
    ExtendedMasterSecret = 1 << 2,

    /// <summary>heartbeat with mode peer_allowed_to_send (RFC 6520 §2).</summary>
    Heartbeat = 1 << 3,

    All = RenegotiationInfo | SessionTicket | ExtendedMasterSecret | Heartbeat,
}

/// <summary>
/// Flaws a real server has had, emulated on the wire for vulnerability tests where no real server here can show
/// them. Each flag is handled after the first flight, in ScriptedConnection.Flaws.cs and a file of its own.
/// </summary>
[Flags]
public enum ServerBehaviours
{
    None = 0,

    /// <summary>CVE-2014-0160: answers a heartbeat request with as many bytes as it claims, not as it carries.</summary>
    Heartbleed = 1 << 0,

    /// <summary>CVE-2014-0224: accepts a ChangeCipherSpec before the key exchange.</summary>
    CcsInjection = 1 << 1,

    /// <summary>ROBOT: answers a ClientKeyExchange differently when the RSA PKCS#1 v1.5 padding is wrong.</summary>
    RobotOracle = 1 << 2,

    /// <summary>CVE-2016-9244: on resumption with a ticket, echoes a 32-byte session id whatever length the client sent.</summary>
    Ticketbleed = 1 << 3,
}

/// <summary>
/// A server that does not answer a ClientHello with TLS: each mode is a way a broken or hostile peer has been seen
/// to behave, so the scanner's handling of it can be tested (a clear failure, no exception, no hang).
/// </summary>
public enum HostileMode : byte
{
    /// <summary>A well-behaved server.</summary>
    None,

    /// <summary>Bytes that are no TLS record (an unknown content type), then close.</summary>
    Garbage,

    /// <summary>A TCP reset (RST) right after the hello.</summary>
    Reset,

    /// <summary>The first half of a ServerHello record, then close.</summary>
    TruncateMidRecord,

    /// <summary>A whole record carrying a ServerHello whose session id length overruns the message.</summary>
    MalformedServerHello,

    /// <summary>Nothing at all: the connection stays open and silent until the client gives up.</summary>
    Silent,
}
