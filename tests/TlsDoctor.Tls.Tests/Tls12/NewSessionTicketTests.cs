using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Tls.Tests.Tls12;

/// <summary>NewSessionTicket (RFC 5077 §3.3) parsing and writing.</summary>
public class NewSessionTicketTests
{
    [Fact]
    public void ParseBody_LifetimeAndTicket_AreRead()
    {
        byte[] body =
        [
            0x00, 0x00, 0x1C, 0x20,     // ticket_lifetime_hint = 7200
            0x00, 0x03,                 // ticket length
            0xAA, 0xBB, 0xCC,           // ticket
        ];

        var ticket = NewSessionTicket.ParseBody(body);

        Assert.True(ticket.IsDone);
        Assert.Equal(7200u, ticket.Value!.LifetimeHint);
        Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC }, ticket.Value.Ticket);
    }

    [Fact]
    public void ParseBody_EveryShortOrLongBody_IsMalformed()
    {
        byte[] body = [0, 0, 0, 1, 0, 2, 9, 9];
        for (var length = 0; length < body.Length; length++)
        {
            Assert.False(NewSessionTicket.ParseBody(body.AsSpan(0, length)).IsDone);
        }

        Assert.False(NewSessionTicket.ParseBody([.. body, 0]).IsDone);
    }

    [Fact]
    public void Encode_ThenParse_RoundTrips()
    {
        var message = new NewSessionTicket(300, [1, 2, 3, 4]).Encode();

        var framed = HandshakeMessage.TryParse(message);

        Assert.Equal(HandshakeType.NewSessionTicket, framed.Value!.Type);
        Assert.Equal(new NewSessionTicket(300, [1, 2, 3, 4]).Ticket, NewSessionTicket.ParseBody(framed.Value.Body).Value!.Ticket);
    }
}
