using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.KeyShares;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes;

/// <summary>
/// The broad offers probes start from: every suite, group and signature scheme we know for a version, so that
/// what the server picks is its choice and not a limit of ours.
/// </summary>
public static class Offers
{
    /// <summary>Groups offered in supported_groups: everything in the registry that a server might pick.</summary>
    public static IReadOnlyList<NamedGroup> AllGroups { get; } =
    [
        NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.X448, NamedGroup.Secp384r1, NamedGroup.Secp521r1,
        NamedGroup.X25519MlKem768, NamedGroup.SecP256r1MlKem768, NamedGroup.SecP384r1MlKem1024,
        NamedGroup.MlKem512, NamedGroup.MlKem768, NamedGroup.MlKem1024, NamedGroup.X25519Kyber768Draft00,
        NamedGroup.BrainpoolP256r1Tls13, NamedGroup.BrainpoolP384r1Tls13, NamedGroup.BrainpoolP512r1Tls13,
        NamedGroup.BrainpoolP256r1, NamedGroup.BrainpoolP384r1, NamedGroup.BrainpoolP512r1,
        NamedGroup.Secp256k1, NamedGroup.Secp224r1, NamedGroup.Secp224k1, NamedGroup.Secp192r1, NamedGroup.Secp192k1,
        NamedGroup.Secp160r1, NamedGroup.Secp160r2, NamedGroup.Secp160k1,
        NamedGroup.Sect571r1, NamedGroup.Sect571k1, NamedGroup.Sect409r1, NamedGroup.Sect409k1, NamedGroup.Sect283r1,
        NamedGroup.Sect283k1, NamedGroup.Sect239k1, NamedGroup.Sect233r1, NamedGroup.Sect233k1, NamedGroup.Sect193r2,
        NamedGroup.Sect193r1, NamedGroup.Sect163r2, NamedGroup.Sect163r1, NamedGroup.Sect163k1,
        NamedGroup.Ffdhe2048, NamedGroup.Ffdhe3072, NamedGroup.Ffdhe4096, NamedGroup.Ffdhe6144, NamedGroup.Ffdhe8192,
        NamedGroup.CurveSM2, NamedGroup.GC256A, NamedGroup.GC256B, NamedGroup.GC256C, NamedGroup.GC256D,
        NamedGroup.GC512A, NamedGroup.GC512B, NamedGroup.GC512C,
    ];

    /// <summary>Elliptic-curve groups (the ones TLS ≤ 1.2 ECDHE can use).</summary>
    public static IReadOnlyList<NamedGroup> EcGroups { get; } =
        [.. AllGroups.Where(g => (ushort)g < 0x0100 && g is not (NamedGroup.BrainpoolP256r1Tls13 or NamedGroup.BrainpoolP384r1Tls13 or NamedGroup.BrainpoolP512r1Tls13))];

    /// <summary>Key shares sent with TLS 1.3 offers: the two groups nearly every server takes without a retry.</summary>
    public static IReadOnlyList<NamedGroup> DefaultKeyShares { get; } = [NamedGroup.X25519, NamedGroup.Secp256r1];

