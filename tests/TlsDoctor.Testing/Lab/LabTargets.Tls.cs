using static TlsDoctor.Testing.Lab.LabProtocols;

namespace TlsDoctor.Testing.Lab;

// TLS targets: nginx and openssl s_server (OpenSSL 3.0) and one GnuTLS server.
public static partial class LabTargets
{
    private static IEnumerable<LabTarget> TlsTargets(int basePort) =>
    [
        Tls("nginx-modern", basePort + NginxModern, "nginx",
            "Mozilla 'modern': TLS 1.3 only, RSA-2048 leaf + intermediate, HSTS, ALPN h2",
            Ciphers((Tls13, LabSuites.OpenSslTls13))),
        Tls("nginx-intermediate", basePort + NginxIntermediate, "nginx",
            "Mozilla 'intermediate': TLS 1.2+1.3, RSA-2048 and ECDSA P-256 certificates, ffdhe2048 dhparam, HSTS",
            Ciphers((Tls12, LabSuites.MozillaIntermediateTls12), (Tls13, LabSuites.OpenSslTls13))) with
        {
            DhGroupBits = 2048,
        },
        Tls("s_server-old", basePort + SServerOld, "openssl s_server",
            "Mozilla 'old' list + @SECLEVEL=0, TLS 1.0–1.2, RSA-2048, automatic DH group",
            Ciphers(
                (Tls10, LabSuites.MozillaOldTls10And11),
                (Tls11, LabSuites.MozillaOldTls10And11),
                (Tls12, LabSuites.MozillaOldTls12))) with
        {
            DhGroupBits = 2048,
        },
        Tls("s_server-tls12-tiny", basePort + SServerTiny, "openssl s_server",
            "TLS 1.2 only, exactly two suites (ECDHE-GCM and static-RSA CBC), server cipher order",
            Ciphers((Tls12, LabSuites.TinyTls12))) with
        {
            ServerCipherOrder = true,
        },
        NginxProblem("nginx-expired", basePort + NginxExpired, "leaf valid 2020-01-01 to 2021-01-01",
            LabCertProblems.Expired),
        NginxProblem("nginx-notyetvalid", basePort + NginxNotYetValid, "leaf valid 2040-01-01 to 2041-01-01",
            LabCertProblems.NotYetValid),
        NginxProblem("nginx-wronghost", basePort + NginxWrongHost, "leaf CN/SAN only wrong.example",
            LabCertProblems.HostnameMismatch),
        NginxProblem("nginx-selfsigned", basePort + NginxSelfSigned, "self-signed leaf for localhost",
            LabCertProblems.SelfSigned),
        NginxProblem("nginx-incomplete-chain", basePort + NginxIncompleteChain, "leaf served without its intermediate",
            LabCertProblems.IncompleteChain),
        WeakCertificate("s_server-rsa1024", basePort + SServerRsa1024, "RSA-1024 leaf", LabCertProblems.WeakKeyRsa1024),
        WeakCertificate("s_server-sha1", basePort + SServerSha1, "leaf signed sha1WithRSAEncryption",
            LabCertProblems.Sha1Signature),
        Tls("s_server-dhe1024", basePort + SServerDhe1024, "openssl s_server",
            "TLS 1.2 only, DHE-RSA suites only, 1024-bit DH group, @SECLEVEL=0",
            Ciphers((Tls12, LabSuites.Dhe1024Tls12))) with
        {
            DhGroupBits = 1024,
        },
        Tls("gnutls-rc4-3des", basePort + GnuTlsRc4Des, "GnuTLS (libgnutls, in-process)",
            "GnuTLS NORMAL at TLS 1.0–1.2 plus 3DES-CBC and ARCFOUR-128, RSA-2048 leaf + intermediate",
            Ciphers(
                (Tls10, LabSuites.GnuTlsLegacyTls10And11),
                (Tls11, LabSuites.GnuTlsLegacyTls10And11),
                (Tls12, LabSuites.GnuTlsLegacyTls12))) with
        {
            DhGroupBits = 2048,
        },
    ];

    // nginx with its default ciphers at TLS 1.2+1.3 and one certificate problem.
    private static LabTarget NginxProblem(string name, int port, string what, string problem) =>
        Tls(name, port, "nginx", $"TLS 1.2+1.3, nginx default ciphers {LabCipherStrings.NginxDefault}, {what}",
            Ciphers((Tls12, LabSuites.NginxDefaultRsaTls12), (Tls13, LabSuites.OpenSslTls13))) with
        {
            CertProblems = [problem],
        };

    private static LabTarget WeakCertificate(string name, int port, string what, string problem) =>
        Tls(name, port, "openssl s_server", $"TLS 1.2+1.3, {LabCipherStrings.WeakCertificate}, {what}",
            Ciphers((Tls12, LabSuites.WeakCertificateTls12), (Tls13, LabSuites.OpenSslTls13))) with
        {
            CertProblems = [problem],
        };

    private static LabTarget Tls(
        string name, int port, string software, string description,
        IReadOnlyDictionary<string, IReadOnlyList<string>> ciphers) => new()
        {
            Name = name,
            Port = port,
            Kind = LabTargetKind.Tls,
            Software = software,
            Description = description,
            ExpectedProtocols = Only([.. ciphers.Keys]),
            ExpectedCiphers = ciphers,
        };

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Ciphers(
        params (string Protocol, IReadOnlyList<string> Suites)[] perProtocol) =>
        perProtocol.ToDictionary(p => p.Protocol, p => p.Suites);
}
