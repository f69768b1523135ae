using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Handshake;

/// <summary>
/// Handshake message framing, RFC 8446 §4 (struct { HandshakeType msg_type; uint24 length; body }) and reassembly
/// across records, RFC 8446 §5.1 ("Handshake messages MAY be coalesced into a single TLSPlaintext record or
/// fragmented across several records").
/// </summary>
public class HandshakeMessageTests
{
    internal static readonly byte[] CertificateStatus =
    [
        0x16,             // Handshake.msg_type = certificate_status(22)
        0x00, 0x00, 0x09, // Handshake.length = 9
        0x01,             //   CertificateStatus.status_type = ocsp(1)
        0x00, 0x00, 0x05, //   OCSPResponse length = 5
        0x30, 0x03,       //     OCSPResponse ::= SEQUENCE {
        0x0A, 0x01, 0x03, //       responseStatus ENUMERATED tryLater(3) }
    ];

    internal static readonly byte[] ServerHelloDoneMessage =
    [
        0x0E,             // Handshake.msg_type = server_hello_done(14)
        0x00, 0x00, 0x00, // Handshake.length = 0
    ];

    [Fact]
    public void TryParse_CertificateStatus_ReadsTypeAndBody()
    {
        var message = ParseAssert.Done(HandshakeMessage.TryParse(CertificateStatus), CertificateStatus.Length);

        Assert.Equal(HandshakeType.CertificateStatus, message.Type);
        Assert.Equal(CertificateStatus[HandshakeMessage.HeaderLength..], message.Body);
    }

    [Fact]
    public void TryParse_EmptyBody_Done()
    {
        var message = ParseAssert.Done(HandshakeMessage.TryParse(ServerHelloDoneMessage), 4);

        Assert.Equal(HandshakeType.ServerHelloDone, message.Type);
        Assert.Empty(message.Body);
    }

    [Fact]
    public void TryParse_TwoMessages_ConsumesOnlyTheFirst()
    {
        byte[] stream = [.. CertificateStatus, .. ServerHelloDoneMessage];

        ParseAssert.Done(HandshakeMessage.TryParse(stream), CertificateStatus.Length);
    }

    [Fact]
    public void TryParse_UnknownType_KeptAsItsNumber()
    {
        var message = ParseAssert.Done(HandshakeMessage.TryParse([0x63, 0x00, 0x00, 0x01, 0xAA]), 5);

        Assert.Equal((HandshakeType)0x63, message.Type);
    }

    [Fact]
    public void TryParse_EveryProperPrefix_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(CertificateStatus, bytes => HandshakeMessage.TryParse(bytes));

    [Fact]
    public void TryParse_LengthOverLimit_InvalidFromTheHeaderAlone()
    {
        byte[] header =
        [
            0x0B,             // certificate
            0x10, 0x00, 0x01, // length = 2^20 + 1
        ];

        ParseAssert.Invalid(HandshakeMessage.TryParse(header), "exceeds");
    }

    [Fact]
    public void Encode_Message_WritesHeaderAndBody()
    {
        var bytes = new HandshakeMessage(HandshakeType.CertificateStatus, CertificateStatus[4..]).Encode();

        Assert.Equal(CertificateStatus, bytes);
    }

    [Fact]
    public void Reassembler_MessageSplitAcrossThreeRecords_CompletesOnTheThird()
    {
        var reassembler = new HandshakeReassembler();

        var first = ParseAssert.Done(reassembler.Add(CertificateStatus.AsSpan(0, 2)), 2);       // type + 1 length byte
        var second = ParseAssert.Done(reassembler.Add(CertificateStatus.AsSpan(2, 5)), 5);      // rest of header + part of body
        Assert.Empty(first);
        Assert.Empty(second);
        Assert.Equal(7, reassembler.PendingBytes);

        var third = ParseAssert.Done(reassembler.Add(CertificateStatus.AsSpan(7)), CertificateStatus.Length - 7);

        var message = Assert.Single(third);
        Assert.Equal(HandshakeType.CertificateStatus, message.Type);
        Assert.Equal(CertificateStatus[4..], message.Body);
        Assert.Equal(0, reassembler.PendingBytes);
    }

    [Fact]
    public void Reassembler_TwoMessagesInOneRecord_ReturnsBothInOrder()
    {
        var reassembler = new HandshakeReassembler();
        byte[] record = [.. CertificateStatus, .. ServerHelloDoneMessage];

        var messages = ParseAssert.Done(reassembler.Add(record), record.Length);

        Assert.Equal([HandshakeType.CertificateStatus, HandshakeType.ServerHelloDone], messages.Select(m => m.Type));
        Assert.Equal(0, reassembler.PendingBytes);
    }

    [Fact]
    public void Reassembler_RecordEndingInsideTheSecondMessage_KeepsTheRestPending()
    {
        var reassembler = new HandshakeReassembler();

        var messages = ParseAssert.Done(reassembler.Add([.. ServerHelloDoneMessage, .. CertificateStatus[..3]]), 7);
        var rest = ParseAssert.Done(reassembler.Add(CertificateStatus.AsSpan(3)), CertificateStatus.Length - 3);

        Assert.Equal(HandshakeType.ServerHelloDone, Assert.Single(messages).Type);
        Assert.Equal(HandshakeType.CertificateStatus, Assert.Single(rest).Type);
    }

    [Fact]
    public void Reassembler_EveryProperPrefix_YieldsNoMessageAndKeepsEveryByte()
    {
        for (var length = 0; length < CertificateStatus.Length; length++)
        {
            var reassembler = new HandshakeReassembler();

            var messages = ParseAssert.Done(reassembler.Add(CertificateStatus.AsSpan(0, length)), length);

            Assert.Empty(messages);
            Assert.Equal(length, reassembler.PendingBytes);
        }
    }

    [Fact]
    public void Reassembler_OneByteAtATime_CompletesOnTheLastByte()
    {
        var reassembler = new HandshakeReassembler();
        var completed = new List<HandshakeMessage>();

        foreach (var b in CertificateStatus)
        {
            completed.AddRange(ParseAssert.Done(reassembler.Add([b]), 1));
        }

        Assert.Equal(HandshakeType.CertificateStatus, Assert.Single(completed).Type);
    }

    [Fact]
    public void Reassembler_OversizedMessageHeader_Invalid()
    {
        var reassembler = new HandshakeReassembler();

        ParseAssert.Invalid(reassembler.Add([0x0B, 0xFF, 0xFF, 0xFF]), "exceeds");
    }
}
