using TlsDoctor.Tls.KeyShares;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

public sealed partial class ClientHelloBuilder
{
    /// <summary>RFC 7685 §4 (citing the F5 case): hellos between 256 and 511 bytes are padded to this size.</summary>
    public const int PaddingTarget = 512;
    private const int PaddingFloor = 256;

    private readonly record struct Grease(ushort Suite, ushort ExtensionA, ushort ExtensionB, ushort Group, ushort Version);

    /// <summary>RFC 8701 §2: GREASE values are 0x0A0A, 0x1A1A, … 0xFAFA.</summary>
    private Grease GreaseValues()
    {
        ushort Next()
        {
            int n;
            lock (_random)
            {
                n = _random.Next(16);
            }

            return (ushort)((n << 12) | 0x0A00 | (n << 4) | 0x0A);
        }

        var a = Next();
        var b = Next();
        if (b == a)
        {
            b = (ushort)(a ^ 0x1010); // two GREASE extensions must differ (RFC 8701 §3.1)
        }

        return new Grease(Next(), a, b, Next(), Next());
    }

    private void WriteExtensions(WireWriter body, ClientHelloSpec spec, Grease grease, Dictionary<NamedGroup, KeyShare> shares)
    {
        using var extensions = body.Vector(2);                 // extensions
        if (spec.Grease)
        {
            Empty(body, grease.ExtensionA);
        }

        if (spec.ServerName is { } name)
        {
            // RFC 6066 §3: ServerNameList { NameType host_name(0); opaque HostName<1..2^16-1>; }
            using (Extension(body, ExtensionType.ServerName))
            using (body.Vector(2))                              // server_name_list
            {
                body.WriteUInt8(0);                             // name_type = host_name
                using (body.Vector(2))
                {
                    body.WriteBytes(Ascii.GetBytes(name));      // HostName
                }
            }
        }

        if (spec.Groups is { } groups)
        {
            if (spec.EcPointFormats)
            {
                using (Extension(body, ExtensionType.EcPointFormats))
                using (body.Vector(1))                          // ec_point_format_list
                {
                    body.WriteUInt8(0);                         // uncompressed (RFC 8422 §5.1.2)
                }
            }

            using (Extension(body, ExtensionType.SupportedGroups))
            using (body.Vector(2))                              // named_group_list
            {
                if (spec.Grease)
                {
                    body.WriteUInt16(grease.Group);
                }

                foreach (var g in groups)
                {
                    body.WriteUInt16((ushort)g);
                }
            }
        }

        if (spec.SessionTicket)
        {
            Empty(body, (ushort)ExtensionType.SessionTicket);
        }

        if (spec.Alpn is { Count: > 0 } alpn)
        {
            // RFC 7301 §3.1: ProtocolNameList { ProtocolName protocol_name_list<2..2^16-1> }, ProtocolName opaque<1..2^8-1>
            using (Extension(body, ExtensionType.ApplicationLayerProtocolNegotiation))
            using (body.Vector(2))
            {
                foreach (var protocol in alpn)
                {
                    using (body.Vector(1))
                    {
                        body.WriteBytes(Ascii.GetBytes(protocol));
                    }
                }
            }
        }

        if (spec.StatusRequest)
        {
            // RFC 6066 §8: CertificateStatusRequest { status_type ocsp(1); ResponderID list<0..>; Extensions<0..> }
            using (Extension(body, ExtensionType.StatusRequest))
            {
                body.WriteUInt8(1);                             // status_type = ocsp
                body.WriteUInt16(0);                            // responder_id_list: empty
                body.WriteUInt16(0);                            // request_extensions: empty
            }
        }

        if (spec.ExtendedMasterSecret)
        {
            Empty(body, (ushort)ExtensionType.ExtendedMasterSecret);
        }

        if (spec.EncryptThenMac)
        {
            Empty(body, (ushort)ExtensionType.EncryptThenMac);
        }

        if (spec.SignatureAlgorithms is { } schemes)
        {
            using (Extension(body, ExtensionType.SignatureAlgorithms))
            using (body.Vector(2))                              // supported_signature_algorithms
            {
                foreach (var s in schemes)
                {
                    body.WriteUInt16((ushort)s);
                }
            }
        }

        if (spec.SignedCertificateTimestamp)
        {
            Empty(body, (ushort)ExtensionType.SignedCertificateTimestamp);
        }

        if (spec.Heartbeat)
        {
            using (Extension(body, ExtensionType.Heartbeat))
            {
                body.WriteUInt8(1);                             // HeartbeatMode peer_allowed_to_send (RFC 6520 §2)
            }
        }

        if (spec.RenegotiationInfo)
        {
            using (Extension(body, ExtensionType.RenegotiationInfo))
            {
                body.WriteUInt8(0);                             // renegotiated_connection: empty (RFC 5746 §3.2)
            }
        }

        if (spec.KeyShares is { } shareGroups)
        {
            // RFC 8446 §4.2.8: KeyShareClientHello { KeyShareEntry client_shares<0..2^16-1>; }
            using (Extension(body, ExtensionType.KeyShare))
            using (body.Vector(2))
            {
                if (spec.Grease)
                {
                    body.WriteUInt16(grease.Group);             // a one-byte GREASE share (RFC 8701 §3.1)
                    using (body.Vector(2))
                    {
                        body.WriteUInt8(0);
                    }
                }

                foreach (var g in shareGroups)
                {
                    if (_keyShares.Get(g) is not { } share)
                    {
                        continue;
                    }

                    shares[g] = share;
                    body.WriteUInt16((ushort)g);                // group
                    using (body.Vector(2))
                    {
                        body.WriteBytes(share.PublicKey);       // key_exchange
                    }
                }
            }
        }

        if (spec.OffersTls13 && spec.PskKeyExchangeModes)
        {
            using (Extension(body, ExtensionType.PskKeyExchangeModes))
            using (body.Vector(1))
            {
                body.WriteUInt8(1);                             // psk_dhe_ke
            }
        }

        var versions = spec.SupportedVersions ?? (spec.Version == TlsVersion.Tls13 ? [TlsVersion.Tls13] : null);
        if (versions is not null)
        {
            // RFC 8446 §4.2.1: ProtocolVersion versions<2..254>
            using (Extension(body, ExtensionType.SupportedVersions))
            using (body.Vector(1))
            {
                if (spec.Grease)
                {
                    body.WriteUInt16(grease.Version);
                }

                foreach (var v in versions)
                {
                    body.WriteUInt16((ushort)v);
                }
            }
        }

        foreach (var extra in spec.ExtraExtensions)
        {
            body.WriteUInt16(extra.Type);
            using (body.Vector(2))
            {
                body.WriteBytes(extra.Data);
            }
        }

        if (spec.Grease)
        {
            body.WriteUInt16(grease.ExtensionB);               // a second GREASE extension with one zero byte
            using (body.Vector(2))
            {
                body.WriteUInt8(0);
            }
        }

        if (spec.Padding)
        {
            // The hello's length so far, counting the handshake header and the padding extension's own header.
            var helloLength = HandshakeMessage.HeaderLength + body.Length;
            if (helloLength is >= PaddingFloor and < PaddingTarget)
            {
                var padding = Math.Max(1, PaddingTarget - helloLength - Extensions.Extension.TypeLength - Extensions.Extension.LengthFieldLength);
                using (Extension(body, ExtensionType.Padding))
                {
                    body.WriteBytes(new byte[padding]);         // zero bytes (RFC 7685 §3)
                }
            }
        }
    }

    private static WireWriter.VectorScope Extension(WireWriter body, ExtensionType type)
    {
        body.WriteUInt16((ushort)type);                         // extension_type
        return body.Vector(2);                                  // extension_data
    }

    private static void Empty(WireWriter body, ushort type)
    {
        body.WriteUInt16(type);
        body.WriteUInt16(0);
    }
}
