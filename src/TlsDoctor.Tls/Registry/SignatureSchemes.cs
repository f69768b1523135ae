namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Every signature scheme the scanner knows, as data.
/// Sources: IANA "Transport Layer Security (TLS) Parameters", registry "TLS SignatureScheme"
/// (https://www.iana.org/assignments/tls-parameters/) and the documents it cites (column Source); for the TLS 1.2
/// HashAlgorithm/SignatureAlgorithm pairs that registry only reserves ("Reserved for backward compatibility"),
/// the IANA "TLS HashAlgorithm" and "TLS SignatureAlgorithm" registries (RFC 5246 §7.4.1.4.1), named here as
/// "&lt;signature&gt;_&lt;hash&gt;" in the style of RFC 8446 §4.2.3 ("rsa_pkcs1_sha224", "dsa_sha256"). RFC 9189 §8 TLS 1.2
/// GOST values (hash 8 "Intrinsic", signature 64/65) are named after their signature algorithm; 0xEDED, 0xEEEE and
/// 0xEFEF are the pre-RFC 9189 codes the GOST engine for OpenSSL still sends (draft-chudov-cryptopro-cptls).
/// Where usable: RFC 8446 §4.2.3 (PKCS#1 v1.5 and SHA-1 only in certificates under TLS 1.3, not in
/// CertificateVerify; ECDSA in TLS 1.3 bound to its curve); RFC 8734, RFC 8998, RFC 9367 and the ML-DSA draft
/// define TLS 1.3-only schemes; RFC 8422 §5.1.3 brings Ed25519/Ed448 to TLS 1.2.
/// </summary>
public static class SignatureSchemes
{
    private const string Rfc5246 = "RFC 5246";
    private const string Rfc8446 = "RFC 8446";
    private const string Rfc9367 = "RFC 9367";
    private const string Pkcs1Tls13Draft = "draft-davidben-tls13-pkcs1-00";
    private const string IbcDraft = "draft-wang-tls-raw-public-key-with-ibc-02";
    private const string MlDsaDraft = "draft-ietf-tls-mldsa-00";
    private const string GostEngine = "draft-chudov-cryptopro-cptls-04 (GOST engine)";

