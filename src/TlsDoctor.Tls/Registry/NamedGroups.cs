namespace TlsDoctor.Tls.Registry;

/// <summary>
/// Every named group the scanner knows, as data.
/// Source: IANA "Transport Layer Security (TLS) Parameters", registry "TLS Supported Groups"
/// (https://www.iana.org/assignments/tls-parameters/, values, names and "Recommended" column: Y, N or D), and
/// the documents it cites (column Source). The "(OBSOLETE)" the registry appends to the two Kyber drafts is left
/// out of their names.
/// Security bits: NIST SP 800-57 Part 1 Rev. 5, Table 2, in its strength categories (elliptic curves by the
/// size f of the group order: 160–223 → 80, 224–255 → 112, 256–383 → 128, 384–511 → 192, 512+ → 256;
/// finite fields by modulus: 2048 → 112, 3072 → 128, 7680 → 192, rounded down between); x25519 and x448 as
/// RFC 7748 §1 states (~128, ~224); ML-KEM by its FIPS 203 category (1 → 128, 3 → 192, 5 → 256); a hybrid
/// stands while either part stands, so it gets the larger of its parts. 0: not a fixed group.
/// </summary>
public static class NamedGroups
{
    private const string Rfc8422 = "RFC 8422";
    private const string Rfc7919 = "RFC 7919";
    private const string Rfc9189 = "RFC 9189";
    private const string MlKemDraft = "draft-connolly-tls-mlkem-key-agreement-05";
    private const string HybridDraft = "draft-kwiatkowski-tls-ecdhe-mlkem-03";

    /// <summary>All rows, in value order.</summary>
    public static IReadOnlyList<NamedGroupInfo> All { get; } =
    [
        Ec(NamedGroup.Sect163k1, "sect163k1", 80, discouraged: true),
        Ec(NamedGroup.Sect163r1, "sect163r1", 80, discouraged: true),
        Ec(NamedGroup.Sect163r2, "sect163r2", 80, discouraged: true),
        Ec(NamedGroup.Sect193r1, "sect193r1", 80, discouraged: true),
        Ec(NamedGroup.Sect193r2, "sect193r2", 80, discouraged: true),
        Ec(NamedGroup.Sect233k1, "sect233k1", 112, discouraged: true),
        Ec(NamedGroup.Sect233r1, "sect233r1", 112, discouraged: true),
        Ec(NamedGroup.Sect239k1, "sect239k1", 112, discouraged: true),
        Ec(NamedGroup.Sect283k1, "sect283k1", 128),
        Ec(NamedGroup.Sect283r1, "sect283r1", 128),
        Ec(NamedGroup.Sect409k1, "sect409k1", 192),
        Ec(NamedGroup.Sect409r1, "sect409r1", 192),
        Ec(NamedGroup.Sect571k1, "sect571k1", 256),
        Ec(NamedGroup.Sect571r1, "sect571r1", 256),
        Ec(NamedGroup.Secp160k1, "secp160k1", 80, discouraged: true),
        Ec(NamedGroup.Secp160r1, "secp160r1", 80, discouraged: true),
        Ec(NamedGroup.Secp160r2, "secp160r2", 80, discouraged: true),
        Ec(NamedGroup.Secp192k1, "secp192k1", 80, discouraged: true),
        Ec(NamedGroup.Secp192r1, "secp192r1", 80, discouraged: true),
        Ec(NamedGroup.Secp224k1, "secp224k1", 112, discouraged: true),
        Ec(NamedGroup.Secp224r1, "secp224r1", 112, discouraged: true),
        Ec(NamedGroup.Secp256k1, "secp256k1", 128),
        Ec(NamedGroup.Secp256r1, "secp256r1", 128, recommended: true),
        Ec(NamedGroup.Secp384r1, "secp384r1", 192, recommended: true),
        Ec(NamedGroup.Secp521r1, "secp521r1", 256),
        Ec(NamedGroup.BrainpoolP256r1, "brainpoolP256r1", 128, source: "RFC 7027"),
        Ec(NamedGroup.BrainpoolP384r1, "brainpoolP384r1", 192, source: "RFC 7027"),
        Ec(NamedGroup.BrainpoolP512r1, "brainpoolP512r1", 256, source: "RFC 7027"),
        Ec(NamedGroup.X25519, "x25519", 128, recommended: true, source: "RFC 8422, RFC 7748"),
        Ec(NamedGroup.X448, "x448", 224, recommended: true, source: "RFC 8422, RFC 7748"),
        Ec(NamedGroup.BrainpoolP256r1Tls13, "brainpoolP256r1tls13", 128, source: "RFC 8734"),
        Ec(NamedGroup.BrainpoolP384r1Tls13, "brainpoolP384r1tls13", 192, source: "RFC 8734"),
        Ec(NamedGroup.BrainpoolP512r1Tls13, "brainpoolP512r1tls13", 256, source: "RFC 8734"),
        Ec(NamedGroup.GC256A, "GC256A", 128, source: Rfc9189),
        Ec(NamedGroup.GC256B, "GC256B", 128, source: Rfc9189),
        Ec(NamedGroup.GC256C, "GC256C", 128, source: Rfc9189),
        Ec(NamedGroup.GC256D, "GC256D", 128, source: Rfc9189),
        Ec(NamedGroup.GC512A, "GC512A", 256, source: Rfc9189),
        Ec(NamedGroup.GC512B, "GC512B", 256, source: Rfc9189),
        Ec(NamedGroup.GC512C, "GC512C", 256, source: Rfc9189),
        Ec(NamedGroup.CurveSM2, "curveSM2", 128, source: "RFC 8998"),
        new(NamedGroup.Ffdhe2048, "ffdhe2048", NamedGroupKind.FiniteField, 112, false, false, Rfc7919),
        new(NamedGroup.Ffdhe3072, "ffdhe3072", NamedGroupKind.FiniteField, 128, false, false, Rfc7919),
        new(NamedGroup.Ffdhe4096, "ffdhe4096", NamedGroupKind.FiniteField, 128, false, false, Rfc7919),
        new(NamedGroup.Ffdhe6144, "ffdhe6144", NamedGroupKind.FiniteField, 128, false, false, Rfc7919),
        new(NamedGroup.Ffdhe8192, "ffdhe8192", NamedGroupKind.FiniteField, 192, false, false, Rfc7919),
        new(NamedGroup.MlKem512, "MLKEM512", NamedGroupKind.PostQuantum, 128, false, false, MlKemDraft),
        new(NamedGroup.MlKem768, "MLKEM768", NamedGroupKind.PostQuantum, 192, false, false, MlKemDraft),
        new(NamedGroup.MlKem1024, "MLKEM1024", NamedGroupKind.PostQuantum, 256, false, false, MlKemDraft),
        new(NamedGroup.SecP256r1MlKem768, "SecP256r1MLKEM768", NamedGroupKind.PostQuantumHybrid, 192, false, false, HybridDraft),
        new(NamedGroup.X25519MlKem768, "X25519MLKEM768", NamedGroupKind.PostQuantumHybrid, 192, false, false, HybridDraft),
        new(NamedGroup.SecP384r1MlKem1024, "SecP384r1MLKEM1024", NamedGroupKind.PostQuantumHybrid, 256, false, false, HybridDraft),
        new(NamedGroup.X25519Kyber768Draft00, "X25519Kyber768Draft00", NamedGroupKind.PostQuantumHybrid, 192, false, false, "draft-tls-westerbaan-xyber768d00-02"),
        new(NamedGroup.SecP256r1Kyber768Draft00, "SecP256r1Kyber768Draft00", NamedGroupKind.PostQuantumHybrid, 192, false, false, "draft-kwiatkowski-tls-ecdhe-kyber-01"),
        Ec(NamedGroup.ArbitraryExplicitPrimeCurves, "arbitrary_explicit_prime_curves", 0),
        Ec(NamedGroup.ArbitraryExplicitChar2Curves, "arbitrary_explicit_char2_curves", 0),
    ];

