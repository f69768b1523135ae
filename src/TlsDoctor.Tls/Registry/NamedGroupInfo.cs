namespace TlsDoctor.Tls.Registry;

/// <summary>One row of <see cref="NamedGroups"/>: a key-exchange group and how strong it is.</summary>
/// <param name="Value">The wire value.</param>
/// <param name="Name">The IANA name ("secp256r1", "x25519", "ffdhe2048", "X25519MLKEM768").</param>
/// <param name="SecurityBits">Estimated strength in bits against the best known attack (see NamedGroups for the rule).</param>
/// <param name="Recommended">IANA's "Recommended" column is Y.</param>
/// <param name="Discouraged">IANA's "Recommended" column is D: the group should no longer be used.</param>
/// <param name="Source">The document that defines the group.</param>
public sealed record NamedGroupInfo(
    NamedGroup Value,
    string Name,
    NamedGroupKind Kind,
    int SecurityBits,
    bool Recommended,
    bool Discouraged,
    string Source)
{
    /// <summary>Holds against an attacker with a quantum computer (ML-KEM alone or in a hybrid).</summary>
    public bool QuantumResistant => Kind is NamedGroupKind.PostQuantum or NamedGroupKind.PostQuantumHybrid;

    /// <summary>The value as reports show it: "0x001d".</summary>
    public string ValueText => $"0x{(ushort)Value:x4}";
}

/// <summary>What kind of key exchange a named group is.</summary>
public enum NamedGroupKind : byte
{
    /// <summary>ECDHE over a named curve (RFC 8422, RFC 7748, RFC 8734, RFC 9189, RFC 8998).</summary>
    EllipticCurve,

    /// <summary>Finite-field DHE over an RFC 7919 group.</summary>
    FiniteField,

    /// <summary>ECDHE and ML-KEM combined (draft-ietf-tls-ecdhe-mlkem); also the Kyber draft hybrids.</summary>
    PostQuantumHybrid,

    /// <summary>ML-KEM alone (draft-connolly-tls-mlkem-key-agreement).</summary>
    PostQuantum,
}
