using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Analysis.Tests.Causes;

/// <summary>Hand-built scan results: exactly the facts a check reads, nothing else.</summary>
internal static class ScanResults
{
    public static readonly ScanTarget Target = new("127.0.0.1", 8443, "localhost");

    public static ServerScanResult NotTls(ServiceKind service = ServiceKind.Http) => new()
    {
        Target = Target,
        Address = "127.0.0.1",
        Outcome = ScanOutcome.NotTls,
        Failure = new ConnectionError(ConnectionErrorKind.NotTls, "not TLS: the service answered with plain HTTP") { Service = service },
    };

    public static ServerScanResult Refused() => new()
    {
        Target = Target,
        Address = "127.0.0.1",
        Outcome = ScanOutcome.Unreachable,
        Failure = new ConnectionError(ConnectionErrorKind.Refused, "connection refused"),
    };

    /// <summary>A completed scan accepting <paramref name="versions"/>, with one chain for SNI localhost carrying <paramref name="problems"/>.</summary>
    public static ServerScanResult Completed(TlsVersion[] versions, params CertificateProblem[] problems) => new()
    {
        Target = Target,
        Address = "127.0.0.1",
        Outcome = ScanOutcome.Completed,
        Protocols = [.. TlsVersions.All.Select(v => new ProtocolSupportResult(v, versions.Contains(v), versions.Contains(v) ? $"ServerHello {v.Name()}" : "alert protocol_version"))],
        Certificates = new CertificateChainResult(
        [
            new CapturedChain("RSA", "localhost", versions[^1], [[0x30, 0x00]]) { Analysis = Analysis(problems) },
        ]),
    };

    public static CertificateProblem Problem(string code, string evidence, string fix) =>
        new(code, Severity.Error, code, evidence, fix, 0);

    private static ChainAnalysis Analysis(CertificateProblem[] problems) => new()
    {
        Certificates = [],
        Path = [],
        TrustPath = new CertificatePath([], TrustStatus.Trusted, null),
        TrustStatus = TrustStatus.Trusted,
        TrustStoreDescription = "the test store",
        Problems = problems,
        Verdict = problems.Length == 0 ? "valid" : "invalid",
    };
}
