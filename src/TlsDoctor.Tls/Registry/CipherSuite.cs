namespace TlsDoctor.Tls.Registry;

/// <summary>
/// One cipher suite (or SSLv2 cipher spec) and what it is made of. The table of all of them is
/// <see cref="CipherSuites"/>; sources are named there.
/// </summary>
/// <param name="Code">The wire code: two bytes for SSLv3–TLS 1.3 (0xC02F), three for SSLv2 specs (0x010080).</param>
/// <param name="IanaName">The IANA registry name (for SSLv2 and non-IANA legacy codes, the name their defining document uses).</param>
/// <param name="OpenSslName">OpenSSL's name, where OpenSSL has one.</param>
/// <param name="CipherBits">Effective key strength of the bulk cipher in bits (40 for export, 112 for 3DES, 0 for NULL).</param>
/// <param name="MinVersion">Oldest protocol that can negotiate it (SHA-256/GCM suites need TLS 1.2; TLS 1.3 suites only 1.3).</param>
public sealed record CipherSuite(
    uint Code,
    string IanaName,
    string? OpenSslName,
    KeyExchange KeyExchange,
    Authentication Authentication,
    BulkCipher Cipher,
    CipherMode Mode,
    int CipherBits,
    MacAlgorithm Mac,
    TlsVersion MinVersion,
    bool Export = false)
{
    /// <summary>TLS 1.3 suites (RFC 8446 §B.4): key exchange and authentication are negotiated apart.</summary>
    public bool IsTls13 => MinVersion == TlsVersion.Tls13;

    /// <summary>SSLv2 cipher specs (three-byte codes).</summary>
    public bool IsSslV2 => MinVersion == TlsVersion.SSLv2;

    /// <summary>Signalling values that are not suites (TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV).</summary>
    public bool IsSignalling => KeyExchange == KeyExchange.Scsv;

    public bool IsAead => Mode is CipherMode.Gcm or CipherMode.Ccm or CipherMode.Ccm8 or CipherMode.Poly1305 or CipherMode.Mgm
        or CipherMode.Aegis;

    /// <summary>Ephemeral key exchange, so a stolen server key does not expose past sessions. TLS 1.3 always.</summary>
    public bool ForwardSecrecy => KeyExchange is KeyExchange.Dhe or KeyExchange.Ecdhe or KeyExchange.DhePsk
        or KeyExchange.EcdhePsk or KeyExchange.Any;

    /// <summary>No server authentication at all (anonymous DH/ECDH, NULL auth).</summary>
    public bool IsAnonymous => Authentication == Authentication.Anonymous;

    public bool IsNullCipher => Cipher == BulkCipher.Null;

    /// <summary>The code as reports show it: "0xc02f" or, for SSLv2, "0x010080".</summary>
    public string CodeText => IsSslV2 ? $"0x{Code:x6}" : $"0x{Code:x4}";
}

/// <summary>Key exchange of a suite.</summary>
public enum KeyExchange : byte
{
    Null, Rsa, RsaExport, Dh, Dhe, Ecdh, Ecdhe, Psk, DhePsk, EcdhePsk, RsaPsk, Srp, Krb5, Gost, Eccpwd,
    /// <summary>TLS 1.3: negotiated by supported_groups/key_share, not by the suite.</summary>
    Any,
    /// <summary>A signalling cipher suite value, not a suite.</summary>
    Scsv,
    /// <summary>FORTEZZA KEA (SSL 3.0, RFC 6101).</summary>
    Fortezza,
}

/// <summary>Server authentication of a suite.</summary>
public enum Authentication : byte
{
    Anonymous, Rsa, Dss, Ecdsa, Dh, Ecdh, Psk, Srp, Krb5, Gost, Eccpwd,
    /// <summary>TLS 1.3: negotiated by signature_algorithms.</summary>
    Any,
    Scsv,
}

/// <summary>Bulk cipher algorithm of a suite.</summary>
public enum BulkCipher : byte
{
    Null, Rc4, Rc2, Des, Des40, TripleDes, Idea, Aes, Camellia, Aria, Seed, ChaCha20, Gost28147, Kuznyechik, Magma, Sm4, Fortezza,
    Aegis,
}

/// <summary>How the bulk cipher is used.</summary>
public enum CipherMode : byte
{
    None, Stream, Cbc, Gcm, Ccm, Ccm8, Poly1305, Mgm, Ctr, Cnt,
    /// <summary>AEGIS-128L / AEGIS-256 (draft-irtf-cfrg-aegis-aead), an AEAD of its own.</summary>
    Aegis,
}

/// <summary>Record MAC (Aead where the cipher mode authenticates).</summary>
public enum MacAlgorithm : byte
{
    Null, Md5, Sha1, Sha256, Sha384, Aead, Gost, Sm3,
}
