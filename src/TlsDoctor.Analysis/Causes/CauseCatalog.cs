namespace TlsDoctor.Analysis.Causes;

/// <summary>
/// Every <see cref="CauseId"/> with its explanation and confirming check: the one table both `explain` and the
/// diagnosis print from. Certificate causes correspond to the chain analysis problem codes in
/// TlsDoctor.Certificates.Problems.ProblemCodes.
/// </summary>
public static class CauseCatalog
{
    private static readonly CauseInfo[] Rows =
    [
        new(CauseId.ProtocolMismatch, "protocol_mismatch", "no common protocol version",
            "Client and server have no TLS version in common (e.g. the server allows only TLS 1.0, or the client only TLS 1.3).",
            "the protocol versions the server accepts, against the versions the client offers"),
        new(CauseId.NoSharedCipher, "no_shared_cipher", "no common cipher suite",
            "They agree on a version but the server accepts none of the cipher suites the client offers.",
            "the cipher suites the server accepts per version, against what current clients offer"),
        new(CauseId.NoSharedGroupOrSignature, "no_shared_group_or_signature", "no common key-exchange group or signature algorithm",
            "The suites match but no (EC)DHE group or signature algorithm does (e.g. a server with only brainpool curves).",
            "the named groups the server accepts, against x25519/secp256r1/secp384r1"),
        new(CauseId.DhTooSmall, "dh_too_small", "Diffie-Hellman group too small",
            "The server's DHE group is smaller than the client accepts (OpenSSL 3 and Java refuse groups below 2048 or 1024 bits).",
            "the size of the DH prime in the server's DHE key exchange"),
        new(CauseId.CertificateExpired, "certificate_expired", "certificate expired",
            "A certificate in the chain is past its notAfter date (or the client's clock is wrong).",
            "the validity dates of every certificate the server sends"),
        new(CauseId.CertificateNotYetValid, "certificate_not_yet_valid", "certificate not yet valid",
            "A certificate's notBefore date is in the future (often a client or server clock that is wrong).",
            "the validity dates of every certificate the server sends"),
        new(CauseId.HostnameMismatch, "hostname_mismatch", "certificate is for another name",
            "The certificate's subjectAltName does not cover the host name the client connected to.",
            "the leaf certificate's names against the host name (SNI) asked for"),
        new(CauseId.UnknownIssuer, "unknown_issuer", "issuer not trusted",
            "The chain does not lead to a root the client trusts (a private CA, or a root missing from the client's store).",
            "building a path from the chain as sent to the trust store (the system store, or --ca-file)"),
        new(CauseId.IncompleteChain, "incomplete_chain", "intermediate certificate missing",
            "The server sends its certificate without the intermediate(s); browsers may fetch them, most other clients fail.",
            "whether the path to a trusted root needs a certificate the server did not send"),
        new(CauseId.SelfSigned, "self_signed", "self-signed certificate",
            "The server's certificate (or the root it sends) signs itself and is not in the client's trust store.",
            "whether the leaf, or the root the server sends, is self-signed and untrusted"),
        new(CauseId.WeakCertificateKey, "weak_certificate_key", "certificate key too small",
            "A certificate's key is below the client's minimum (OpenSSL 3 at security level 2 refuses RSA below 2048 bits).",
            "the key type and size of every certificate in the chain"),
        new(CauseId.WeakSignature, "weak_signature", "weak certificate signature",
            "A certificate is signed with SHA-1 or MD5, which current clients refuse.",
            "the signature algorithm of every certificate in the chain"),
        new(CauseId.ClientCertificateRequired, "client_certificate_required", "client certificate required",
            "The server asks for a client certificate (mutual TLS) and the client sent none, or one it does not accept.",
            "not visible to a scan without a client certificate: check the server's client-verify setting"),
        new(CauseId.SniRequired, "sni_required", "SNI missing or wrong",
            "The server picks its site by SNI; without it (or with another name) it refuses or serves another certificate.",
            "handshakes with and without SNI: whether they fail or return different certificates"),
        new(CauseId.NotTls, "not_tls", "the port does not speak TLS",
            "The client sent a TLS hello to a port that answered in plain text (HTTP), or that needs STARTTLS first.",
            "what the port answers to a ClientHello: TLS, plain HTTP, a banner or nothing"),
        new(CauseId.ConnectionRefused, "connection_refused", "connection refused",
            "Nothing listens on that host and port (or a firewall rejects it).",
            "a TCP connection to the port"),
        new(CauseId.Timeout, "timeout", "no answer in time",
            "The connection or the handshake got no answer in time: a firewall dropping packets, a wrong address or a server overloaded.",
            "how long the TCP connect and the answer to a ClientHello take"),
        new(CauseId.ConnectionReset, "connection_reset", "connection reset during the handshake",
            "The server or a middlebox closed the connection instead of answering: often a refused offer, sometimes a filter.",
            "whether handshakes complete, or the server resets or closes the connection"),
        new(CauseId.HostNotFound, "host_not_found", "host name does not resolve",
            "DNS has no address for the host name.",
            "resolving the host name"),
        new(CauseId.Revoked, "revoked", "certificate revoked",
            "The certificate's CA has revoked it (OCSP or CRL).",
            "the stapled OCSP response, and OCSP/CRL when revocation checking is on"),
        new(CauseId.LocalConfiguration, "local_configuration", "the failing side's own TLS setup",
            "The side that logged the error is misconfigured (e.g. a proxy without TLS enabled, a missing trust store or key).",
            "not visible from the server: check the configuration of the program that logged the error"),
        new(CauseId.ServerConfiguration, "server_configuration", "server TLS setup incomplete",
            "The server has no usable certificate or key for this listener, so it cannot complete any handshake.",
            "whether the server completes a handshake and sends a certificate at all"),
    ];

    private static readonly Dictionary<CauseId, CauseInfo> ById = Rows.ToDictionary(r => r.Id);

    public static IReadOnlyList<CauseInfo> All => Rows;

    public static CauseInfo Get(CauseId id) => ById[id];
}
