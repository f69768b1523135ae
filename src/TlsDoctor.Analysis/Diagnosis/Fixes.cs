using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>The fixes for a root cause: server directives for the detected software (all variants when unknown), then client-side changes.</summary>
internal static class Fixes
{
    public static IReadOnlyList<Fix> For(RootCause cause, ClientProfile client, ServerScanResult scan, ServerSoftware? software)
    {
        var fixes = new List<Fix>();
        if (Transport(cause, scan) is { } step)
        {
            fixes.Add(new Fix(FixSide.Server, "server", step));
        }
        else if (ServerFix(cause, client, scan) is { } server)
        {
            fixes.AddRange(Variants(server, software));
        }

        fixes.AddRange(ClientFixes.For(cause, client, scan));
        return fixes;
    }

    private static IEnumerable<Fix> Variants(ServerDirectives d, ServerSoftware? software)
    {
        var all = new[]
        {
            (ServerSoftware.Nginx, d.Nginx), (ServerSoftware.ApacheHttpd, d.Apache), (ServerSoftware.HAProxy, d.HAProxy),
        };
        foreach (var (sw, text) in all.Where(v => software is null || v.Item1 == software))
        {
            yield return new Fix(FixSide.Server, ServerSoftwareDetector.Name(sw), text);
        }

        if (software is null)
        {
            yield return new Fix(FixSide.Server, "OpenSSL-based (other)", d.OpenSsl);
        }
    }

    private static ServerDirectives? ServerFix(RootCause cause, ClientProfile client, ServerScanResult scan) => cause.Cause switch
    {
        CauseId.ProtocolMismatch => ServerDirectives.Protocols,
        CauseId.NoSharedCipher => ServerDirectives.Ciphers(CipherString(client, scan)),
        CauseId.DhTooSmall => ServerDirectives.DhParameters,
        CauseId.NoSharedGroupOrSignature => ServerDirectives.Groups,
        CauseId.IncompleteChain => ServerDirectives.FullChain,
        CauseId.CertificateExpired => ServerDirectives.NewCertificate("renew the certificate (certbot renew, or ask the CA)"),
        CauseId.CertificateNotYetValid => ServerDirectives.NewCertificate(
            "check the clocks (the certificate's notBefore is in the future), or install the certificate that is valid now"),
        CauseId.HostnameMismatch => ServerDirectives.NewCertificate($"get a certificate whose subjectAltName includes '{scan.Target.ServerName ?? scan.Target.Host}'"),
        CauseId.UnknownIssuer or CauseId.SelfSigned => ServerDirectives.NewCertificate("get a certificate from a CA the clients trust (or keep the private CA and import it on the clients)"),
        CauseId.WeakCertificateKey => ServerDirectives.NewCertificate("get a certificate for a new RSA-2048 (or ECDSA P-256) key"),
        CauseId.WeakSignature => ServerDirectives.NewCertificate("get the certificate reissued with a SHA-256 signature"),
        CauseId.Revoked => ServerDirectives.NewCertificate("get a new certificate (this one is revoked)"),
        CauseId.SniRequired => ServerDirectives.SniDefault,
        CauseId.NotTls when scan.Failure?.Service == ServiceKind.Http => ServerDirectives.EnableTls,
        _ => null,
    };

    // Causes that are not a TLS setting: one step, whatever the software.
    private static string? Transport(RootCause cause, ServerScanResult scan) => cause.Cause switch
    {
        CauseId.ConnectionRefused => "start the server, or check that it listens on this address and port (ss -ltnp)",
        // A read timeout means TCP worked and the service kept silent; a connect timeout means TCP itself got no answer.
        CauseId.Timeout when scan.Failure?.Kind == ConnectionErrorKind.ReadTimeout =>
            "point the client at the TLS port, or make this port serve TLS: a TLS server answers a ClientHello at once (ss -ltnp shows what listens here)",
        CauseId.Timeout => "open the port in the firewall / security group, or check that the host is up",
        CauseId.HostNotFound => "publish a DNS record for the name (or fix the name the client uses)",
        _ => null,
    };

    /// <summary>Mozilla's intermediate list, with the client's best suite added when the list lacks it.</summary>
    private static string CipherString(ClientProfile client, ServerScanResult scan)
    {
        var version = scan.Protocols.Where(p => p.Supported).Select(p => p.Version).Intersect(client.Versions).DefaultIfEmpty(TlsVersion.Tls12).Max();
        var suites = client.SuitesFor(version).Where(s => s.OpenSslName is not null).ToList();
        var best = suites.FirstOrDefault(s => s.ForwardSecrecy && s.IsAead) ?? suites.FirstOrDefault();
        var list = ServerDirectives.IntermediateCiphers;
        return best?.OpenSslName is { } name && !best.IsTls13 && !list.Split(':').Contains(name, StringComparer.Ordinal)
            ? $"{list}:{name}" : list;
    }
}
