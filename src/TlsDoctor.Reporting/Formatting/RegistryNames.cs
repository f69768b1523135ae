using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Formatting;

/// <summary>
/// Names for registry values in reports. The registry's name tables (NamedGroups.Name, SignatureSchemes.Name,
/// Alerts.Name) are not in yet; until they are, known values show their enum name and unknown ones their wire
/// value (STYLE.md #4). This is the one place to switch over.
/// </summary>
internal static class RegistryNames
{
    public static string Group(NamedGroup group) =>
        Enum.IsDefined(group) ? group.ToString() : Unknown((ushort)group);

    public static string Scheme(SignatureScheme scheme) =>
        Enum.IsDefined(scheme) ? scheme.ToString() : Unknown((ushort)scheme);

    public static string Alert(AlertDescription alert) =>
        Enum.IsDefined(alert) ? alert.ToString() : $"0x{(byte)alert:x2} (unknown)";

    private static string Unknown(ushort value) => $"0x{value:x4} (unknown)";
}
