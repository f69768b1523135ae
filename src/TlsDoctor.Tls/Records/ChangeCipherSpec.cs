using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Records;

/// <summary>The ChangeCipherSpec message (RFC 5246 §7.1), its own record type and always one byte.</summary>
public static class ChangeCipherSpec
{
    // RFC 5246 §7.1:
    //   struct {
    //       enum { change_cipher_spec(1), (255) } type;   1 byte
    //   } ChangeCipherSpec;
    public const byte ChangeCipherSpecType = 1;

    public const int Length = 1;

    /// <summary>The record bytes for a ChangeCipherSpec at <paramref name="recordVersion"/>.</summary>
    public static byte[] Encode(ushort recordVersion) =>
        TlsRecord.Encode(ContentType.ChangeCipherSpec, recordVersion, [ChangeCipherSpecType]);
}
