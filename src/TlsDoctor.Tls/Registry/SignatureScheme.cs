namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Signature schemes (IANA "TLS SignatureScheme"; RFC 8446 §4.2.3). For TLS 1.2 the two bytes are
/// HashAlgorithm and SignatureAlgorithm (RFC 5246 §7.4.1.4.1), which these values also cover.
/// </summary>
public enum SignatureScheme : ushort
{
    RsaPkcs1Md5 = 0x0101, DsaMd5 = 0x0102, EcdsaMd5 = 0x0103,
    RsaPkcs1Sha1 = 0x0201, DsaSha1 = 0x0202, EcdsaSha1 = 0x0203,
    RsaPkcs1Sha224 = 0x0301, DsaSha224 = 0x0302, EcdsaSha224 = 0x0303,
    RsaPkcs1Sha256 = 0x0401, DsaSha256 = 0x0402, EcdsaSecp256r1Sha256 = 0x0403,
    RsaPkcs1Sha256Legacy = 0x0420,
    RsaPkcs1Sha384 = 0x0501, DsaSha384 = 0x0502, EcdsaSecp384r1Sha384 = 0x0503,
    RsaPkcs1Sha384Legacy = 0x0520,
    RsaPkcs1Sha512 = 0x0601, DsaSha512 = 0x0602, EcdsaSecp521r1Sha512 = 0x0603,
    RsaPkcs1Sha512Legacy = 0x0620,
    EccsiSha256 = 0x0704, IsoIbs1 = 0x0705, IsoIbs2 = 0x0706, IsoChineseIbs = 0x0707,
    Sm2Sm3 = 0x0708,
    Gostr34102012_256a = 0x0709, Gostr34102012_256b = 0x070A, Gostr34102012_256c = 0x070B, Gostr34102012_256d = 0x070C,
    Gostr34102012_512a = 0x070D, Gostr34102012_512b = 0x070E, Gostr34102012_512c = 0x070F,
    RsaPssRsaeSha256 = 0x0804, RsaPssRsaeSha384 = 0x0805, RsaPssRsaeSha512 = 0x0806,
    Ed25519 = 0x0807, Ed448 = 0x0808,
    RsaPssPssSha256 = 0x0809, RsaPssPssSha384 = 0x080A, RsaPssPssSha512 = 0x080B,
    EcdsaBrainpoolP256r1Tls13Sha256 = 0x081A, EcdsaBrainpoolP384r1Tls13Sha384 = 0x081B, EcdsaBrainpoolP512r1Tls13Sha512 = 0x081C,
    Gostr34102012_256 = 0x0840, Gostr34102012_512 = 0x0841,
    MlDsa44 = 0x0904, MlDsa65 = 0x0905, MlDsa87 = 0x0906,
    Gostr34102001Gostr3411 = 0xEDED, Gostr34102012_256Intrinsic = 0xEEEE, Gostr34102012_512Intrinsic = 0xEFEF,
}
