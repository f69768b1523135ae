using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>
/// Names for registry values in reports: the IANA names from the registry tables ("x25519", "rsa_pss_rsae_sha256",
/// "handshake_failure"); unknown values show their wire value (STYLE.md #4).
/// </summary>
internal static class RegistryNames
{
    public static string Group(NamedGroup group) => NamedGroups.Name(group);

    public static string Scheme(SignatureScheme scheme) => SignatureSchemes.Name(scheme);

    public static string Alert(AlertDescription alert) => AlertDescriptions.Name(alert);
}