    // Names other tools use for the same groups (OpenSSL's "prime256v1", NIST's "P-256").
    private static readonly (string Alias, NamedGroup Group)[] Aliases =
    [
        ("prime192v1", NamedGroup.Secp192r1), ("P-192", NamedGroup.Secp192r1),
        ("P-224", NamedGroup.Secp224r1),
        ("prime256v1", NamedGroup.Secp256r1), ("P-256", NamedGroup.Secp256r1),
        ("P-384", NamedGroup.Secp384r1),
        ("P-521", NamedGroup.Secp521r1),
    ];

    private static readonly Dictionary<NamedGroup, NamedGroupInfo> ByValue = All.ToDictionary(g => g.Value);

    private static readonly Dictionary<string, NamedGroupInfo> ByName = BuildNameIndex();

    /// <summary>The row for a value, or null when no table has it.</summary>
    public static NamedGroupInfo? Find(NamedGroup value) => ByValue.GetValueOrDefault(value);

    /// <summary>The row for an IANA name or a common alias ("P-256", "prime256v1"), case-insensitive.</summary>
    public static NamedGroupInfo? FindByName(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The IANA name, or "0x1a2b (unknown)" / "0x0a0a (GREASE)" (STYLE.md #4).</summary>
    public static string Name(NamedGroup value) => Find(value)?.Name ?? Grease.UnknownName((ushort)value);

    private static NamedGroupInfo Ec(
        NamedGroup value, string name, int bits, bool recommended = false, bool discouraged = false, string source = Rfc8422) =>
        new(value, name, NamedGroupKind.EllipticCurve, bits, recommended, discouraged, source);

    private static Dictionary<string, NamedGroupInfo> BuildNameIndex()
    {
        var index = All.ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, group) in Aliases)
        {
            index.Add(alias, ByValue[group]);
        }

        return index;
    }
}
