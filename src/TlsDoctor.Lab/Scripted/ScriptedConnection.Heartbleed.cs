using TlsDoctor.Tls.Heartbeat;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// Heartbeats after the flight (RFC 6520), for a server that answered the heartbeat extension. Without the flaw:
/// answer a well-formed request with its payload and fresh padding, drop anything else in silence (§4). With
/// <see cref="ServerBehaviours.Heartbleed"/>: trust payload_length, as OpenSSL 1.0.1–1.0.1f did (CVE-2014-0160),
/// and answer with as many bytes as claimed, the missing ones taken from "memory".
/// </summary>
internal sealed partial class ScriptedConnection
{
    /// <summary>The server's "memory" past the request: a fixed, recognisable pattern, so tests are exact.</summary>
    private static readonly byte[] Memory = [.. System.Text.Encoding.ASCII.GetBytes("scripted server memory, not a secret; ")];

    /// <summary>RFC 6520 §2–3: heartbeats are only for a peer that negotiated the extension, and only over TLS.</summary>
    private bool IsHeartbeat(TlsRecord record) =>
        record.Type == ContentType.Heartbeat && _agreed?.Extensions.Any(e => e.Type == (ushort)ExtensionType.Heartbeat) == true;

    private async Task<bool> OnHeartbeatAsync(TlsRecord record)
    {
        var parsed = HeartbeatMessage.TryParse(record.Fragment);
        if (!parsed.IsDone || parsed.Value!.Type != HeartbeatMessageType.Request)
        {
            return true; // §4: responses we did not ask for, unknown types and stubs are discarded silently
        }

        var request = parsed.Value;
        var bleeds = config.Behaviours.HasFlag(ServerBehaviours.Heartbleed);
        if (!request.IsWellFormed && !bleeds)
        {
            return true; // §4: "If the payload_length … is too large, the received HeartbeatMessage MUST be discarded silently."
        }

        // The vulnerable server copies payload_length bytes from where the payload starts, past the record's end
        // when it claims more than it carries; we cap the answer at the §4 limit of 2^14 bytes.
        var length = Math.Min(request.PayloadLength, HeartbeatMessage.MaxPayloadLength);
        var payload = new byte[length];
        var carried = record.Fragment.AsSpan(HeartbeatMessage.HeaderLength);
        carried[..Math.Min(length, carried.Length)].CopyTo(payload);
        for (var i = carried.Length; i < length; i++)
        {
            payload[i] = Memory[(i - carried.Length) % Memory.Length];
        }

        var response = HeartbeatMessage.Encode(HeartbeatMessageType.Response, payload, randomBytes(HeartbeatMessage.MinPaddingLength));
        await SendAsync(TlsRecord.Encode(ContentType.Heartbeat, (ushort)_agreed!.Version, response)).ConfigureAwait(false);
        return true;
    }
}
