using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Compatibility;

/// <summary>
/// Predicts the handshake between a client profile and a scanned server, step by step in the order a real one
/// fails: version (RFC 8446 §4.2.1, RFC 5246 §7.4.1.3: the highest both speak), cipher suite (the server's order when
/// it enforces one, else the client's), key exchange group or DH parameters, signature scheme, then the client's
/// checks of the certificate chain it would be sent. Pure: the scan is all it reads.
/// </summary>
public static partial class CompatibilityChecker
{
    public static CompatibilityResult Check(ClientProfile client, ServerScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scan);

        if (scan.Outcome != ScanOutcome.Completed)
        {
            return Fail(client, FailureCause.ScanIncomplete,
                $"the scan of {scan.Target.Host}:{scan.Target.Port} ended with {scan.Outcome}" +
                (scan.Failure is null ? "" : $" ({scan.Failure.Message})") + ", so no client can be matched against it");
        }

        var serverVersions = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).ToHashSet();
        var common = client.Versions.Where(serverVersions.Contains).ToList();
        if (common.Count == 0)
        {
            return Fail(client, FailureCause.NoCommonProtocol,
                $"server accepts {Evidence.Versions(serverVersions)}; client '{client.Name}' offers {Evidence.Versions(client.Versions)}");
        }

        var version = common.Max();
        var handshake = new Handshake(client, scan, version);
        return NegotiateKeyExchange(handshake) ?? CheckCertificate(handshake);
    }

    /// <summary>What has been agreed so far; each step adds to it.</summary>
    private sealed class Handshake(ClientProfile client, ServerScanResult scan, TlsVersion version)
    {
        public ClientProfile Client { get; } = client;
        public ServerScanResult Scan { get; } = scan;
        public TlsVersion Version { get; } = version;
        public CipherSuite? Suite { get; set; }
        public NamedGroup? Group { get; set; }
        public int? DhBits { get; set; }
        public CapturedChain? Chain { get; set; }
        public List<string> Notes { get; } = [];

        public CompatibilityResult Result(bool connects, string explanation, FailureCause? cause = null) =>
            new(Client, connects, explanation)
            {
                Protocol = Version,
                CipherSuite = Suite,
                Group = Group,
                DhBits = DhBits,
                Chain = Chain,
                Cause = cause,
                Notes = [.. Notes],
            };

        public CompatibilityResult Fail(FailureCause cause, string explanation) => Result(false, explanation, cause);

        /// <summary>"TLSv1.3 TLS_AES_128_GCM_SHA256 with x25519": the handshake as agreed.</summary>
        public string Summary()
        {
            var text = $"{Version.Name()} {Suite?.IanaName}";
            if (Group is { } g)
            {
                text += $" with {NamedGroups.Name(g)}";
            }
            else if (DhBits is { } bits)
            {
                text += $" with {bits}-bit DH";
            }

            return text;
        }
    }

    private static CompatibilityResult Fail(ClientProfile client, FailureCause cause, string explanation) =>
        new(client, false, explanation) { Cause = cause };
}
