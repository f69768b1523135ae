using Org.BouncyCastle.Security;
using TlsDoctor.Tls.KeyShares;

namespace TlsDoctor.Tls.Tests.Support;

/// <summary>Key share factories whose keys are a function of a seed (STYLE.md #9), for exact, repeatable tests.</summary>
internal static class SeededKeyShares
{
    public static KeyShareFactory Factory(int seed)
    {
        var random = SecureRandom.GetInstance("SHA256PRNG", autoSeed: false);
        random.SetSeed(BitConverter.GetBytes(seed));
        return new KeyShareFactory(random);
    }
}
