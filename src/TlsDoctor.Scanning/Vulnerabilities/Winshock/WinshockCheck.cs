using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Winshock;

/// <summary>
/// Winshock (MS14-066, CVE-2014-6321): remote code execution in Windows Schannel before the November 2014 update.
/// It cannot be shown without crashing the server, so this is a fingerprint over what the scan already found (no
/// connection of its own), the approach testssl.sh's run_winshock takes:
/// <list type="bullet">
/// <item>MS14-066 itself added four GCM suites to Schannel (TLS_RSA_WITH_AES_128/256_GCM_SHA256/384 and
/// TLS_DHE_RSA_WITH_AES_128/256_GCM_SHA256/384, 0x009C–0x009F, per Microsoft's bulletin): a server choosing one is patched;</item>
/// <item>Schannel of that era (Windows Server 2012 R2 and older) has no TLS 1.3, no ECDHE_RSA GCM suites (0xC02F/0xC030,
/// added in Windows Server 2016), no ChaCha20, CCM, ARIA or Camellia, no X25519, no encrypt-then-MAC: any of
/// them means a newer Windows or not Windows;</item>
/// <item>what is left is only suspicious when the server calls itself IIS 8.0/8.5 (Windows Server 2012 / 2012 R2)
/// or http.sys (Microsoft-HTTPAPI/2.0), or it is RDP's port 3389.</item>
/// </list>
/// Hence PotentiallyVulnerable at most: the patch state has to be checked on the host.
/// </summary>
public sealed class WinshockCheck : IVulnerabilityCheck
{
    /// <summary>The suites MS14-066 added to Schannel (Microsoft Security Bulletin MS14-066, KB 2992611).</summary>
    public static IReadOnlySet<uint> PatchSuites { get; } = new HashSet<uint> { 0x009C, 0x009D, 0x009E, 0x009F };

    private const uint EcdheRsaAes128Gcm = 0xC02F;
    private const uint EcdheRsaAes256Gcm = 0xC030;
    private const int RdpPort = 3389;

    public VulnerabilityInfo Info { get; } = new(
        VulnerabilityIds.Winshock,
        "Winshock",
        ["CVE-2014-6321"],
        Severity.Critical,
        "Install Microsoft's MS14-066 update (KB 2992611) or any later cumulative update on the Windows host; better, move to a supported Windows Server version.",
        "Microsoft Security Bulletin MS14-066 (November 2014), CVE-2014-6321");

    public Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Decide(context.Scan, context.Http));

    /// <summary>The verdict from the finished scan and the HTTP answer.</summary>
    public VulnerabilityResult Decide(ServerScanResult scan, HttpResult? http)
    {
        if (NewerThanSchannel2012(scan) is { } newer)
        {
            return new(Info, VulnerabilityStatus.NotVulnerable, $"{newer}: not the Schannel of Windows Server 2012 R2 or older that MS14-066 fixed");
        }

        var accepted = scan.CipherSuites.SelectMany(c => c.Accepted).ToList();
        if (accepted.FirstOrDefault(s => PatchSuites.Contains(s.Code)) is { } patch)
        {
            return new(Info, VulnerabilityStatus.NotVulnerable, $"the server accepts {patch.IanaName} ({patch.CodeText}), one of the GCM suites MS14-066 itself added to Schannel");
        }

        var server = http?.Server;
        if (server is not null && IsIis8(server))
        {
            return new(Info, VulnerabilityStatus.PotentiallyVulnerable,
                $"Server: {server} is IIS on Windows Server 2012/2012 R2, and none of the GCM suites MS14-066 added (0x009C–0x009F) is accepted; " +
                "check on the host that KB 2992611 or a later update is installed");
        }

        if (server is not null && server.Contains("Microsoft-HTTPAPI/2.0", StringComparison.OrdinalIgnoreCase))
        {
            return new(Info, VulnerabilityStatus.PotentiallyVulnerable,
                $"Server: {server} (http.sys, Windows) without the MS14-066 GCM suites (0x009C–0x009F); the Windows version is not visible: check the patch on the host");
        }

        if (http is not { IsHttp: true } && scan.Target.Port == RdpPort)
        {
            return new(Info, VulnerabilityStatus.PotentiallyVulnerable,
                "port 3389 (RDP, Schannel) without the MS14-066 GCM suites (0x009C–0x009F) and no server banner to tell the Windows version; check the patch on the host");
        }

        return server is not null
            ? new(Info, VulnerabilityStatus.NotVulnerable, $"Server: {server} is not IIS 8.x/http.sys, so not a Windows Schannel server of the affected era")
            : new(Info, VulnerabilityStatus.NotVulnerable,
                http is { IsHttp: true }
                    ? "the HTTP answer names no server, and nothing in the handshake points to Windows Schannel"
                    : "no HTTP banner and not RDP: nothing points to Windows Schannel (the check is a fingerprint, see testssl.sh's run_winshock)");
    }

    private static bool IsIis8(string server) =>
        server.Contains("Microsoft-IIS/8.0", StringComparison.OrdinalIgnoreCase) || server.Contains("Microsoft-IIS/8.5", StringComparison.OrdinalIgnoreCase);

    /// <summary>Something in the scan that Schannel before Windows Server 2016 cannot do, or null.</summary>
    private static string? NewerThanSchannel2012(ServerScanResult scan)
    {
        if (scan.Protocols.Any(p => p.Version == TlsVersion.Tls13 && p.Supported))
        {
            return "TLS 1.3 is supported";
        }

        var modern = scan.CipherSuites.SelectMany(c => c.Accepted).FirstOrDefault(s =>
            s.Code is EcdheRsaAes128Gcm or EcdheRsaAes256Gcm
            || s.Cipher is BulkCipher.ChaCha20 or BulkCipher.Aria or BulkCipher.Camellia
            || s.Mode is CipherMode.Ccm or CipherMode.Ccm8);
        if (modern is not null)
        {
            return $"the server accepts {modern.IanaName} ({modern.CodeText})";
        }

        // Schannel of 2012 R2 knows only the NIST curves P-256, P-384 and P-521.
        var groups = scan.KeyExchange?.Groups.SelectMany(g => g.Groups).Where(g => g is NamedGroup.X25519 or NamedGroup.X448 or NamedGroup.X25519MlKem768).ToList() ?? [];
        if (groups.Count > 0)
        {
            return $"the server accepts the {groups[0]} group";
        }

        return scan.Features?.EncryptThenMac == true ? "the server answers encrypt_then_mac (RFC 7366)" : null;
    }
}
