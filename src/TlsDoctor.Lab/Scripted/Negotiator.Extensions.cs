using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

public static partial class Negotiator
{
    /// <summary>RFC 6520 §2: HeartbeatMode peer_allowed_to_send.</summary>
    public const byte HeartbeatPeerAllowedToSend = 1;

    /// <summary>RFC 8422 §5.1.2: ECPointFormat uncompressed.</summary>
    public const byte UncompressedPointFormat = 0;

    /// <summary>
    /// The ServerHello extensions: only those the client sent (RFC 5246 §7.4.1.4), and of those only what the config
    /// answers. RFC 7627, RFC 5077 and RFC 6520 are TLS extensions, so an SSLv3 ServerHello carries none of them.
    /// </summary>
    public static IReadOnlyList<Extension> AnsweredExtensions(ScriptedServerConfig config, ClientHello hello, Negotiation agreed)
    {
        var answered = new List<Extension>();
        var tls = agreed.Version >= TlsVersion.Tls10;
        var answers = config.Extensions;

        // RFC 5746 §3.6: answer the extension, or TLS_EMPTY_RENEGOTIATION_INFO_SCSV, with an empty renegotiated_connection.
        if (answers.HasFlag(ServerExtensions.RenegotiationInfo)
            && (hello.Has(ExtensionType.RenegotiationInfo) || hello.Offers(ClientHelloBuilder.RenegotiationScsv)))
        {
            answered.Add(new Extension((ushort)ExtensionType.RenegotiationInfo, [0])); // renegotiated_connection<0..255>: empty
        }

        // RFC 8422 §5.2: a server that picks an ECC suite answers ec_point_formats when the client sent it.
        if (agreed.Suite.KeyExchange == KeyExchange.Ecdhe && hello.Has(ExtensionType.EcPointFormats))
        {
            answered.Add(new Extension((ushort)ExtensionType.EcPointFormats, [1, UncompressedPointFormat])); // ec_point_format_list<1..2^8-1>
        }

        if (tls && answers.HasFlag(ServerExtensions.SessionTicket) && hello.Has(ExtensionType.SessionTicket))
        {
            answered.Add(new Extension((ushort)ExtensionType.SessionTicket, [])); // RFC 5077 §3.2: empty
        }

        if (tls && answers.HasFlag(ServerExtensions.ExtendedMasterSecret) && hello.Has(ExtensionType.ExtendedMasterSecret))
        {
            answered.Add(new Extension((ushort)ExtensionType.ExtendedMasterSecret, [])); // RFC 7627 §5.1: empty
        }

        if (tls && answers.HasFlag(ServerExtensions.Heartbeat) && hello.Has(ExtensionType.Heartbeat))
        {
            answered.Add(new Extension((ushort)ExtensionType.Heartbeat, [HeartbeatPeerAllowedToSend])); // HeartbeatExtension.mode
        }

        return answered;
    }
}
