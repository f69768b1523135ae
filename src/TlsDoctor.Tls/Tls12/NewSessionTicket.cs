using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tls12;

/// <summary>A TLS 1.2 NewSessionTicket (RFC 5077 §3.3): the lifetime hint and the opaque ticket to resume with.</summary>
public sealed record NewSessionTicket(uint LifetimeHint, byte[] Ticket)
{
    // RFC 5077 §3.3:
    //   struct {
    //       uint32 ticket_lifetime_hint;
    //       opaque ticket<0..2^16-1>;
    //   } NewSessionTicket;

    /// <summary>Parses the message body; a body that does not hold exactly these fields is malformed.</summary>
    public static ParseResult<NewSessionTicket> ParseBody(ReadOnlySpan<byte> body)
    {
        var r = new WireReader(body);
        if (!r.TryReadUInt16(out var high) || !r.TryReadUInt16(out var low) || !r.TryReadVector(2, out var ticket) || !r.IsEmpty)
        {
            return ParseResult<NewSessionTicket>.Malformed("NewSessionTicket is not uint32 lifetime + ticket<0..2^16-1>");
        }

        return ParseResult<NewSessionTicket>.Ok(new NewSessionTicket(((uint)high << 16) | low, ticket.ToArray()), body.Length);
    }

    /// <summary>The whole handshake message, header included (what a server sends).</summary>
    public byte[] Encode()
    {
        var body = new WireWriter(Ticket.Length + 6);
        body.WriteUInt16((ushort)(LifetimeHint >> 16));   // ticket_lifetime_hint
        body.WriteUInt16((ushort)LifetimeHint);
        using (body.Vector(2))
        {
            body.WriteBytes(Ticket);                      // ticket
        }

        return new HandshakeMessage(HandshakeType.NewSessionTicket, body.ToArray()).Encode();
    }
}
