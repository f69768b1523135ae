using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Tests.Records;

/// <summary>ChangeCipherSpec, RFC 5246 §7.1: a record of its own type carrying the single byte 1.</summary>
public class ChangeCipherSpecTests
{
    [Fact]
    public void Encode_Tls12_OneByteRecordOfTypeTwenty()
    {
        byte[] expected =
        [
            0x14,       // TLSPlaintext.type = change_cipher_spec(20)
            0x03, 0x03, // TLSPlaintext.legacy_record_version = TLS 1.2
            0x00, 0x01, // TLSPlaintext.length = 1
            0x01,       //   ChangeCipherSpec.type = change_cipher_spec(1)
        ];

        Assert.Equal(expected, ChangeCipherSpec.Encode((ushort)TlsVersion.Tls12));
    }

    [Fact]
    public void Encode_SslV3_CarriesTheRecordVersionGiven() =>
        Assert.Equal([0x14, 0x03, 0x00, 0x00, 0x01, 0x01], ChangeCipherSpec.Encode((ushort)TlsVersion.SSLv3));
}