    /// <summary>Every signature scheme, modern first.</summary>
    public static IReadOnlyList<SignatureScheme> AllSignatureSchemes { get; } =
    [
        SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp521r1Sha512,
        SignatureScheme.Ed25519, SignatureScheme.Ed448,
        SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPssRsaeSha512,
        SignatureScheme.RsaPssPssSha256, SignatureScheme.RsaPssPssSha384, SignatureScheme.RsaPssPssSha512,
        SignatureScheme.RsaPkcs1Sha256, SignatureScheme.RsaPkcs1Sha384, SignatureScheme.RsaPkcs1Sha512,
        SignatureScheme.EcdsaBrainpoolP256r1Tls13Sha256, SignatureScheme.EcdsaBrainpoolP384r1Tls13Sha384, SignatureScheme.EcdsaBrainpoolP512r1Tls13Sha512,
        SignatureScheme.MlDsa44, SignatureScheme.MlDsa65, SignatureScheme.MlDsa87,
        SignatureScheme.RsaPkcs1Sha224, SignatureScheme.EcdsaSha224, SignatureScheme.DsaSha224,
        SignatureScheme.DsaSha256, SignatureScheme.DsaSha384, SignatureScheme.DsaSha512,
        SignatureScheme.RsaPkcs1Sha1, SignatureScheme.EcdsaSha1, SignatureScheme.DsaSha1,
        SignatureScheme.RsaPkcs1Md5, SignatureScheme.Sm2Sm3,
        SignatureScheme.Gostr34102012_256a, SignatureScheme.Gostr34102012_256b, SignatureScheme.Gostr34102012_256c, SignatureScheme.Gostr34102012_256d,
        SignatureScheme.Gostr34102012_512a, SignatureScheme.Gostr34102012_512b, SignatureScheme.Gostr34102012_512c,
        SignatureScheme.Gostr34102001Gostr3411, SignatureScheme.Gostr34102012_256Intrinsic, SignatureScheme.Gostr34102012_512Intrinsic,
    ];

    /// <summary>A hello for SSLv3–TLS 1.2 offering <paramref name="suites"/> with everything a server may need to pick them.</summary>
    public static ClientHelloSpec Legacy(TlsVersion version, IEnumerable<ushort> suites, string? serverName) => new()
    {
        Version = version,
        CipherSuites = [.. suites],
        ServerName = serverName,
        Groups = EcGroups,
        SignatureAlgorithms = version >= TlsVersion.Tls12 ? AllSignatureSchemes : null,
        // RFC 5746 §3.4: SSLv3 clients signal with the SCSV; TLS clients with the extension.
        RenegotiationInfo = version > TlsVersion.SSLv3,
        RenegotiationScsv = version == TlsVersion.SSLv3,
        EncryptThenMac = true,
        Heartbeat = true,
    };

    /// <summary>A TLS 1.3-only hello offering <paramref name="suites"/>, with shares for x25519 and P-256.</summary>
    public static ClientHelloSpec Tls13(IEnumerable<ushort> suites, string? serverName) => new()
    {
        Version = TlsVersion.Tls13,
        SupportedVersions = [TlsVersion.Tls13],
        CipherSuites = [.. suites],
        ServerName = serverName,
        Groups = [.. AllGroups.Where(KeyShareFactory.CanGenerate)],
        KeyShares = DefaultKeyShares,
        SignatureAlgorithms = AllSignatureSchemes,
    };

    /// <summary>
    /// A short offer for servers that choke on big hellos: the key exchanges, ciphers and authentications that
    /// servers of every era commonly deploy (RSA, DHE, ECDHE; AES, ChaCha20, Camellia, 3DES, RC4), strongest first.
    /// </summary>
    public static IReadOnlyList<ushort> CommonSuiteCodes(TlsVersion version) =>
    [
        .. CipherSuites.Offerable(version)
            .Where(s => s.KeyExchange is KeyExchange.Rsa or KeyExchange.Dhe or KeyExchange.Ecdhe
                && s.Authentication is Authentication.Rsa or Authentication.Ecdsa
                && s.Cipher is BulkCipher.Aes or BulkCipher.ChaCha20 or BulkCipher.Camellia or BulkCipher.TripleDes or BulkCipher.Rc4
                && s.Mode is not (CipherMode.Ccm or CipherMode.Ccm8) && !s.Export)
            .OrderBy(s => s, SuiteStrength.Comparer)
            .Select(s => (ushort)s.Code),
    ];

    /// <summary>Codes of every suite offerable at <paramref name="version"/>, strongest first.</summary>
    public static IReadOnlyList<ushort> SuiteCodes(TlsVersion version) =>
        [.. CipherSuites.Offerable(version).OrderBy(s => s, SuiteStrength.Comparer).Select(s => (ushort)s.Code)];
}
