using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Parameters;

namespace TlsDoctor.Scanning.Probes.Groups;

/// <summary>
/// Names published finite-field groups by their prime: RFC 7919 ffdhe*, RFC 3526 MODP and RFC 2409 Oakley
/// groups (the primes as BouncyCastle ships them). A well-known 1024-bit prime is the Logjam case.
/// </summary>
public static class DhGroupNames
{
    private static readonly Dictionary<string, string> ByPrime = Build();

    /// <summary>The group's name for a big-endian prime, or null when it is not a published one.</summary>
    public static string? Find(ReadOnlySpan<byte> prime)
    {
        var start = 0;
        while (start < prime.Length && prime[start] == 0)
        {
            start++;
        }

        return ByPrime.GetValueOrDefault(Convert.ToHexString(prime[start..]));
    }

    private static Dictionary<string, string> Build()
    {
        var groups = new (string Name, DHParameters Group)[]
        {
            ("ffdhe2048 (RFC 7919)", DHStandardGroups.rfc7919_ffdhe2048),
            ("ffdhe3072 (RFC 7919)", DHStandardGroups.rfc7919_ffdhe3072),
            ("ffdhe4096 (RFC 7919)", DHStandardGroups.rfc7919_ffdhe4096),
            ("ffdhe6144 (RFC 7919)", DHStandardGroups.rfc7919_ffdhe6144),
            ("ffdhe8192 (RFC 7919)", DHStandardGroups.rfc7919_ffdhe8192),
            ("Oakley group 1, 768-bit MODP (RFC 2409)", DHStandardGroups.rfc2409_768),
            ("Oakley group 2, 1024-bit MODP (RFC 2409)", DHStandardGroups.rfc2409_1024),
            ("1536-bit MODP group 5 (RFC 3526)", DHStandardGroups.rfc3526_1536),
            ("2048-bit MODP group 14 (RFC 3526)", DHStandardGroups.rfc3526_2048),
            ("3072-bit MODP group 15 (RFC 3526)", DHStandardGroups.rfc3526_3072),
            ("4096-bit MODP group 16 (RFC 3526)", DHStandardGroups.rfc3526_4096),
            ("6144-bit MODP group 17 (RFC 3526)", DHStandardGroups.rfc3526_6144),
            ("8192-bit MODP group 18 (RFC 3526)", DHStandardGroups.rfc3526_8192),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, group) in groups)
        {
            map.TryAdd(Convert.ToHexString(group.P.ToByteArrayUnsigned()), name);
        }

        return map;
    }
}
