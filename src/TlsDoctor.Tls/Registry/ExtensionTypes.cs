namespace TlsDoctor.Tls.Registry;

/// <summary>One row of <see cref="Extensions"/>.</summary>
/// <param name="InIanaRegistry">False for the few widely deployed code points IANA never assigned.</param>
public sealed record ExtensionInfo(ushort Value, string Name, bool InIanaRegistry, string Source)
{
    /// <summary>The value as reports show it: "0xff01".</summary>
    public string ValueText => $"0x{Value:x4}";
}

/// <summary>
/// Names of hello extensions, as data.
/// Source: IANA "Transport Layer Security (TLS) Extensions", registry "TLS ExtensionType Values"
/// (https://www.iana.org/assignments/tls-extensiontype-values/) and the documents it cites (column Source).
/// Value 23 keeps the name of RFC 7627, "extended_master_secret", which is what other tools print.
/// Not in that registry but seen on the wire, with the names BoringSSL gives them: next_protocol_negotiation
/// (draft-agl-tls-nextprotoneg-04), application_settings (draft-vvv-tls-alps, old and new code point),
/// channel_id (draft-balfanz-tls-channelid-01) and encrypted_server_name (draft-ietf-tls-esni-00 to -06).
/// </summary>
public static class ExtensionTypes
{
    private const string Rfc6066 = "RFC 6066";
    private const string Rfc8446 = "RFC 8446";
    private const string Rfc8492 = "RFC 8492";
    private const string Tlmsp = "ETSI TS 103 523-2";