    /// <summary>All rows, in value order.</summary>
    public static IReadOnlyList<SignatureSchemeInfo> All { get; } =
    [
        Tls12Only(SignatureScheme.RsaPkcs1Md5, "rsa_pkcs1_md5", SignatureAlgorithm.Rsa, SignatureHash.Md5),
        Tls12Only(SignatureScheme.DsaMd5, "dsa_md5", SignatureAlgorithm.Dsa, SignatureHash.Md5),
        Tls12Only(SignatureScheme.EcdsaMd5, "ecdsa_md5", SignatureAlgorithm.Ecdsa, SignatureHash.Md5),
        new(SignatureScheme.RsaPkcs1Sha1, "rsa_pkcs1_sha1", SignatureAlgorithm.Rsa, SignatureHash.Sha1, true, false, true, "RFC 8446, RFC 9155"),
        Tls12Only(SignatureScheme.DsaSha1, "dsa_sha1", SignatureAlgorithm.Dsa, SignatureHash.Sha1),
        new(SignatureScheme.EcdsaSha1, "ecdsa_sha1", SignatureAlgorithm.Ecdsa, SignatureHash.Sha1, true, false, true, "RFC 8446, RFC 9155"),
        Tls12Only(SignatureScheme.RsaPkcs1Sha224, "rsa_pkcs1_sha224", SignatureAlgorithm.Rsa, SignatureHash.Sha224),
        Tls12Only(SignatureScheme.DsaSha224, "dsa_sha224", SignatureAlgorithm.Dsa, SignatureHash.Sha224),
        Tls12Only(SignatureScheme.EcdsaSha224, "ecdsa_sha224", SignatureAlgorithm.Ecdsa, SignatureHash.Sha224),
        new(SignatureScheme.RsaPkcs1Sha256, "rsa_pkcs1_sha256", SignatureAlgorithm.Rsa, SignatureHash.Sha256, true, false, true, Rfc8446),
        Tls12Only(SignatureScheme.DsaSha256, "dsa_sha256", SignatureAlgorithm.Dsa, SignatureHash.Sha256),
        new(SignatureScheme.EcdsaSecp256r1Sha256, "ecdsa_secp256r1_sha256", SignatureAlgorithm.Ecdsa, SignatureHash.Sha256, true, true, true, Rfc8446),
        new(SignatureScheme.RsaPkcs1Sha256Legacy, "rsa_pkcs1_sha256_legacy", SignatureAlgorithm.Rsa, SignatureHash.Sha256, false, true, true, Pkcs1Tls13Draft),
        new(SignatureScheme.RsaPkcs1Sha384, "rsa_pkcs1_sha384", SignatureAlgorithm.Rsa, SignatureHash.Sha384, true, false, true, Rfc8446),
        Tls12Only(SignatureScheme.DsaSha384, "dsa_sha384", SignatureAlgorithm.Dsa, SignatureHash.Sha384),
        new(SignatureScheme.EcdsaSecp384r1Sha384, "ecdsa_secp384r1_sha384", SignatureAlgorithm.Ecdsa, SignatureHash.Sha384, true, true, true, Rfc8446),
        new(SignatureScheme.RsaPkcs1Sha384Legacy, "rsa_pkcs1_sha384_legacy", SignatureAlgorithm.Rsa, SignatureHash.Sha384, false, true, true, Pkcs1Tls13Draft),
        new(SignatureScheme.RsaPkcs1Sha512, "rsa_pkcs1_sha512", SignatureAlgorithm.Rsa, SignatureHash.Sha512, true, false, true, Rfc8446),
        Tls12Only(SignatureScheme.DsaSha512, "dsa_sha512", SignatureAlgorithm.Dsa, SignatureHash.Sha512),
        new(SignatureScheme.EcdsaSecp521r1Sha512, "ecdsa_secp521r1_sha512", SignatureAlgorithm.Ecdsa, SignatureHash.Sha512, true, true, true, Rfc8446),
        new(SignatureScheme.RsaPkcs1Sha512Legacy, "rsa_pkcs1_sha512_legacy", SignatureAlgorithm.Rsa, SignatureHash.Sha512, false, true, true, Pkcs1Tls13Draft),
        Tls13Only(SignatureScheme.EccsiSha256, "eccsi_sha256", SignatureAlgorithm.IdentityBased, SignatureHash.Sha256, IbcDraft),
        Tls13Only(SignatureScheme.IsoIbs1, "iso_ibs1", SignatureAlgorithm.IdentityBased, SignatureHash.Intrinsic, IbcDraft),
        Tls13Only(SignatureScheme.IsoIbs2, "iso_ibs2", SignatureAlgorithm.IdentityBased, SignatureHash.Intrinsic, IbcDraft),
        Tls13Only(SignatureScheme.IsoChineseIbs, "iso_chinese_ibs", SignatureAlgorithm.IdentityBased, SignatureHash.Intrinsic, IbcDraft),
        Tls13Only(SignatureScheme.Sm2Sm3, "sm2sig_sm3", SignatureAlgorithm.Sm2, SignatureHash.Sm3, "RFC 8998"),
        Tls13Only(SignatureScheme.Gostr34102012_256a, "gostr34102012_256a", SignatureAlgorithm.Gost, SignatureHash.Streebog256, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_256b, "gostr34102012_256b", SignatureAlgorithm.Gost, SignatureHash.Streebog256, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_256c, "gostr34102012_256c", SignatureAlgorithm.Gost, SignatureHash.Streebog256, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_256d, "gostr34102012_256d", SignatureAlgorithm.Gost, SignatureHash.Streebog256, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_512a, "gostr34102012_512a", SignatureAlgorithm.Gost, SignatureHash.Streebog512, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_512b, "gostr34102012_512b", SignatureAlgorithm.Gost, SignatureHash.Streebog512, Rfc9367),
        Tls13Only(SignatureScheme.Gostr34102012_512c, "gostr34102012_512c", SignatureAlgorithm.Gost, SignatureHash.Streebog512, Rfc9367),
        Both(SignatureScheme.RsaPssRsaeSha256, "rsa_pss_rsae_sha256", SignatureAlgorithm.RsaPss, SignatureHash.Sha256),
        Both(SignatureScheme.RsaPssRsaeSha384, "rsa_pss_rsae_sha384", SignatureAlgorithm.RsaPss, SignatureHash.Sha384),
        Both(SignatureScheme.RsaPssRsaeSha512, "rsa_pss_rsae_sha512", SignatureAlgorithm.RsaPss, SignatureHash.Sha512),
        Both(SignatureScheme.Ed25519, "ed25519", SignatureAlgorithm.EdDsa, SignatureHash.Intrinsic, "RFC 8446, RFC 8422"),
        Both(SignatureScheme.Ed448, "ed448", SignatureAlgorithm.EdDsa, SignatureHash.Intrinsic, "RFC 8446, RFC 8422"),
        Both(SignatureScheme.RsaPssPssSha256, "rsa_pss_pss_sha256", SignatureAlgorithm.RsaPss, SignatureHash.Sha256),
        Both(SignatureScheme.RsaPssPssSha384, "rsa_pss_pss_sha384", SignatureAlgorithm.RsaPss, SignatureHash.Sha384),
        Both(SignatureScheme.RsaPssPssSha512, "rsa_pss_pss_sha512", SignatureAlgorithm.RsaPss, SignatureHash.Sha512),
        Tls13Only(SignatureScheme.EcdsaBrainpoolP256r1Tls13Sha256, "ecdsa_brainpoolP256r1tls13_sha256", SignatureAlgorithm.Ecdsa, SignatureHash.Sha256, "RFC 8734"),
        Tls13Only(SignatureScheme.EcdsaBrainpoolP384r1Tls13Sha384, "ecdsa_brainpoolP384r1tls13_sha384", SignatureAlgorithm.Ecdsa, SignatureHash.Sha384, "RFC 8734"),
        Tls13Only(SignatureScheme.EcdsaBrainpoolP512r1Tls13Sha512, "ecdsa_brainpoolP512r1tls13_sha512", SignatureAlgorithm.Ecdsa, SignatureHash.Sha512, "RFC 8734"),
        new(SignatureScheme.Gostr34102012_256, "gostr34102012_256", SignatureAlgorithm.Gost, SignatureHash.Intrinsic, true, false, false, "RFC 9189"),
        new(SignatureScheme.Gostr34102012_512, "gostr34102012_512", SignatureAlgorithm.Gost, SignatureHash.Intrinsic, true, false, false, "RFC 9189"),
        Tls13Only(SignatureScheme.MlDsa44, "mldsa44", SignatureAlgorithm.MlDsa, SignatureHash.Intrinsic, MlDsaDraft),
        Tls13Only(SignatureScheme.MlDsa65, "mldsa65", SignatureAlgorithm.MlDsa, SignatureHash.Intrinsic, MlDsaDraft),
        Tls13Only(SignatureScheme.MlDsa87, "mldsa87", SignatureAlgorithm.MlDsa, SignatureHash.Intrinsic, MlDsaDraft),
        new(SignatureScheme.Gostr34102001Gostr3411, "gostr34102001_gostr3411", SignatureAlgorithm.Gost, SignatureHash.Gostr341194, true, false, false, GostEngine),
        new(SignatureScheme.Gostr34102012_256Intrinsic, "gostr34102012_256_gostr34112012_256", SignatureAlgorithm.Gost, SignatureHash.Streebog256, true, false, false, GostEngine),
        new(SignatureScheme.Gostr34102012_512Intrinsic, "gostr34102012_512_gostr34112012_512", SignatureAlgorithm.Gost, SignatureHash.Streebog512, true, false, false, GostEngine),
    ];

