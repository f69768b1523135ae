using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>
/// What a ClientHello offers. Each probe builds one of these; <see cref="ClientHelloBuilder"/> turns it into bytes.
/// Defaults are those of a broad, modern client; probes narrow them.
/// </summary>
public sealed record ClientHelloSpec
{
    /// <summary>Highest version offered. TLS 1.3 is offered through supported_versions with legacy_version 1.2.</summary>
    public TlsVersion Version { get; init; } = TlsVersion.Tls12;

    /// <summary>supported_versions contents (RFC 8446 §4.2.1); null: [Version] when it is TLS 1.3, else no extension.</summary>
    public IReadOnlyList<TlsVersion>? SupportedVersions { get; init; }

    /// <summary>TLSPlaintext.legacy_record_version; null: 0x0300 for SSLv3 hellos, else 0x0301 (what most clients send).</summary>
    public ushort? RecordVersion { get; init; }

    public IReadOnlyList<ushort> CipherSuites { get; init; } = [];

    /// <summary>server_name (RFC 6066 §3); null: no SNI.</summary>
    public string? ServerName { get; init; }

    /// <summary>supported_groups (RFC 8446 §4.2.7); null: omitted.</summary>
    public IReadOnlyList<NamedGroup>? Groups { get; init; }

    /// <summary>Groups to send a key share for (TLS 1.3); null: no key_share; empty: an empty key_share (asks for HRR).</summary>
    public IReadOnlyList<NamedGroup>? KeyShares { get; init; }

    /// <summary>signature_algorithms (RFC 8446 §4.2.3); null: omitted.</summary>
    public IReadOnlyList<SignatureScheme>? SignatureAlgorithms { get; init; }

    /// <summary>application_layer_protocol_negotiation (RFC 7301); null: omitted.</summary>
    public IReadOnlyList<string>? Alpn { get; init; }

    /// <summary>ec_point_formats [uncompressed] (RFC 8422 §5.1.2), sent when groups are.</summary>
    public bool EcPointFormats { get; init; } = true;

    /// <summary>renegotiation_info with an empty renegotiated_connection (RFC 5746 §3.4).</summary>
    public bool RenegotiationInfo { get; init; } = true;

    /// <summary>TLS_EMPTY_RENEGOTIATION_INFO_SCSV in the suites instead (RFC 5746 §3.3), e.g. for SSLv3 hellos.</summary>
    public bool RenegotiationScsv { get; init; }

    /// <summary>TLS_FALLBACK_SCSV (RFC 7507 §4): "this is a fallback connection".</summary>
    public bool FallbackScsv { get; init; }

    public bool ExtendedMasterSecret { get; init; } = true;

    public bool EncryptThenMac { get; init; }

    /// <summary>An empty session_ticket extension (RFC 5077 §3.2): the client supports tickets.</summary>
    public bool SessionTicket { get; init; } = true;

    /// <summary>status_request for OCSP (RFC 6066 §8).</summary>
    public bool StatusRequest { get; init; } = true;

    public bool SignedCertificateTimestamp { get; init; }

    /// <summary>heartbeat with mode peer_allowed_to_send (RFC 6520 §2).</summary>
    public bool Heartbeat { get; init; }

    /// <summary>psk_key_exchange_modes [psk_dhe_ke] when TLS 1.3 is offered (RFC 8446 §4.2.9).</summary>
    public bool PskKeyExchangeModes { get; init; } = true;

    /// <summary>GREASE values in suites, extensions, groups and versions (RFC 8701).</summary>
    public bool Grease { get; init; }

    /// <summary>Pad hellos of 256–511 bytes to 512 (RFC 7685 §4: some servers hang on that size).</summary>
    public bool Padding { get; init; } = true;

    public IReadOnlyList<byte> CompressionMethods { get; init; } = [0];

    /// <summary>Send no extensions block at all (SSLv3 and old TLS servers that choke on extensions).</summary>
    public bool NoExtensions { get; init; }

    /// <summary>legacy_session_id; null: 32 random bytes when TLS 1.3 is offered (middlebox compatibility, RFC 8446 §D.4), else empty.</summary>
    public IReadOnlyList<byte>? SessionId { get; init; }

    /// <summary>Further extensions, written before padding, in order.</summary>
    public IReadOnlyList<Extension> ExtraExtensions { get; init; } = [];

    /// <summary>True when this hello offers TLS 1.3 in supported_versions.</summary>
    public bool OffersTls13 => (SupportedVersions ?? (Version == TlsVersion.Tls13 ? [TlsVersion.Tls13] : [])).Contains(TlsVersion.Tls13);
}
