using TlsDoctor.Tls;
using TlsDoctor.Tls.Records;

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
        return true;
    }
}