    private static readonly Dictionary<SignatureScheme, SignatureSchemeInfo> ByValue = All.ToDictionary(s => s.Value);

    private static readonly Dictionary<string, SignatureSchemeInfo> ByName =
        All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The row for a value, or null when no table has it.</summary>
    public static SignatureSchemeInfo? Find(SignatureScheme value) => ByValue.GetValueOrDefault(value);

    /// <summary>The row for a name ("rsa_pss_rsae_sha256"), case-insensitive.</summary>
    public static SignatureSchemeInfo? FindByName(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The name, or "0x1a2b (unknown)" / "0x0a0a (GREASE)" (STYLE.md #4).</summary>
    public static string Name(SignatureScheme value) => Find(value)?.Name ?? Grease.UnknownName((ushort)value);

    // A TLS 1.2 hash/signature pair with no SignatureScheme name of its own.
    private static SignatureSchemeInfo Tls12Only(SignatureScheme value, string name, SignatureAlgorithm algorithm, SignatureHash hash) =>
        new(value, name, algorithm, hash, true, false, false, Rfc5246);

    private static SignatureSchemeInfo Tls13Only(
        SignatureScheme value, string name, SignatureAlgorithm algorithm, SignatureHash hash, string source) =>
        new(value, name, algorithm, hash, false, true, true, source);

    private static SignatureSchemeInfo Both(
        SignatureScheme value, string name, SignatureAlgorithm algorithm, SignatureHash hash, string source = Rfc8446) =>
        new(value, name, algorithm, hash, true, true, true, source);
}
