using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Lab.Scripted.Crypto;
using TlsDoctor.Lab.Scripted.Writers;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// The server's first flight for an agreed hello (RFC 5246 §7.3): ServerHello, Certificate (unless anonymous),
/// ServerKeyExchange (when the key exchange has one), ServerHelloDone, in handshake records of the agreed version.
/// </summary>
public sealed class ServerFlightBuilder(ScriptedServerConfig config, ServerKeys keys)
{
    /// <summary>The record bytes of the whole flight.</summary>
    public byte[] Build(ClientHello hello, Negotiation agreed, byte[] serverRandom, byte[] sessionId)
    {
        var version = (ushort)agreed.Version;
        List<byte[]> messages =
        [
            ServerHelloWriter.Write(version, serverRandom, sessionId, (ushort)agreed.Suite.Code, agreed.Compression, agreed.Extensions),
        ];
        if (!agreed.Suite.IsAnonymous)
        {
            messages.Add(CertificateWriter.Write(keys.Chain));
        }

        if (KeyExchange(hello, agreed, serverRandom) is { } serverKeyExchange)
        {
            messages.Add(serverKeyExchange);
        }

        messages.Add(ServerHelloDoneWriter.Write());
        return TlsRecord.Encode(ContentType.Handshake, version, [.. messages.SelectMany(m => m)]);
    }

    /// <summary>The ServerKeyExchange message, or null when the suite's key exchange sends none (plain RSA).</summary>
    private byte[]? KeyExchange(ClientHello hello, Negotiation agreed, byte[] serverRandom)
    {
        byte[] parameters;
        switch (agreed.Suite.KeyExchange)
        {
            case Tls.Registry.KeyExchange.Ecdhe:
                var curve = agreed.Curve!.Value;
                parameters = ServerKeyExchangeWriter.EcdhParams(curve, EphemeralKeys.EcdhePublic(curve));
                break;
            case Tls.Registry.KeyExchange.Dhe:
                parameters = ServerKeyExchangeWriter.DhParams(config.DhGroup.Prime, config.DhGroup.Generator, EphemeralKeys.DhePublic(config.DhGroup));
                break;
            case Tls.Registry.KeyExchange.RsaExport when LeafRsaBits() > ServerKeys.ExportRsaBits:
                // RFC 2246 §7.4.3: the temporary key is sent only when the certificate's key is too long for export.
                var rsa = keys.ExportRsaPublic;
                parameters = ServerKeyExchangeWriter.RsaParams(rsa.Modulus, rsa.Exponent);
                break;
            default:
                return null;
        }

        if (agreed.Suite.IsAnonymous)
        {
            return ServerKeyExchangeWriter.Write(parameters, scheme: null, [], anonymous: true);
        }

        var signed = KeyExchangeSigner.SignedData(hello.Random, serverRandom, parameters);
        var signature = KeyExchangeSigner.Sign(keys.Leaf!, agreed.Version, agreed.Scheme, signed);
        return ServerKeyExchangeWriter.Write(parameters, agreed.Version >= TlsVersion.Tls12 ? agreed.Scheme : null, signature, anonymous: false);
    }

    private int LeafRsaBits()
    {
        using var rsa = keys.Leaf?.GetRSAPublicKey();
        return rsa?.KeySize ?? 0;
    }
}
