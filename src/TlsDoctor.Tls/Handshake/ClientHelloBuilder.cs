using System.Text;
using TlsDoctor.Tls.KeyShares;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>A built ClientHello: the handshake message (for the transcript), the record bytes and the key shares sent.</summary>
public sealed record ClientHelloMessage(byte[] Handshake, byte[] Record, IReadOnlyDictionary<NamedGroup, KeyShare> KeyShares);

/// <summary>Writes SSLv3–TLS 1.3 ClientHellos from a <see cref="ClientHelloSpec"/>.</summary>
public sealed partial class ClientHelloBuilder(KeyShareFactory? keyShares = null, Random? random = null)
{
    // RFC 8446 §4.1.2:
    //   struct {
    //       ProtocolVersion legacy_version = 0x0303;    /* TLS v1.2 */
    //       Random random;                               32 bytes
    //       opaque legacy_session_id<0..32>;
    //       CipherSuite cipher_suites<2..2^16-2>;
    //       opaque legacy_compression_methods<1..2^8-1>;
    //       Extension extensions<8..2^16-1>;
    //   } ClientHello;
    public const int RandomLength = 32;
    public const int MaxSessionIdLength = 32;

    /// <summary>TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 §3.3).</summary>
    public const ushort RenegotiationScsv = 0x00FF;

    /// <summary>TLS_FALLBACK_SCSV (RFC 7507 §2).</summary>
    public const ushort FallbackScsv = 0x5600;

    private readonly KeyShareFactory _keyShares = keyShares ?? KeyShareFactory.Shared;
    private readonly Random _random = random ?? Random.Shared;

    public ClientHelloMessage Build(ClientHelloSpec spec)
    {
        var shares = new Dictionary<NamedGroup, KeyShare>();
        var body = new WireWriter(1024);
        var legacyVersion = spec.Version >= TlsVersion.Tls13 ? (ushort)TlsVersion.Tls12 : (ushort)spec.Version;
        var grease = spec.Grease ? GreaseValues() : default;

        body.WriteUInt16(legacyVersion);                       // legacy_version
        body.WriteBytes(RandomBytes(RandomLength));            // random
        using (body.Vector(1))                                  // legacy_session_id
        {
            body.WriteBytes(SessionId(spec));
        }

        using (body.Vector(2))                                  // cipher_suites
        {
            if (spec.Grease)
            {
                body.WriteUInt16(grease.Suite);
            }

            foreach (var suite in spec.CipherSuites)
            {
                body.WriteUInt16(suite);
            }

            if (spec.RenegotiationScsv)
            {
                body.WriteUInt16(RenegotiationScsv);
            }

            if (spec.FallbackScsv)
            {
                body.WriteUInt16(FallbackScsv);
            }
        }

        using (body.Vector(1))                                  // legacy_compression_methods
        {
            foreach (var method in spec.CompressionMethods)
            {
                body.WriteUInt8(method);
            }
        }

        if (!spec.NoExtensions)
        {
            WriteExtensions(body, spec, grease, shares);
        }

        var message = new HandshakeMessage(HandshakeType.ClientHello, body.ToArray()).Encode();
        var recordVersion = spec.RecordVersion ?? (spec.Version == TlsVersion.SSLv3 ? (ushort)TlsVersion.SSLv3 : (ushort)TlsVersion.Tls10);
        var record = TlsRecord.Encode(ContentType.Handshake, recordVersion, message);
        return new ClientHelloMessage(message, record, shares);
    }

    private byte[] SessionId(ClientHelloSpec spec)
    {
        if (spec.SessionId is not null)
        {
            return [.. spec.SessionId.Take(MaxSessionIdLength)];
        }

        return spec.OffersTls13 ? RandomBytes(MaxSessionIdLength) : [];
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        lock (_random)
        {
            _random.NextBytes(bytes);
        }

        return bytes;
    }

    private static readonly Encoding Ascii = Encoding.ASCII;
}
