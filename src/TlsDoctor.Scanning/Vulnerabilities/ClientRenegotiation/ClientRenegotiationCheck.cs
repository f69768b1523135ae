using TlsDoctor.Scanning.Transport;
using TlsDoctor.Scanning.Transport.Tls12;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.ClientRenegotiation;

/// <summary>
/// Client-initiated renegotiation: after a full handshake at the server's highest TLS ≤ 1.2 version, send a new
/// ClientHello inside the encrypted channel, with renegotiation_info carrying our Finished verify_data (RFC 5746
/// §3.5). A ServerHello back means any client may make the server redo the expensive half of a handshake on one
/// connection, as often as it likes: a denial-of-service lever (CVE-2011-1473, the THC-SSL-DOS tool). One
/// connection, one renegotiation attempt.
/// </summary>
public sealed class ClientRenegotiationCheck : IVulnerabilityCheck
{
    /// <summary>How many records after our hello we read looking for the answer (application data may come first).</summary>
    private const int MaxRecords = 8;

    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.ClientRenegotiation,
        "Client-initiated renegotiation",
        ["CVE-2011-1473"],
        Severity.Medium,
        "Turn off client-initiated renegotiation in the server or its TLS library (the default in OpenSSL 3.0 and later, nginx, and current Apache, IIS and Java releases); a server that needs renegotiation, e.g. to ask for a client certificate, can still start it itself.",
        "CVE-2011-1473; THC-SSL-DOS (2011); RFC 5746 §3.5");

    public VulnerabilityInfo Info => Definition;

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        if (LegacySessionScope.Settle(Info, context.Scan, "the server speaks only TLS 1.3, which has no renegotiation") is { } settled)
        {
            return settled;
        }

        var (connection, error) = await context.Probe.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return Result(VulnerabilityStatus.Unknown, $"could not connect: {error!.Message}");
        }

        await using (connection.ConfigureAwait(false))
        {
            var handshake = await Tls12Session.HandshakeAsync(connection, Tls12Session.Offer(TlsVersion.Tls12, context.Probe.ServerName), cancellationToken).ConfigureAwait(false);
            if (handshake.Session is not { } session)
            {
                return Result(VulnerabilityStatus.Unknown, $"could not complete a TLS 1.0–1.2 handshake to try renegotiation: {handshake.Error!.Message}");
            }

            using (session)
            {
                var result = await RenegotiateAsync(session, context.Probe.ServerName, cancellationToken).ConfigureAwait(false);
                await session.CloseAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private async Task<VulnerabilityResult> RenegotiateAsync(Tls12Session session, string? serverName, CancellationToken cancellationToken)
    {
        var where = $"after a {session.Version.Name()} handshake ({session.Suite.IanaName})";
        var hello = new ClientHelloBuilder().Build(RenegotiationHello(session, serverName));
        if (await session.SendHandshakeAsync(hello.Handshake, cancellationToken).ConfigureAwait(false) is { } sendError)
        {
            return Result(VulnerabilityStatus.NotVulnerable, $"{where}, the server closed the connection when we sent a renegotiation ClientHello ({sendError.Message})");
        }

        for (var i = 0; i < MaxRecords; i++)
        {
            var read = await session.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
            if (read.Error is { } readError)
            {
                return readError.Kind switch
                {
                    ConnectionErrorKind.Closed or ConnectionErrorKind.Reset => Result(VulnerabilityStatus.NotVulnerable,
                        $"{where}, the server closed the connection on our encrypted renegotiation ClientHello: client-initiated renegotiation refused"),
                    ConnectionErrorKind.ReadTimeout => Result(VulnerabilityStatus.NotVulnerable,
                        $"{where}, the server ignored our encrypted renegotiation ClientHello (no answer within the read deadline)"),
                    _ => Result(VulnerabilityStatus.Unknown, $"{where}, reading the answer to our renegotiation ClientHello failed: {readError.Message}"),
                };
            }

            if (read.Alert is { } alert)
            {
                return Result(VulnerabilityStatus.NotVulnerable,
                    $"{where}, the server answered our encrypted renegotiation ClientHello with the {(alert.Level == AlertLevel.Warning ? "warning" : "fatal")} alert {FlightReader.AlertText(alert.Description)}: client-initiated renegotiation refused");
            }

            if (read.Type == ContentType.Handshake && read.Content.Length > 0 && read.Content[0] == (byte)HandshakeType.ServerHello)
            {
                return Result(VulnerabilityStatus.Vulnerable,
                    $"{where}, the server answered our encrypted renegotiation ClientHello (renegotiation_info with our verify_data, RFC 5746 §3.5) with a ServerHello: any client may make it redo a full handshake on one connection, again and again, a denial-of-service lever (testssl.sh reports this the same way)");
            }
        }

        return Result(VulnerabilityStatus.Unknown, $"{where}, the server sent {MaxRecords} records but neither a ServerHello nor a refusal");
    }

    /// <summary>The renegotiation hello: the session's version and suite, renegotiation_info = client_verify_data (RFC 5746 §3.5).</summary>
    private static ClientHelloSpec RenegotiationHello(Tls12Session session, string? serverName) =>
        Tls12Session.Offer(session.Version, serverName, [(ushort)session.Suite.Code]) with
        {
            RenegotiationInfo = false,
            ExtraExtensions = [new Extension((ushort)ExtensionType.RenegotiationInfo, [(byte)session.ClientVerifyData.Length, .. session.ClientVerifyData])],
        };

    private VulnerabilityResult Result(VulnerabilityStatus status, string evidence) => new(Info, status, evidence) { Connections = 1 };
}
