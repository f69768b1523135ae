using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>ServerHelloDone, RFC 5246 §7.4.5 (struct { } ServerHelloDone;).</summary>
public class ServerHelloDoneTests
{
    private static readonly byte[] Message = HandshakeMessageTests.ServerHelloDoneMessage;

    [Fact]
    public void TryParse_EmptyBody_Done() =>
        Assert.True(ParseAssert.Done(ServerHelloDone.TryParse(Message), Message.Length));

    [Fact]
    public void TryParse_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(Message, bytes => ServerHelloDone.TryParse(bytes));

    [Fact]
    public void TryParse_NonEmptyBody_Invalid()
    {
        byte[] message =
        [
            0x0E,             // server_hello_done
            0x00, 0x00, 0x01, // length = 1
            0x00,             // a body it must not have
        ];

        ParseAssert.Invalid(ServerHelloDone.TryParse(message), "must be empty");
    }

    [Fact]
    public void TryParse_OtherType_Invalid() =>
        ParseAssert.Invalid(ServerHelloDone.TryParse([0x00, 0x00, 0x00, 0x00]), "is not ServerHelloDone");
}
