using TlsDoctor.Scanning.Probes;
using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Scanning.Transport.Tls12;

/// <summary>A handshake's outcome: the session, or why there is none (and the ServerHello, when one came).</summary>
public sealed record Tls12Handshake(Tls12Session? Session, ConnectionError? Error, ServerHello? ServerHello = null)
{
    public bool Succeeded => Session is not null;
}

public sealed partial class Tls12Session
{
    /// <summary>
    /// A hello this client can finish: <see cref="Offers.Legacy"/> for <paramref name="suites"/> (default: every suite
    /// we implement at the version, strongest first, as a browser orders them, so that servers that follow the
    /// client's order pick what real clients get) without encrypt_then_mac (we do MAC-then-encrypt only) or heartbeat.
    /// </summary>
    public static ClientHelloSpec Offer(TlsVersion version, string? serverName, IEnumerable<ushort>? suites = null) =>
        Offers.Legacy(version, suites ?? Strongest(version), serverName) with
        {
            EncryptThenMac = false,
            Heartbeat = false,
        };

    private static IEnumerable<ushort> Strongest(TlsVersion version) =>
        SuiteCrypto.Codes(version).Select(c => CipherSuites.Find(c)!).OrderBy(s => s, SuiteStrength.Comparer).Select(s => (ushort)s.Code);

    /// <summary>
    /// Sends the hello of <paramref name="spec"/> (a TLS 1.0–1.2 offer) and completes a full handshake (RFC 5246 §7.3):
    /// ServerHello … ServerHelloDone, then our [empty Certificate], ClientKeyExchange, ChangeCipherSpec, Finished, and
    /// the server's [NewSessionTicket], ChangeCipherSpec, Finished, whose verify_data we check.
    /// </summary>
    public static async Task<Tls12Handshake> HandshakeAsync(ProbeConnection connection, ClientHelloSpec spec, CancellationToken cancellationToken)
    {
        var hello = new ClientHelloBuilder().Build(spec);
        if (await connection.SendHelloAsync(hello, cancellationToken).ConfigureAwait(false) is { } sendError)
        {
            return new Tls12Handshake(null, sendError);
        }

        var state = new HandshakeState(spec, hello);
        while (true)
        {
            var read = await connection.ReadRecordAsync(cancellationToken).ConfigureAwait(false);
            if (read.Record is not { } record)
            {
                return state.Fail(read.Error!);
            }

            var plaintext = record.Fragment;
            if (state.ServerRead is { } protection)
            {
                if (protection.Open(record) is not { } opened)
                {
                    return state.Fail(new ConnectionError(ConnectionErrorKind.Malformed, "the server's Finished record did not decrypt: our keys disagree with the server's"));
                }

                plaintext = opened;
            }

            switch (record.Type)
            {
                case ContentType.Alert:
                    if (Alert.ParseFragment(plaintext) is not { IsDone: true } alert)
                    {
                        return state.Fail(new ConnectionError(ConnectionErrorKind.Malformed, "the server sent a malformed alert"));
                    }

                    if (alert.Value!.Level == AlertLevel.Warning && alert.Value.Description != AlertDescription.CloseNotify)
                    {
                        continue;
                    }

                    return state.Fail(new ConnectionError(ConnectionErrorKind.Alert, $"the server sent alert {FlightReader.AlertText(alert.Value.Description)}") { Alert = alert.Value.Description });
                case ContentType.ChangeCipherSpec:
                    if (state.ClientWrite is null || state.ServerRead is not null)
                    {
                        return state.Fail(new ConnectionError(ConnectionErrorKind.Malformed, "the server sent ChangeCipherSpec out of order"));
                    }

                    state.ServerRead = RecordProtection.Server(state.Version, state.Crypto!, state.Keys!);
                    continue;
                case ContentType.Handshake:
                    var messages = state.Reassembler.Add(plaintext);
                    if (!messages.IsDone)
                    {
                        return state.Fail(new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent a malformed handshake message: {messages.Error}"));
                    }

                    foreach (var message in messages.Value!)
                    {
                        var step = state.OnMessage(message);
                        if (step.Error is { } error)
                        {
                            return state.Fail(error);
                        }

                        if (step.Send is { } flight && await connection.SendAsync(flight, cancellationToken).ConfigureAwait(false) is { } flightError)
                        {
                            return state.Fail(flightError);
                        }

                        if (state.ServerVerifyData is not null)
                        {
                            return new Tls12Handshake(new Tls12Session(connection, state, state.ClientWrite!, state.ServerRead!), null, state.ServerHello);
                        }
                    }

                    continue;
                default:
                    return state.Fail(new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent {record.Type} during the handshake"));
            }
        }
    }
}
