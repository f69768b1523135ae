using System.Net;
using TlsDoctor.Lab.Scripted;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Heartbeat;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.ScriptedServer;

/// <summary>
/// What the scripted server does with records after its flight: heartbeats (RFC 6520 §4, and Heartbleed when
/// configured) and a ChangeCipherSpec before the key exchange (RFC 5246 §7.1, and CCS injection when configured).
/// </summary>
public sealed class ScriptedServerAfterFlightTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private static ScriptedServerConfig WithHeartbeat => ScriptedChains.Rsa with { Extensions = ServerExtensions.All };

    [Fact]
    public async Task Heartbeat_WellFormedRequestWithoutTheFlaw_AnsweredWithThePayloadAndFreshPadding()
    {
        byte[] payload = [1, 2, 3, 4, 5];
        var request = HeartbeatMessage.Encode(HeartbeatMessageType.Request, payload, new byte[HeartbeatMessage.MinPaddingLength]);

        var answer = await AfterFlightAsync(WithHeartbeat, Record(ContentType.Heartbeat, request));

        var record = Assert.IsType<TlsRecord>(answer.Record);
        Assert.Equal(ContentType.Heartbeat, record.Type);
        Assert.Equal((ushort)TlsVersion.Tls12, record.Version);
        var response = HeartbeatMessage.TryParse(record.Fragment).Value!;
        Assert.Equal(HeartbeatMessageType.Response, response.Type);
        Assert.Equal(payload.Length, response.PayloadLength);
        Assert.Equal(payload, record.Fragment[HeartbeatMessage.HeaderLength..(HeartbeatMessage.HeaderLength + payload.Length)]);
        Assert.Equal(HeartbeatMessage.HeaderLength + payload.Length + HeartbeatMessage.MinPaddingLength, record.Fragment.Length);
    }

    [Fact]
    public async Task Heartbeat_OverClaimingRequestWithoutTheFlaw_DiscardedSilently()
    {
        var request = HeartbeatMessage.EncodeAsClaimed(HeartbeatMessageType.Request, 17, new byte[16]);

        var answer = await AfterFlightAsync(WithHeartbeat, Record(ContentType.Heartbeat, request));

        Assert.True(answer.TimedOut, $"expected silence, got {answer.Record?.Type} {answer.Error?.Message}");
    }

    [Fact]
    public async Task Heartbeat_ServerThatDidNotAnswerTheExtension_DiscardsEvenAWellFormedRequest()
    {
        var request = HeartbeatMessage.Encode(HeartbeatMessageType.Request, [1], new byte[HeartbeatMessage.MinPaddingLength]);

        var answer = await AfterFlightAsync(ScriptedChains.Rsa with { Behaviours = ServerBehaviours.Heartbleed }, Record(ContentType.Heartbeat, request));

        Assert.True(answer.TimedOut);
    }

    [Fact]
    public async Task Heartbeat_ScriptedHeartbleedOverClaim_AnswersTheClaimFromMemoryCappedAtTwoToTheFourteen()
    {
        // testssl.sh's request: nothing carried, 16384 claimed. The answer stops at RFC 6520's 2^14 total.
        var request = HeartbeatMessage.EncodeAsClaimed(HeartbeatMessageType.Request, 0x4000, []);

        var answer = await AfterFlightAsync(WithHeartbeat with { Behaviours = ServerBehaviours.Heartbleed }, Record(ContentType.Heartbeat, request));

        var record = Assert.IsType<TlsRecord>(answer.Record);
        Assert.Equal(ContentType.Heartbeat, record.Type);
        Assert.Equal(HeartbeatMessage.MaxLength, record.Fragment.Length);
        Assert.Equal(HeartbeatMessage.MaxPayloadLength, HeartbeatMessage.TryParse(record.Fragment).Value!.PayloadLength);
        Assert.StartsWith("scripted server memory, not a secret; scripted", System.Text.Encoding.ASCII.GetString(record.Fragment, HeartbeatMessage.HeaderLength, 48), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeat_ScriptedHeartbleedWellFormedRequest_AnsweredCorrectly()
    {
        byte[] payload = [9, 8, 7];
        var request = HeartbeatMessage.Encode(HeartbeatMessageType.Request, payload, new byte[HeartbeatMessage.MinPaddingLength]);

        var answer = await AfterFlightAsync(WithHeartbeat with { Behaviours = ServerBehaviours.Heartbleed }, Record(ContentType.Heartbeat, request));

        var record = Assert.IsType<TlsRecord>(answer.Record);
        Assert.Equal(HeartbeatMessage.HeaderLength + payload.Length + HeartbeatMessage.MinPaddingLength, record.Fragment.Length);
        Assert.Equal(payload, record.Fragment[HeartbeatMessage.HeaderLength..(HeartbeatMessage.HeaderLength + payload.Length)]);
    }

    [Fact]
    public async Task ChangeCipherSpec_EarlyWithoutTheFlaw_FatalUnexpectedMessageThenClose()
    {
        var (answer, next) = await AfterFlightTwiceAsync(ScriptedChains.Rsa, ChangeCipherSpec.Encode((ushort)TlsVersion.Tls12));

        Assert.Equal(new Alert(AlertLevel.Fatal, AlertDescription.UnexpectedMessage), Alert.ParseFragment(answer.Record!.Fragment).Value);
        Assert.True(next.ConnectionEnded);
    }

    [Fact]
    public async Task ChangeCipherSpec_EarlyWithTheFlaw_SilentThenTheNextRecordFailsDecryption()
    {
        var config = ScriptedChains.Rsa with { Suites = [0x002F], Behaviours = ServerBehaviours.CcsInjection };
        var ccs = ChangeCipherSpec.Encode((ushort)TlsVersion.Tls12);

        var (answer, next) = await AfterFlightTwiceAsync(config, ccs, ccs);

        Assert.True(answer.TimedOut);
        Assert.Equal(new Alert(AlertLevel.Fatal, AlertDescription.DecryptionFailed), Alert.ParseFragment(next.Record!.Fragment).Value);
    }

    [Fact]
    public async Task ChangeCipherSpec_AfterAClientKeyExchange_IsNotEarlyAndDrawsNoAlert()
    {
        // A CCS in its place (after ClientKeyExchange) is no injection; the server, which cannot finish handshakes,
        // drops it like any record no flaw claims.
        byte[] clientKeyExchange = [(byte)HandshakeType.ClientKeyExchange, 0x00, 0x00, 0x02, 0x00, 0x00];
        byte[] both = [.. Record(ContentType.Handshake, clientKeyExchange), .. ChangeCipherSpec.Encode((ushort)TlsVersion.Tls12)];

        var answer = await AfterFlightAsync(ScriptedChains.Rsa with { Behaviours = ServerBehaviours.CcsInjection }, both);

        Assert.True(answer.TimedOut);
    }

    private static byte[] Record(ContentType type, byte[] fragment) => TlsRecord.Encode(type, (ushort)TlsVersion.Tls12, fragment);

    /// <summary>Hello, the flight to ServerHelloDone, then <paramref name="bytes"/>; returns the first record (or silence) that follows.</summary>
    private static async Task<RecordRead> AfterFlightAsync(ScriptedServerConfig config, byte[] bytes) =>
        (await AfterFlightTwiceAsync(config, bytes)).First;

    /// <summary>As <see cref="AfterFlightAsync"/>, then sends <paramref name="second"/> (if any) and reads once more.</summary>
    private static async Task<(RecordRead First, RecordRead Second)> AfterFlightTwiceAsync(ScriptedServerConfig config, byte[] bytes, byte[]? second = null)
    {
        var server = new Lab.Scripted.ScriptedServer(config);
        await using (server.ConfigureAwait(false))
        {
            using var gate = new SemaphoreSlim(1);
            var target = new ScanTarget("127.0.0.1", server.Port, "localhost");
            var probe = new ProbeContext(target, new IPEndPoint(IPAddress.Loopback, server.Port), ScriptedScan.Options, gate, new ClientHelloBuilder());
            var (connection, error) = await probe.OpenAsync(CancellationToken.None);
            Assert.Null(error);
            Assert.NotNull(connection);
            await using (connection.ConfigureAwait(false))
            {
                var spec = Offers.Legacy(TlsVersion.Tls12, config.Suites, "localhost") with { Heartbeat = true };
                var flight = await connection.HelloAsync(spec, FlightDepth.Plaintext, CancellationToken.None);
                Assert.True(flight.Complete, flight.Error?.Message);
                Assert.Null(await connection.SendAsync(bytes, CancellationToken.None));
                var first = await connection.ReadRecordAsync(CancellationToken.None, Quiet);
                if (second is not null)
                {
                    Assert.Null(await connection.SendAsync(second, CancellationToken.None));
                }

                var next = await connection.ReadRecordAsync(CancellationToken.None, Quiet);
                Assert.Empty(server.Faults);
                return (first, next);
            }
        }
    }
}
