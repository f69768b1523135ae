namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Named groups for key exchange (IANA "TLS Supported Groups"; RFC 8422 §5.1.1, RFC 7919 §2, RFC 8446 §4.2.7,
/// draft-ietf-tls-ecdhe-mlkem for the ML-KEM hybrids). Unknown values are kept, never thrown on.
/// </summary>
public enum NamedGroup : ushort
{
    Sect163k1 = 0x0001, Sect163r1 = 0x0002, Sect163r2 = 0x0003, Sect193r1 = 0x0004, Sect193r2 = 0x0005,
    Sect233k1 = 0x0006, Sect233r1 = 0x0007, Sect239k1 = 0x0008, Sect283k1 = 0x0009, Sect283r1 = 0x000A,
    Sect409k1 = 0x000B, Sect409r1 = 0x000C, Sect571k1 = 0x000D, Sect571r1 = 0x000E,
    Secp160k1 = 0x000F, Secp160r1 = 0x0010, Secp160r2 = 0x0011, Secp192k1 = 0x0012, Secp192r1 = 0x0013,
    Secp224k1 = 0x0014, Secp224r1 = 0x0015, Secp256k1 = 0x0016,
    Secp256r1 = 0x0017, Secp384r1 = 0x0018, Secp521r1 = 0x0019,
    BrainpoolP256r1 = 0x001A, BrainpoolP384r1 = 0x001B, BrainpoolP512r1 = 0x001C,
    X25519 = 0x001D, X448 = 0x001E,
    BrainpoolP256r1Tls13 = 0x001F, BrainpoolP384r1Tls13 = 0x0020, BrainpoolP512r1Tls13 = 0x0021,
    GC256A = 0x0022, GC256B = 0x0023, GC256C = 0x0024, GC256D = 0x0025, GC512A = 0x0026, GC512B = 0x0027, GC512C = 0x0028,
    CurveSM2 = 0x0029,
    Ffdhe2048 = 0x0100, Ffdhe3072 = 0x0101, Ffdhe4096 = 0x0102, Ffdhe6144 = 0x0103, Ffdhe8192 = 0x0104,
    MlKem512 = 0x0200, MlKem768 = 0x0201, MlKem1024 = 0x0202,
    SecP256r1MlKem768 = 0x11EB, X25519MlKem768 = 0x11EC, SecP384r1MlKem1024 = 0x11ED,
    X25519Kyber768Draft00 = 0x6399, SecP256r1Kyber768Draft00 = 0x639A,
    ArbitraryExplicitPrimeCurves = 0xFF01, ArbitraryExplicitChar2Curves = 0xFF02,
}
