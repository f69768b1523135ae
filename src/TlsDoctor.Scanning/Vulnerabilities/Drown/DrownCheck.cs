using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Drown;

/// <summary>
/// DROWN (Aviram et al., 2016: CVE-2016-0800): an SSLv2 server is a Bleichenbacher oracle that decrypts RSA
/// key exchanges of TLS sessions made with the same RSA key, on any host. So the target is vulnerable when it
/// speaks SSLv2 itself, or when another service sharing its RSA key does. The peers to check are given
/// (<see cref="ScanOptions.SslV2Peers"/>): one SSLv2 CLIENT-HELLO each; a peer whose SERVER-HELLO carries a
/// certificate with the target's RSA public key makes the target vulnerable.
/// </summary>
public sealed class DrownCheck : IVulnerabilityCheck
{
    public static VulnerabilityInfo Definition { get; } = new(
        VulnerabilityIds.Drown, "DROWN", ["CVE-2016-0800"], Severity.Critical,
        "Disable SSLv2 on every service, on every host, that uses this RSA key (mail and other ports too), or give this service a key of its own.",
        "Aviram et al., \"DROWN: Breaking TLS using SSLv2\" (USENIX Security 2016), https://drownattack.com");

    public VulnerabilityInfo Info => Definition;

    /// <summary>What one peer showed.</summary>
    private enum PeerState : byte
    {
        NoSslV2,
        SslV2OtherKey,
        SslV2SameKey,
        Unknown,
    }

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        var scan = context.Scan;
        var sentences = new List<string>();
        var vulnerable = false;
        if (scan.Spoken().Contains(TlsVersion.SSLv2))
        {
            vulnerable = true;
            var specs = scan.CipherSuites.FirstOrDefault(r => r.Version == TlsVersion.SSLv2)?.Accepted ?? [];
            sentences.Add(specs.Count > 0 ? $"This service speaks SSLv2 ({ScanFindings.Names(specs)})." : "This service speaks SSLv2.");
        }
        else
        {
            sentences.Add("This service does not speak SSLv2.");
        }

        var peers = context.Probe.Options.SslV2Peers;
        if (peers.Count == 0)
        {
            sentences.Add("Only this service was checked: other services that may share its RSA key were not (scan --drown-peer).");
            return Result(vulnerable ? VulnerabilityStatus.Vulnerable : VulnerabilityStatus.NotVulnerable, sentences, 0);
        }

        var keys = TargetRsaKeys(scan);
        if (keys.Count == 0)
        {
            sentences.Add("It has no RSA certificate, so no peer can share its RSA key; the peers were not contacted.");
            return Result(vulnerable ? VulnerabilityStatus.Vulnerable : VulnerabilityStatus.NotVulnerable, sentences, 0);
        }

        var outcomes = await Task.WhenAll(peers.Select(p => CheckPeerAsync(p, keys, context.Probe.Options, cancellationToken))).ConfigureAwait(false);
        sentences.AddRange(outcomes.Select(o => o.Sentence));
        var status = vulnerable || outcomes.Any(o => o.State == PeerState.SslV2SameKey) ? VulnerabilityStatus.Vulnerable
            : outcomes.Any(o => o.State == PeerState.Unknown) ? VulnerabilityStatus.Unknown
            : VulnerabilityStatus.NotVulnerable;
        return Result(status, sentences, peers.Count);
    }

    private static VulnerabilityResult Result(VulnerabilityStatus status, List<string> sentences, int connections) =>
        new(Definition, status, string.Join(" ", sentences)) { Connections = connections };

    private static async Task<(PeerState State, string Sentence)> CheckPeerAsync(ScanTarget peer, IReadOnlyList<RSAParameters> keys, ScanOptions options, CancellationToken cancellationToken)
    {
        var flight = await SslV2PeerProbe.ExchangeAsync(peer, options, cancellationToken).ConfigureAwait(false);
        if (flight.SslV2Hello is not { } hello)
        {
            // A refusal (TLS alert, SSLv2 ERROR, close) is a clear "no SSLv2"; no connection or silence decides nothing.
            return flight.Error?.Kind is ConnectionErrorKind.Alert or ConnectionErrorKind.Closed or ConnectionErrorKind.Reset
                or ConnectionErrorKind.NotTls or null
                ? (PeerState.NoSslV2, $"Peer {peer.Display} does not speak SSLv2 ({flight.Error?.Message ?? "no SERVER-HELLO"}).")
                : (PeerState.Unknown, $"Peer {peer.Display} could not be checked: {flight.Error.Message}.");
        }

        var peerKey = RsaKey(hello.Certificate);
        if (peerKey is not { } key)
        {
            return (PeerState.Unknown, $"Peer {peer.Display} speaks SSLv2, but its certificate has no readable RSA key.");
        }

        return keys.Any(k => SameKey(k, key))
            ? (PeerState.SslV2SameKey, $"Peer {peer.Display} speaks SSLv2 with this service's RSA key: it can decrypt this service's RSA key exchanges.")
            : (PeerState.SslV2OtherKey, $"Peer {peer.Display} speaks SSLv2, but with a different RSA key.");
    }

    /// <summary>The RSA public keys of every leaf the scan captured (a server may have several certificates).</summary>
    private static List<RSAParameters> TargetRsaKeys(ServerScanResult scan)
    {
        var keys = new List<RSAParameters>();
        foreach (var chain in scan.Certificates?.Chains ?? [])
        {
            if (chain.Certificates.Count > 0 && RsaKey(chain.Certificates[0]) is { } key && !keys.Any(k => SameKey(k, key)))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static RSAParameters? RsaKey(byte[] der)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            using var rsa = certificate.GetRSAPublicKey();
            return rsa?.ExportParameters(includePrivateParameters: false);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static bool SameKey(RSAParameters a, RSAParameters b) =>
        a.Modulus.AsSpan().SequenceEqual(b.Modulus) && a.Exponent.AsSpan().SequenceEqual(b.Exponent);
}
