using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compliance;

/// <summary>
/// Mozilla's guidelines spell groups and curves the OpenSSL way ("prime256v1"); this maps them to our registry and
/// to the curve names <see cref="Certificates.Details.CertificateDetails.Curve"/> uses.
/// </summary>
internal static class MozillaNames
{
    private static readonly Dictionary<string, NamedGroup> GroupsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X25519MLKEM768"] = NamedGroup.X25519MlKem768,
        ["X25519"] = NamedGroup.X25519,
        ["prime256v1"] = NamedGroup.Secp256r1,
        ["secp384r1"] = NamedGroup.Secp384r1,
        ["secp521r1"] = NamedGroup.Secp521r1,
    };

    private static readonly Dictionary<string, string> CertificateCurvesByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prime256v1"] = "P-256",
        ["secp384r1"] = "P-384",
        ["secp521r1"] = "P-521",
    };

    /// <summary>A Mozilla spelling, or (custom policies) an IANA name or alias the registry knows.</summary>
    public static NamedGroup Group(string mozillaName) =>
        GroupsByName.TryGetValue(mozillaName, out var group) ? group
            : NamedGroups.FindByName(mozillaName)?.Value ?? throw new ArgumentException($"unknown group '{mozillaName}'", nameof(mozillaName));

    public static string CertificateCurve(string mozillaName) =>
        CertificateCurvesByName.TryGetValue(mozillaName, out var curve) ? curve : mozillaName;
}
