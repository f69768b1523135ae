using System.Text;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>One entry of a ClientHello key_share (RFC 8446 §4.2.8).</summary>
public sealed record KeyShareEntry(NamedGroup Group, byte[] KeyExchange);

/// <summary>
/// Typed views of the extensions a server acts on. Each is null when the extension is absent or its contents do not
/// parse; the raw bytes stay in <see cref="ClientHello.Extensions"/> either way.
/// </summary>
public sealed partial record ClientHello
{
    /// <summary>RFC 6066 §3: NameType host_name(0).</summary>
    public const byte HostNameType = 0;

    /// <summary>
    /// The first host_name in server_name. RFC 6066 §3:
    /// <c>struct { NameType name_type; select (name_type) { case host_name: HostName; } name; } ServerName;</c>
    /// <c>opaque HostName&lt;1..2^16-1&gt;; struct { ServerName server_name_list&lt;1..2^16-1&gt; } ServerNameList;</c>
    /// </summary>
    public string? ServerName
    {
        get
        {
            if (Find(ExtensionType.ServerName) is not { } ext)
            {
                return null;
            }

            var r = new WireReader(ext.Data);
            if (!r.TryReadVector(2, out var list) || !r.IsEmpty)
            {
                return null;
            }

            var names = new WireReader(list);
            while (names.TryReadUInt8(out var type))
            {
                if (!names.TryReadVector(2, out var name))
                {
                    return null;
                }

                if (type == HostNameType && !name.IsEmpty)
                {
                    return Encoding.ASCII.GetString(name);
                }
            }

            return null;
        }
    }

    /// <summary>supported_groups (RFC 8446 §4.2.7): <c>NamedGroup named_group_list&lt;2..2^16-1&gt;;</c></summary>
    public IReadOnlyList<NamedGroup>? SupportedGroups =>
        UInt16List(ExtensionType.SupportedGroups, lengthBytes: 2)?.Select(v => (NamedGroup)v).ToList();

    /// <summary>signature_algorithms (RFC 8446 §4.2.3): <c>SignatureScheme supported_signature_algorithms&lt;2..2^16-2&gt;;</c></summary>
    public IReadOnlyList<SignatureScheme>? SignatureAlgorithms =>
        UInt16List(ExtensionType.SignatureAlgorithms, lengthBytes: 2)?.Select(v => (SignatureScheme)v).ToList();

    /// <summary>supported_versions (RFC 8446 §4.2.1): <c>ProtocolVersion versions&lt;2..254&gt;;</c> GREASE values are kept.</summary>
    public IReadOnlyList<TlsVersion>? SupportedVersions =>
        UInt16List(ExtensionType.SupportedVersions, lengthBytes: 1)?.Select(v => (TlsVersion)v).ToList();

    /// <summary>ec_point_formats (RFC 8422 §5.1.2): <c>ECPointFormat ec_point_format_list&lt;1..2^8-1&gt;;</c></summary>
    public IReadOnlyList<byte>? EcPointFormats
    {
        get
        {
            if (Find(ExtensionType.EcPointFormats) is not { } ext)
            {
                return null;
            }

            var r = new WireReader(ext.Data);
            return r.TryReadVector(1, out var formats) && r.IsEmpty && !formats.IsEmpty ? formats.ToArray() : null;
        }
    }

    /// <summary>
    /// application_layer_protocol_negotiation (RFC 7301 §3.1):
    /// <c>opaque ProtocolName&lt;1..2^8-1&gt;; struct { ProtocolName protocol_name_list&lt;2..2^16-1&gt; } ProtocolNameList;</c>
    /// </summary>
    public IReadOnlyList<string>? Alpn
    {
        get
        {
            if (Find(ExtensionType.ApplicationLayerProtocolNegotiation) is not { } ext)
            {
                return null;
            }

            var r = new WireReader(ext.Data);
            if (!r.TryReadVector(2, out var list) || !r.IsEmpty)
            {
                return null;
            }

            var names = new List<string>();
            var entries = new WireReader(list);
            while (!entries.IsEmpty)
            {
                if (!entries.TryReadVector(1, out var name) || name.IsEmpty)
                {
                    return null;
                }

                names.Add(Encoding.ASCII.GetString(name));
            }

            return names;
        }
    }

    /// <summary>
    /// key_share (RFC 8446 §4.2.8): <c>struct { NamedGroup group; opaque key_exchange&lt;1..2^16-1&gt;; } KeyShareEntry;</c>
    /// <c>struct { KeyShareEntry client_shares&lt;0..2^16-1&gt;; } KeyShareClientHello;</c>
    /// </summary>
    public IReadOnlyList<KeyShareEntry>? KeyShares
    {
        get
        {
            if (Find(ExtensionType.KeyShare) is not { } ext)
            {
                return null;
            }

            var r = new WireReader(ext.Data);
            if (!r.TryReadVector(2, out var list) || !r.IsEmpty)
            {
                return null;
            }

            var shares = new List<KeyShareEntry>();
            var entries = new WireReader(list);
            while (!entries.IsEmpty)
            {
                if (!entries.TryReadUInt16(out var group) || !entries.TryReadVector(2, out var key) || key.IsEmpty)
                {
                    return null;
                }

                shares.Add(new KeyShareEntry((NamedGroup)group, key.ToArray()));
            }

            return shares;
        }
    }

    /// <summary>A vector of two-byte values that fills the extension exactly, or null.</summary>
    private List<ushort>? UInt16List(ExtensionType type, int lengthBytes)
    {
        if (Find(type) is not { } ext)
        {
            return null;
        }

        var r = new WireReader(ext.Data);
        if (!r.TryReadVector(lengthBytes, out var list) || !r.IsEmpty || list.IsEmpty || list.Length % sizeof(ushort) != 0)
        {
            return null;
        }

        var values = new List<ushort>(list.Length / sizeof(ushort));
        var items = new WireReader(list);
        while (items.TryReadUInt16(out var value))
        {
            values.Add(value);
        }

        return values;
    }
}
