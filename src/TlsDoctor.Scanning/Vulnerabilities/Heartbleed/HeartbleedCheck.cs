using TlsDoctor.Scanning.Probes;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Heartbeat;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Heartbleed;

/// <summary>
/// Heartbleed (CVE-2014-0160): OpenSSL 1.0.1–1.0.1f answered a heartbeat request with as many bytes as its
/// payload_length claimed, read from past the request. One connection: a hello offering heartbeat at the highest
/// TLS ≤ 1.2 version, the flight to ServerHelloDone, then a request that claims one byte more than it carries.
/// </summary>
/// <remarks>
/// testssl.sh sends a 3-byte request claiming 16384 bytes (a vulnerable server leaks 16 KiB); sslyze, after
/// Mozilla's "testing without exploiting", sends a payload without its padding. We carry a 16-byte payload and
/// claim 17: the request breaks RFC 6520 §4 (too short even before the missing padding), a patched server drops
/// it, and a vulnerable one must copy exactly one byte from beyond our record to answer — the least that shows
/// the over-read. The answer's bytes are not kept; the evidence says how many came back.
/// </remarks>
public sealed class HeartbleedCheck : IVulnerabilityCheck
{
    /// <summary>The payload we carry: recognisable in a capture, and 16 bytes like the minimum padding.</summary>
    public static ReadOnlySpan<byte> Payload => "TlsDoctor hb chk"u8;

    /// <summary>Bytes claimed beyond what we carry: one, the least that makes a vulnerable server read past the record.</summary>
    public const int OverClaim = 1;

    public VulnerabilityInfo Info { get; } = new(
        VulnerabilityIds.Heartbleed,
        "Heartbleed",
        ["CVE-2014-0160"],
        Severity.Critical,
        "Upgrade OpenSSL to 1.0.1g or later (or build it without heartbeats), then replace the private key, reissue the certificate and revoke the old one: the key may have leaked.",
        "OpenSSL Security Advisory 2014-04-07 (https://www.openssl.org/news/secadv/20140407.txt); RFC 6520 §4");

    /// <summary>The request record's fragment: type request, payload_length 17, the 16-byte payload, no padding.</summary>
    public static byte[] Request() =>
        HeartbeatMessage.EncodeAsClaimed(HeartbeatMessageType.Request, (ushort)(Payload.Length + OverClaim), Payload);

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        if (AfterServerFlight.LegacyVersion(context.Scan) is not { } version)
        {
            // NotVulnerable, not NotApplicable: the server was looked at, and the flaw cannot be reached on it.
            return AfterServerFlight.WithoutLegacy(context.Scan) switch
            {
                OtherVersions.Tls13 => Result(VulnerabilityStatus.NotVulnerable,
                    "The server speaks only TLSv1.3: the flaw is in OpenSSL 1.0.1–1.0.1f's heartbeat code, and those versions never spoke TLS 1.3, so no heartbeat was sent.", 0),
                OtherVersions.SslV2Only => Result(VulnerabilityStatus.NotVulnerable,
                    "The server speaks only SSLv2, which has no extensions and no heartbeat record type: the flaw cannot be reached, so no heartbeat was sent.", 0),
                _ => Result(VulnerabilityStatus.Unknown, "The scan found no protocol version to test with.", 0),
            };
        }

        var spec = Offers.Legacy(version, AfterServerFlight.Suites(context.Scan, version), context.Probe.ServerName) with { Heartbeat = true };
        var opened = await AfterServerFlight.OpenAsync(context.Probe, spec, cancellationToken).ConfigureAwait(false);
        if (opened.Connection is not { } connection)
        {
            return Result(VulnerabilityStatus.Unknown, $"{AfterServerFlight.Capitalised(opened.Failure!)}.", 1);
        }

        await using (connection.ConfigureAwait(false))
        {
            var negotiated = opened.Flight!.Version ?? version;
            if (!opened.Flight.Hello!.Has(ExtensionType.Heartbeat))
            {
                return Result(VulnerabilityStatus.NotVulnerable,
                    $"The server did not answer the heartbeat extension in its {negotiated.Name()} ServerHello (RFC 6520 §2), so it takes no heartbeat messages.", 1);
            }

            var request = Request();
            var sendError = await connection.SendAsync(TlsRecord.Encode(ContentType.Heartbeat, (ushort)negotiated, request), cancellationToken).ConfigureAwait(false);
            if (sendError is not null)
            {
                return Result(VulnerabilityStatus.Unknown, $"Could not send the heartbeat request: {sendError.Message}.", 1);
            }

            var (status, evidence) = await AnswerAsync(connection, request.Length, opened.AnswerTimeout, cancellationToken).ConfigureAwait(false);
            return Result(status, $"At {negotiated.Name()} we sent a {request.Length}-byte heartbeat request carrying {Payload.Length} payload bytes but claiming {Payload.Length + OverClaim}; {evidence}", 1);
        }
    }

    /// <summary>Reads the server's answer to the request: a heartbeat response, an alert, a close, or silence.</summary>
    private static async Task<(VulnerabilityStatus, string)> AnswerAsync(ProbeConnection connection, int sent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        for (var i = 0; i < AfterServerFlight.MaxRecordsPerAnswer; i++)
        {
            var read = await connection.ReadRecordAsync(cancellationToken, timeout).ConfigureAwait(false);
            if (read.TimedOut)
            {
                return (VulnerabilityStatus.NotVulnerable, $"no answer within {timeout.TotalSeconds:0.#} s: the server discarded it, as RFC 6520 §4 requires.");
            }

            if (read.ConnectionEnded)
            {
                return (VulnerabilityStatus.NotVulnerable, $"the server {(read.Error!.Kind == Transport.ConnectionErrorKind.Reset ? "reset" : "closed")} the connection without answering it.");
            }

            if (read.Record is not { } record)
            {
                return (VulnerabilityStatus.Unknown, $"reading the answer failed: {read.Error?.Message}.");
            }

            if (record.Type == ContentType.Alert && Alert.ParseFragment(record.Fragment) is { IsDone: true } alert)
            {
                return (VulnerabilityStatus.NotVulnerable, $"the server refused it with {AfterServerFlight.Describe(alert.Value!)}.");
            }

            if (record.Type == ContentType.Heartbeat && HeartbeatMessage.TryParse(record.Fragment) is { IsDone: true } answer
                && answer.Value!.Type == HeartbeatMessageType.Response)
            {
                // Only lengths are kept: the bytes past our payload are the server's memory.
                var response = answer.Value;
                return record.Fragment.Length > sent
                    ? (VulnerabilityStatus.Vulnerable,
                        $"the server answered with a {record.Fragment.Length}-byte heartbeat response claiming {response.PayloadLength} payload bytes, "
                        + $"{record.Fragment.Length - sent} more than we sent: it read past our request (the bytes were discarded, not stored).")
                    : (VulnerabilityStatus.NotVulnerable,
                        $"the server answered with a {record.Fragment.Length}-byte heartbeat response, no longer than our request: it did not read past it.");
            }
        }

        return (VulnerabilityStatus.Unknown, $"the server sent {AfterServerFlight.MaxRecordsPerAnswer} records that were no answer to the heartbeat.");
    }

    private VulnerabilityResult Result(VulnerabilityStatus status, string evidence, int connections) =>
        new(Info, status, evidence) { Connections = connections };
}
