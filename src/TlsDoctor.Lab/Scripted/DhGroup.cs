using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Parameters;

namespace TlsDoctor.Lab.Scripted;

/// <summary>Finite-field Diffie-Hellman parameters a DHE server sends in its ServerKeyExchange (p and g, big-endian).</summary>
public sealed record DhGroup(string Name, byte[] Prime, byte[] Generator)
{
    /// <summary>RFC 2409 §6.2 Oakley group 2, the 1024-bit MODP prime (the Logjam-era default of many servers).</summary>
    public static DhGroup Oakley2 { get; } = From("RFC 2409 Oakley group 2 (1024-bit)", DHStandardGroups.rfc2409_1024);

    /// <summary>RFC 3526 §3 group 14, the 2048-bit MODP prime.</summary>
    public static DhGroup Modp2048 { get; } = From("RFC 3526 group 14 (2048-bit)", DHStandardGroups.rfc3526_2048);

    /// <summary>RFC 7919 ffdhe2048.</summary>
    public static DhGroup Ffdhe2048 { get; } = From("RFC 7919 ffdhe2048", DHStandardGroups.rfc7919_ffdhe2048);

    /// <summary>Bits in p.</summary>
    public int PrimeBits => new Org.BouncyCastle.Math.BigInteger(1, Prime).BitLength;

    // The primes as BouncyCastle ships them, taken from the RFCs' hex listings.
    private static DhGroup From(string name, DHParameters p) => new(name, p.P.ToByteArrayUnsigned(), p.G.ToByteArrayUnsigned());
}
