using System.Collections.Concurrent;
using Org.BouncyCastle.Security;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// Makes real key shares (a server may check that a share is a valid point or encapsulation key, and a
/// fake one would make it refuse for the wrong reason). One share per group is made and reused: probes
/// are many, and a probe never completes a handshake that needs a fresh key.
/// </summary>
public sealed class KeyShareFactory(SecureRandom? random = null)
{
    private readonly SecureRandom _random = random ?? new SecureRandom();
    private readonly bool _seeded = random is not null;
    private readonly ConcurrentDictionary<NamedGroup, KeyShare?> _cache = new();

    /// <summary>A process-wide factory for probes that need no seeded randomness.</summary>
    public static KeyShareFactory Shared { get; } = new();

    /// <summary>True for groups we can make a share for.</summary>
    public static bool CanGenerate(NamedGroup group) => group switch
    {
        NamedGroup.X25519 or NamedGroup.X448 => true,
        NamedGroup.Ffdhe2048 or NamedGroup.Ffdhe3072 or NamedGroup.Ffdhe4096 or NamedGroup.Ffdhe6144 or NamedGroup.Ffdhe8192 => true,
        NamedGroup.MlKem512 or NamedGroup.MlKem768 or NamedGroup.MlKem1024 => true,
        NamedGroup.X25519MlKem768 or NamedGroup.SecP256r1MlKem768 or NamedGroup.SecP384r1MlKem1024 => true,
        _ => EcKeyShare.CurveName(group) is not null,
    };

    /// <summary>The share for <paramref name="group"/>, or null when we cannot make one.</summary>
    public KeyShare? Get(NamedGroup group) => _cache.GetOrAdd(group, Create);

    /// <summary>
    /// NIST curves use the platform's native ECDH unless randomness is seeded (tests that need exact bytes);
    /// other Weierstrass curves use BouncyCastle.
    /// </summary>
    private KeyShare? Ec(NamedGroup group) =>
        (_seeded ? null : NistKeyShare.Create(group)) ?? (KeyShare?)EcKeyShare.Create(group, _random);

    private KeyShare? Create(NamedGroup group)
    {
        lock (_random)
        {
            return group switch
            {
                NamedGroup.X25519 => XdhKeyShare.X25519(_random),
                NamedGroup.X448 => XdhKeyShare.X448(_random),
                NamedGroup.Ffdhe2048 or NamedGroup.Ffdhe3072 or NamedGroup.Ffdhe4096 or NamedGroup.Ffdhe6144 or NamedGroup.Ffdhe8192
                    => FfdheKeyShare.Create(group, _random),
                NamedGroup.MlKem512 or NamedGroup.MlKem768 or NamedGroup.MlKem1024 => MlKemKeyShare.Create(group, _random),
                NamedGroup.X25519MlKem768 => new HybridKeyShare(group,
                    MlKemKeyShare.Create(NamedGroup.MlKem768, _random), XdhKeyShare.X25519(_random), pqFirst: true),
                NamedGroup.SecP256r1MlKem768 => new HybridKeyShare(group,
                    MlKemKeyShare.Create(NamedGroup.MlKem768, _random), Ec(NamedGroup.Secp256r1)!, pqFirst: false),
                NamedGroup.SecP384r1MlKem1024 => new HybridKeyShare(group,
                    MlKemKeyShare.Create(NamedGroup.MlKem1024, _random), Ec(NamedGroup.Secp384r1)!, pqFirst: false),
                _ => Ec(group),
            };
        }
    }
}
