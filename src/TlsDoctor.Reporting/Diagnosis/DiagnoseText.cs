using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Analysis.Diagnosis;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Diagnosis;

/// <summary>Short texts shared by the console and JSON writers.</summary>
internal static class DiagnoseText
{
    public const string SoftwareNotDetected =
        "server software not detected: variants for nginx, Apache httpd, HAProxy and other OpenSSL-based servers follow";

    public static string Mark(LayerStatus status) => status switch
    {
        LayerStatus.Passed => "✓",
        LayerStatus.Failed => "✗",
        _ => "·",
    };

    public static string CauseKey(CauseId id) => CauseCatalog.Get(id).Key;

    public static string FailureKey(FailureCause cause) => SnakeCase.Of(cause);

    /// <summary>"TLSv1.3  TLS_AES_128_GCM_SHA256  x25519".</summary>
    public static string Handshake(CompatibilityResult r) => string.Join("  ", new[]
    {
        r.Protocol?.Name(),
        r.CipherSuite?.IanaName,
        r.Group is { } g ? NamedGroups.Name(g) : r.DhBits is { } bits ? $"DH-{bits}" : null,
    }.Where(s => s is not null));
}
