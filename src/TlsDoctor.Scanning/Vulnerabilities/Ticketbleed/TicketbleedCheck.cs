using System.Security.Cryptography;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Transport.Tls12;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Ticketbleed;

/// <summary>
/// Ticketbleed (CVE-2016-9244, F5 BIG-IP): resuming with a session ticket and a session id shorter than 32 bytes,
/// the server echoes 32 bytes of session id, the rest read from uninitialised memory. We get a ticket with a full
/// handshake, then offer it on a second connection with a 16-byte session id: a 32-byte echo that starts with ours
/// is the leak. Two connections; the leaked bytes are not kept.
/// </summary>
public sealed class TicketbleedCheck : IVulnerabilityCheck
{
    /// <summary>Half of the 32 bytes a vulnerable server echoes, so that the leaked half shows.</summary>
    public const int SessionIdLength = 16;

    /// <summary>RFC 5246 §7.4.1.3: SessionID is opaque &lt;0..32&gt;; a vulnerable server always fills all 32.</summary>
    private const int ServerHelloSessionIdLength = 32;

    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Ticketbleed,
        "Ticketbleed",
        ["CVE-2016-9244"],
        Severity.High,
        "Update F5 BIG-IP to a fixed release (F5 K05121675), or disable session tickets on the affected virtual server's client SSL profile.",
        "F5 K05121675; Filippo Valsorda, \"Ticketbleed\" (2017)");

    public VulnerabilityInfo Info => Definition;

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        if (LegacySessionScope.Settle(Info, context.Scan, "the server speaks only TLS 1.3, whose resumption does not echo a session id from a ticket") is { } settled)
        {
            return settled;
        }

        var (ticket, version, suite, failure) = await TicketAsync(context, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (ticket is null)
        {
            return Result(VulnerabilityStatus.NotVulnerable, $"no session tickets: a full {version!.Value.Name()} handshake offering session_ticket got no NewSessionTicket", 1);
        }

        return await ResumeAsync(context, ticket, version!.Value, suite!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>First connection: a full handshake offering session_ticket (RFC 5077 §3.2); the ticket, if one came.</summary>
    private async Task<(byte[]? Ticket, TlsVersion? Version, CipherSuite? Suite, VulnerabilityResult? Failure)> TicketAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var (connection, error) = await context.Probe.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return (null, null, null, Result(VulnerabilityStatus.Unknown, $"could not connect: {error!.Message}", 1));
        }

        await using (connection.ConfigureAwait(false))
        {
            var spec = Tls12Session.Offer(TlsVersion.Tls12, context.Probe.ServerName) with { SessionTicket = true };
            var handshake = await Tls12Session.HandshakeAsync(connection, spec, cancellationToken).ConfigureAwait(false);
            if (handshake.Session is not { } session)
            {
                return (null, null, null, Result(VulnerabilityStatus.Unknown, $"could not complete a TLS 1.0–1.2 handshake to get a session ticket: {handshake.Error!.Message}", 1));
            }

            using (session)
            {
                var ticket = session.Ticket is { Ticket.Length: > 0 } t ? t.Ticket : null;
                await session.CloseAsync(cancellationToken).ConfigureAwait(false);
                return (ticket, session.Version, session.Suite, null);
            }
        }
    }

    /// <summary>Second connection: the ticket with a 16-byte session id; a resuming server echoes that id (RFC 5077 §3.4).</summary>
    private async Task<VulnerabilityResult> ResumeAsync(VulnerabilityContext context, byte[] ticket, TlsVersion version, CipherSuite suite, CancellationToken cancellationToken)
    {
        var (connection, error) = await context.Probe.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return Result(VulnerabilityStatus.Unknown, $"got a session ticket, but could not connect again to offer it: {error!.Message}", 2);
        }

        await using (connection.ConfigureAwait(false))
        {
            var sessionId = RandomNumberGenerator.GetBytes(SessionIdLength);
            var spec = Tls12Session.Offer(version, context.Probe.ServerName, [(ushort)suite.Code]) with
            {
                SessionTicket = false, // the extension goes in below, carrying the ticket
                SessionId = sessionId,
                ExtraExtensions = [new Extension((ushort)ExtensionType.SessionTicket, ticket)],
            };
            var flight = await connection.HelloAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
            if (flight.Hello is not { } hello)
            {
                return Result(VulnerabilityStatus.Unknown, $"offering the session ticket got no ServerHello: {flight.Error?.Message ?? "no answer"}", 2);
            }

            var echoed = hello.SessionId;
            var offer = $"a {version.Name()} hello with the server's session ticket and a {SessionIdLength}-byte session id";
            if (echoed.Length == ServerHelloSessionIdLength && echoed.AsSpan(0, SessionIdLength).SequenceEqual(sessionId))
            {
                return Result(VulnerabilityStatus.Vulnerable,
                    $"{offer} got a ServerHello whose session id is 32 bytes: our {SessionIdLength} followed by {ServerHelloSessionIdLength - SessionIdLength} bytes of the server's memory (not kept)", 2);
            }

            if (echoed.AsSpan().SequenceEqual(sessionId))
            {
                return Result(VulnerabilityStatus.NotVulnerable, $"{offer} was resumed, and the ServerHello echoed exactly our {SessionIdLength}-byte session id", 2);
            }

            return Result(VulnerabilityStatus.NotVulnerable,
                $"{offer} was not resumed from the ticket (the ServerHello carries a {echoed.Length}-byte session id of its own), so the echo Ticketbleed leaks through never happens", 2);
        }
    }

    private VulnerabilityResult Result(VulnerabilityStatus status, string evidence, int connections) => new(Info, status, evidence) { Connections = connections };
}
