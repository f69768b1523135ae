using TlsDoctor.Lab.Scripted.Flaws;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// <see cref="ServerBehaviours.Ticketbleed"/>: finish full handshakes and issue tickets; answer a hello that carries
/// one of them with an abbreviated handshake whose session id leaks (<see cref="TicketbleedResumption"/>).
/// </summary>
internal sealed partial class ScriptedConnection
{
    private byte[] _clientHelloMessage = [];
    private byte[] _firstFlight = [];
    private TicketbleedServer? _ticketbleed;

    /// <summary>Keeps the hello as the handshake transcript has it (from the records still in the buffer).</summary>
    private void KeepClientHello(byte[] helloRecords)
    {
        var handshake = new List<byte>();
        var offset = 0;
        while (TlsRecord.TryParse(helloRecords.AsSpan(offset)) is { IsDone: true } record && record.Value!.Type == ContentType.Handshake)
        {
            handshake.AddRange(record.Value.Fragment);
            offset += record.Consumed;
        }

        _clientHelloMessage = HandshakeMessage.TryParse([.. handshake]) is { IsDone: true } message ? message.Value!.Encode() : [];
    }

    /// <summary>For a Ticketbleed server, answers a resumption hello with one of its tickets; true when it did.</summary>
    private async Task<bool> TicketbleedResumeAsync(ReceivedHello hello)
    {
        if (!config.Behaviours.HasFlag(ServerBehaviours.Ticketbleed) || hello.Tls is not { } tls)
        {
            return false;
        }

        KeepClientHello(_buffer.AsSpan(0, _received).ToArray());
        if (TicketbleedResumption.Answer(tls, _clientHelloMessage, randomBytes(ServerHello.RandomLength)) is not { } answer)
        {
            return false;
        }

        await SendAsync(answer).ConfigureAwait(false);
        await DrainAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>One client record after the first flight, for the full handshake that issues the ticket; false ends the connection.</summary>
    private async Task<bool> OnTicketbleedRecordAsync(TlsRecord record)
    {
        _ticketbleed ??= TicketbleedServer.Start(keys, _clientHelloMessage, _firstFlight);
        if (_ticketbleed is null)
        {
            return false;
        }

        var (send, goOn) = _ticketbleed.OnRecord(record);
        if (send.Length > 0)
        {
            await SendAsync(send).ConfigureAwait(false);
        }

        return goOn;
    }
}
