using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tests.Support;

namespace TlsDoctor.Tls.Tests.Extensions;

/// <summary>
/// Extension blocks, RFC 8446 §4.2 (struct { ExtensionType extension_type; opaque extension_data&lt;0..2^16-1&gt;; })
/// and its rule that one type appears at most once per block.
/// </summary>
public class ExtensionTests
{
    internal static readonly byte[] Block =
    [
        0xFF, 0x01,       // extension_type = renegotiation_info(0xff01)
        0x00, 0x01,       // extension_data length = 1
        0x00,             //   renegotiated_connection: empty (RFC 5746 §3.2)
        0x00, 0x17,       // extension_type = extended_master_secret(23)
        0x00, 0x00,       // extension_data length = 0
        0x1A, 0x2B,       // extension_type = 0x1a2b (unassigned)
        0x00, 0x03,       // extension_data length = 3
        0x01, 0x02, 0x03, //   opaque data
    ];

    [Fact]
    public void ParseBlock_ThreeExtensions_KeepsOrderTypesAndData()
    {
        var list = ParseAssert.Done(Extension.ParseBlock(Block), Block.Length);

        Assert.Equal(3, list.Count);
        Assert.Equal(ExtensionType.RenegotiationInfo, list[0].KnownType);
        Assert.Equal(new byte[] { 0x00 }, list[0].Data);
        Assert.Equal(ExtensionType.ExtendedMasterSecret, list[1].KnownType);
        Assert.Empty(list[1].Data);
        Assert.Equal(0x1A2B, list[2].Type);
        Assert.Equal(new byte[] { 0x01, 0x02, 0x03 }, list[2].Data);
    }

    [Fact]
    public void ParseBlock_Empty_DoneWithNoExtensions() =>
        Assert.Empty(ParseAssert.Done(Extension.ParseBlock([]), 0));

    [Fact]
    public void ParseBlock_DuplicateType_Invalid()
    {
        byte[] block =
        [
            0x00, 0x17, 0x00, 0x00, // extended_master_secret, empty
            0x00, 0x17, 0x00, 0x00, // extended_master_secret again
        ];

        ParseAssert.Invalid(Extension.ParseBlock(block), "0x0017 appears twice");
    }

    [Fact]
    public void ParseBlock_DataLengthOverrunsBlock_Invalid()
    {
        byte[] block =
        [
            0x00, 0x10,       // application_layer_protocol_negotiation
            0x00, 0x05,       // extension_data length = 5, but only 2 follow
            0x00, 0x03,
        ];

        ParseAssert.Invalid(Extension.ParseBlock(block), "overruns");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ParseBlock_CutInsideAnExtensionHeader_Invalid(int length) =>
        // The block's own length was already checked by the message parser: a short block is malformed, not truncated.
        ParseAssert.Invalid(Extension.ParseBlock(Block.AsSpan(0, length)), "overruns");
}
