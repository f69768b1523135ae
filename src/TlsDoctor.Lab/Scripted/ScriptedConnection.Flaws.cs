using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// After the first flight of a TLS handshake: read the client's records one by one (same deadline and byte cap as
/// the hello) and let each emulated flaw — or, without the flaw, the behaviour the RFC asks for — answer the ones
/// it is about. Records nobody claims are dropped, as the plain scripted server drops everything after its flight.
/// </summary>
internal sealed partial class ScriptedConnection
{
    private async Task FlawsAsync(ReceivedHello hello)
    {
        _received = 0;
        while (true)
        {
            var parsed = TlsRecord.TryParse(_buffer.AsSpan(0, _received));
            if (parsed.Status == ParseStatus.Invalid)
            {
                return;
            }

            if (parsed.Status == ParseStatus.NeedMoreData)
            {
                if (!await ReadMoreAsync().ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var record = parsed.Value!;
            _buffer.AsSpan(parsed.Consumed, _received - parsed.Consumed).CopyTo(_buffer);
            _received -= parsed.Consumed;
            if (!await OnFlawRecordAsync(hello, record).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Gives one record to the configured flaws; false ends the connection.</summary>
    private async Task<bool> OnFlawRecordAsync(ReceivedHello hello, TlsRecord record)
    {
        if (config.Behaviours.HasFlag(ServerBehaviours.Ticketbleed))
        {
            return await OnTicketbleedRecordAsync(record).ConfigureAwait(false);
        }

        _ = hello;
        NoteKeyExchange(record);
        if (config.Behaviours.HasFlag(ServerBehaviours.RobotOracle) && !await OnRobotRecordAsync(record).ConfigureAwait(false))
        {
            return false;
        }

        if (IsHeartbeat(record)) return await OnHeartbeatAsync(record).ConfigureAwait(false);
        if (IsChangeCipherSpecOrAfter(record)) return await OnChangeCipherSpecAsync(record).ConfigureAwait(false);
        return await OnUnfinishableAsync(record).ConfigureAwait(false);
    }

    private bool _clientCcsSeen;

    /// <summary>
    /// The scripted server keeps no record keys unless a flaw needs them, so it cannot check the client's Finished:
    /// it refuses it at once with a fatal handshake_failure rather than going silent, so a client (our own TLS 1.2
    /// session, the renegotiation and Ticketbleed checks) learns at once that no handshake completes here instead of
    /// waiting out its read deadline.
    /// </summary>
    private async Task<bool> OnUnfinishableAsync(TlsRecord record)
    {
        if (record.Type == ContentType.ChangeCipherSpec)
        {
            _clientCcsSeen = true;
            return true;
        }

        if (!_clientCcsSeen || _agreed is null)
        {
            return true;
        }

        await SendAsync(new Alert(AlertLevel.Fatal, AlertDescription.HandshakeFailure).Encode((ushort)_agreed.Version)).ConfigureAwait(false);
        return false;
    }
}