    /// <summary>All rows, in value order.</summary>
    public static IReadOnlyList<ExtensionInfo> All { get; } =
    [
        Iana(ExtensionType.ServerName, "server_name", Rfc6066),
        Iana(ExtensionType.MaxFragmentLength, "max_fragment_length", Rfc6066),
        Iana(ExtensionType.ClientCertificateUrl, "client_certificate_url", Rfc6066),
        Iana(ExtensionType.TrustedCaKeys, "trusted_ca_keys", Rfc6066),
        Iana(ExtensionType.TruncatedHmac, "truncated_hmac", Rfc6066),
        Iana(ExtensionType.StatusRequest, "status_request", Rfc6066),
        Iana(ExtensionType.UserMapping, "user_mapping", "RFC 4681"),
        Iana(ExtensionType.ClientAuthz, "client_authz", "RFC 5878"),
        Iana(ExtensionType.ServerAuthz, "server_authz", "RFC 5878"),
        Iana(ExtensionType.CertType, "cert_type", "RFC 6091"),
        Iana(ExtensionType.SupportedGroups, "supported_groups", "RFC 8422, RFC 7919"),
        Iana(ExtensionType.EcPointFormats, "ec_point_formats", "RFC 8422"),
        Iana(ExtensionType.Srp, "srp", "RFC 5054"),
        Iana(ExtensionType.SignatureAlgorithms, "signature_algorithms", Rfc8446),
        Iana(ExtensionType.UseSrtp, "use_srtp", "RFC 5764"),
        Iana(ExtensionType.Heartbeat, "heartbeat", "RFC 6520"),
        Iana(ExtensionType.ApplicationLayerProtocolNegotiation, "application_layer_protocol_negotiation", "RFC 7301"),
        Iana(ExtensionType.StatusRequestV2, "status_request_v2", "RFC 6961"),
        Iana(ExtensionType.SignedCertificateTimestamp, "signed_certificate_timestamp", "RFC 6962"),
        Iana(ExtensionType.ClientCertificateType, "client_certificate_type", "RFC 7250"),
        Iana(ExtensionType.ServerCertificateType, "server_certificate_type", "RFC 7250"),
        Iana(ExtensionType.Padding, "padding", "RFC 7685"),
        Iana(ExtensionType.EncryptThenMac, "encrypt_then_mac", "RFC 7366"),
        Iana(ExtensionType.ExtendedMasterSecret, "extended_master_secret", "RFC 7627"),
        Iana(ExtensionType.TokenBinding, "token_binding", "RFC 8472"),
        Iana(ExtensionType.CachedInfo, "cached_info", "RFC 7924"),
        Iana(ExtensionType.TlsLts, "tls_lts", "draft-gutmann-tls-lts"),
        Iana(ExtensionType.CompressCertificate, "compress_certificate", "RFC 8879"),
        Iana(ExtensionType.RecordSizeLimit, "record_size_limit", "RFC 8449"),
        Iana(ExtensionType.PwdProtect, "pwd_protect", Rfc8492),
        Iana(ExtensionType.PwdClear, "pwd_clear", Rfc8492),
        Iana(ExtensionType.PasswordSalt, "password_salt", Rfc8492),
        Iana(ExtensionType.TicketPinning, "ticket_pinning", "RFC 8672"),
        Iana(ExtensionType.TlsCertWithExternPsk, "tls_cert_with_extern_psk", "RFC 8773"),
        Iana(ExtensionType.DelegatedCredential, "delegated_credential", "RFC 9345"),
        Iana(ExtensionType.SessionTicket, "session_ticket", "RFC 5077, RFC 8447"),
        Iana(ExtensionType.Tlmsp, "TLMSP", Tlmsp),
        Iana(ExtensionType.TlmspProxying, "TLMSP_proxying", Tlmsp),
        Iana(ExtensionType.TlmspDelegate, "TLMSP_delegate", Tlmsp),
        Iana(ExtensionType.SupportedEktCiphers, "supported_ekt_ciphers", "RFC 8870"),
        Iana(ExtensionType.PreSharedKey, "pre_shared_key", Rfc8446),
        Iana(ExtensionType.EarlyData, "early_data", Rfc8446),
        Iana(ExtensionType.SupportedVersions, "supported_versions", Rfc8446),
        Iana(ExtensionType.Cookie, "cookie", Rfc8446),
        Iana(ExtensionType.PskKeyExchangeModes, "psk_key_exchange_modes", Rfc8446),
        Iana(ExtensionType.CertificateAuthorities, "certificate_authorities", Rfc8446),
        Iana(ExtensionType.OidFilters, "oid_filters", Rfc8446),
        Iana(ExtensionType.PostHandshakeAuth, "post_handshake_auth", Rfc8446),
        Iana(ExtensionType.SignatureAlgorithmsCert, "signature_algorithms_cert", Rfc8446),
        Iana(ExtensionType.KeyShare, "key_share", Rfc8446),
        Iana(ExtensionType.TransparencyInfo, "transparency_info", "RFC 9162"),
        Iana(ExtensionType.ConnectionIdDeprecated, "connection_id (deprecated)", "RFC 9146"),
        Iana(ExtensionType.ConnectionId, "connection_id", "RFC 9146"),
        Iana(ExtensionType.ExternalIdHash, "external_id_hash", "RFC 8844"),
        Iana(ExtensionType.ExternalSessionId, "external_session_id", "RFC 8844"),
        Iana(ExtensionType.QuicTransportParameters, "quic_transport_parameters", "RFC 9001"),
        Iana(ExtensionType.TicketRequest, "ticket_request", "RFC 9149"),
        Iana(ExtensionType.DnssecChain, "dnssec_chain", "RFC 9102"),
        new(0x3374, "next_protocol_negotiation", false, "draft-agl-tls-nextprotoneg-04"),
        new(0x4469, "application_settings_old", false, "draft-vvv-tls-alps-01"),
        new(0x44CD, "application_settings", false, "draft-vvv-tls-alps-01"),
        new(0x7550, "channel_id", false, "draft-balfanz-tls-channelid-01"),
        Iana(ExtensionType.EchOuterExtensions, "ech_outer_extensions", "RFC 9849"),
        Iana(ExtensionType.EncryptedClientHello, "encrypted_client_hello", "RFC 9849"),
        Iana(ExtensionType.RenegotiationInfo, "renegotiation_info", "RFC 5746"),
        new(0xFFCE, "encrypted_server_name", false, "draft-ietf-tls-esni-06"),
    ];

    private static readonly Dictionary<ushort, ExtensionInfo> ByValue = All.ToDictionary(e => e.Value);

    /// <summary>The row for a value, or null when no table has it.</summary>
    public static ExtensionInfo? Find(ushort value) => ByValue.GetValueOrDefault(value);

    /// <summary>The name ("server_name"), or "0x1a2b (unknown)" / "0x0a0a (GREASE)" (STYLE.md #4).</summary>
    public static string Name(ushort value) => Find(value)?.Name ?? Grease.UnknownName(value);

    /// <summary>The name of a known or unknown extension type.</summary>
    public static string Name(ExtensionType type) => Name((ushort)type);

    private static ExtensionInfo Iana(ExtensionType type, string name, string source) => new((ushort)type, name, true, source);
}
