using TlsDoctor.Tls.Heartbeat;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Heartbeat;

/// <summary>HeartbeatMessage, RFC 6520 §4: header, the claim against what the record carries, and the encoders.</summary>
public class HeartbeatMessageTests
{
    /// <summary>The Heartbleed check's request: 16 payload bytes, a claim of 17, no padding.</summary>
    internal static readonly byte[] OverClaimingRequest =
    [
        0x01,                   // HeartbeatMessage.type = heartbeat_request(1)
        0x00, 0x11,             // HeartbeatMessage.payload_length = 17
        (byte)'T', (byte)'l', (byte)'s', (byte)'D', (byte)'o', (byte)'c', (byte)'t', (byte)'o', // payload[0..7]
        (byte)'r', (byte)' ', (byte)'h', (byte)'b', (byte)' ', (byte)'c', (byte)'h', (byte)'k', // payload[8..15]; no padding
    ];

    [Fact]
    public void EncodeAsClaimed_OverClaimingRequest_WritesTheClaimAndOnlyTheCarriedBytes()
    {
        var bytes = HeartbeatMessage.EncodeAsClaimed(HeartbeatMessageType.Request, 17, "TlsDoctor hb chk"u8);

        Assert.Equal(OverClaimingRequest, bytes);
    }

    [Fact]
    public void TryParse_OverClaimingRequest_IsNotWellFormedAndOverClaimsOneByte()
    {
        var message = ParseAssert.Done(HeartbeatMessage.TryParse(OverClaimingRequest), OverClaimingRequest.Length);

        Assert.Equal(HeartbeatMessageType.Request, message.Type);
        Assert.Equal(17, message.PayloadLength);
        Assert.Equal(16, message.Carried);
        Assert.False(message.IsWellFormed);
        Assert.Equal(1, message.OverClaim);
    }

    [Fact]
    public void Encode_WellFormedResponse_PayloadThenPaddingWithTheTrueLength()
    {
        byte[] expected =
        [
            0x02,             // HeartbeatMessage.type = heartbeat_response(2)
            0x00, 0x03,       // HeartbeatMessage.payload_length = 3
            0xAA, 0xBB, 0xCC, // payload
            .. Enumerable.Repeat<byte>(0x5A, 16), // padding: the 16-byte minimum
        ];

        var bytes = HeartbeatMessage.Encode(HeartbeatMessageType.Response, [0xAA, 0xBB, 0xCC], Enumerable.Repeat<byte>(0x5A, 16).ToArray());

        Assert.Equal(expected, bytes);
        var message = ParseAssert.Done(HeartbeatMessage.TryParse(bytes), bytes.Length);
        Assert.True(message.IsWellFormed);
        Assert.Equal(0, message.OverClaim);
    }

    [Fact]
    public void TryParse_PaddingOneShortOfSixteen_IsNotWellFormed()
    {
        // §4: payload_length + 16 bytes of padding must fit; here 15 do.
        byte[] message = [0x01, 0x00, 0x02, 0x01, 0x02, .. new byte[15]];

        var parsed = ParseAssert.Done(HeartbeatMessage.TryParse(message), message.Length);

        Assert.False(parsed.IsWellFormed);
        Assert.Equal(0, parsed.OverClaim);
    }

    [Fact]
    public void TryParse_TestsslStyleRequest_OverClaimsTheWholeClaim()
    {
        byte[] message = [0x01, 0x40, 0x00]; // request, payload_length 16384, nothing carried

        var parsed = ParseAssert.Done(HeartbeatMessage.TryParse(message), message.Length);

        Assert.Equal(16384, parsed.OverClaim);
    }

    [Fact]
    public void TryParse_UnknownType_KeptAsRead()
    {
        byte[] message = [0x07, 0x00, 0x00, .. new byte[16]];

        var parsed = ParseAssert.Done(HeartbeatMessage.TryParse(message), message.Length);

        Assert.Equal((HeartbeatMessageType)7, parsed.Type);
    }

    [Fact]
    public void TryParse_EveryPrefixOfTheHeader_NeedsMoreData() =>
        ParseAssert.EveryProperPrefixNeedsMoreData(OverClaimingRequest[..HeartbeatMessage.HeaderLength], b => HeartbeatMessage.TryParse(b));

    [Fact]
    public void Encode_PaddingShorterThanSixteen_Throws() =>
        Assert.Throws<ArgumentException>(() => HeartbeatMessage.Encode(HeartbeatMessageType.Request, [1], new byte[15]));

    [Fact]
    public void Encode_LongerThanTwoToTheFourteen_Throws() =>
        Assert.Throws<ArgumentException>(() => HeartbeatMessage.Encode(HeartbeatMessageType.Request, new byte[HeartbeatMessage.MaxPayloadLength + 1], new byte[16]));

    [Fact]
    public void MaxPayloadLength_IsTwoToTheFourteenLessHeaderAndPadding() =>
        Assert.Equal(16384 - 3 - 16, HeartbeatMessage.MaxPayloadLength);
}
