namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// Mozilla's Server Side TLS configurations as published (https://wiki.mozilla.org/Security/Server_Side_TLS):
/// 6.0 modern and intermediate (6.0 publishes no "old"), and 5.7 modern, intermediate and old.
/// </summary>
public static partial class MozillaProfiles
{
    /// <summary>Every profile, newest guidelines first.</summary>
    // Lazily built: static initializers in different partial files run in no defined order.
    public static IReadOnlyList<MozillaProfile> All => field ??= [Modern60, Intermediate60, Modern57, Intermediate57, Old57];

    /// <summary>The profile <paramref name="name"/> at guidelines <paramref name="version"/> ("intermediate", "5.7"), or null.</summary>
    public static MozillaProfile? Find(string name, string version) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GuidelinesVersion == version);

    private static string[] Tls13Suites => ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];

    private static string[] CertificateCurves => ["prime256v1", "secp384r1"];

    private static string[] EcdsaSignatures => ["ecdsa-with-SHA256", "ecdsa-with-SHA384", "ecdsa-with-SHA512"];

    private const int TwoYears = 63072000;
}
