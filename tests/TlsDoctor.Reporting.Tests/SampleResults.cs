using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Probes.Alpn;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Features;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Probes.ProtocolSupport;
using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Tests;

/// <summary>Hand-built scan results covering every outcome, for the writers' tests.</summary>
internal static class SampleResults
{
    public static readonly DateTimeOffset ScanTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static ScanReport Report(params ServerScanResult[] targets) =>
        new("0.1.0-test", ScanTime, TimeSpan.FromMilliseconds(1234), targets);

    public static ServerScanResult Completed() => new()
    {
        Target = new ScanTarget("example.test", 443, "example.test"),
        Address = "192.0.2.10",
        Outcome = ScanOutcome.Completed,
        StartedAt = ScanTime,
        Duration = TimeSpan.FromMilliseconds(3210),
        Connections = 42,
        Protocols =
        [
            new(TlsVersion.SSLv3, true, "ServerHello SSLv3"),
            new(TlsVersion.Tls10, false, "alert protocol_version"),
            new(TlsVersion.Tls11, false, "reset", Conclusive: false),
            new(TlsVersion.Tls12, true, "ServerHello TLSv1.2"),
            new(TlsVersion.Tls13, true, "ServerHello TLSv1.3"),
        ],
        CipherSuites =
        [
            new(TlsVersion.Tls12, [EcdheRsaAes128Gcm, RsaRc4Sha, Rsa3DesSha], CipherOrder.Server) { Undecided = [RsaAes256CbcSha] },
            new(TlsVersion.Tls13, [Aes128GcmSha256, ChaCha20Poly1305Sha256], CipherOrder.Client),
        ],
        KeyExchange = new KeyExchangeResult(
            [new(TlsVersion.Tls13, [NamedGroup.X25519, NamedGroup.Secp256r1, (NamedGroup)0x1a2b], true)],
            [new(TlsVersion.Tls12, 1024, "RFC 2409 Oakley group 2", 2)]),
        SignatureSchemes = [new(TlsVersion.Tls12, "RSA", [SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPkcs1Sha1])],
        Alpn = new AlpnResult(["h2", "http/1.1"]),
        Features = new ServerFeaturesResult(false, true, true, null, true, false, false, null, true),
        Certificates = new CertificateChainResult(
        [
            new("RSA", "example.test", TlsVersion.Tls13, [TestCertificates.SelfSignedRsa, [0x30, 0x03, 0x02, 0x01, 0x00]]) { OcspResponse = [1, 2, 3] },
        ]),
        ProbeFailures = [new("signature-schemes", new ConnectionError(ConnectionErrorKind.ReadTimeout, "no reply in 5 s"))],
    };

    /// <summary>
    /// A completed scan whose one ECDSA chain (expired, for the wrong host) came back three times — with SNI over
    /// TLS 1.2 and 1.3, without SNI over TLS 1.3 — each time with the same analysis.
    /// </summary>
    public static async Task<ServerScanResult> AnalysedAsync()
    {
        var analysis = await TestChains.AnalyzeExpiredWrongHostAsync();
        byte[][] chain = [TestChains.ExpiredWrongHostLeaf];
        return Completed() with
        {
            Certificates = new CertificateChainResult(
            [
                new("ECDSA", TestChains.HostName, TlsVersion.Tls12, chain) { Analysis = analysis },
                new("ECDSA", TestChains.HostName, TlsVersion.Tls13, chain) { Analysis = analysis },
                new("ECDSA", null, TlsVersion.Tls13, chain) { Analysis = analysis },
            ]),
        };
    }

    public static ServerScanResult NotTls() => new()
    {
        Target = new ScanTarget("127.0.0.1", 14448, null),
        Address = "127.0.0.1",
        Outcome = ScanOutcome.NotTls,
        Failure = new ConnectionError(ConnectionErrorKind.NotTls, "the peer answered in plain text")
        {
            Service = ServiceKind.Http,
            Sample = "HTTP/1.1 400 Bad Request\r\nServer: nginx",
        },
        StartedAt = ScanTime,
        Connections = 1,
    };

    public static ServerScanResult Unreachable() => new()
    {
        Target = new ScanTarget("nowhere.invalid", 443, "nowhere.invalid"),
        Outcome = ScanOutcome.Unreachable,
        Failure = new ConnectionError(ConnectionErrorKind.DnsFailure, "no such host"),
        StartedAt = ScanTime,
    };

    public static ServerScanResult NoProtocol() => new()
    {
        Target = new ScanTarget("::1", 8443, null),
        Address = "::1",
        Outcome = ScanOutcome.NoProtocol,
        Failure = new ConnectionError(ConnectionErrorKind.Alert, "fatal alert") { Alert = AlertDescription.HandshakeFailure },
        StartedAt = ScanTime,
        Connections = 6,
    };

    // Suites spelled out here rather than looked up, so the tests do not move when the registry tables grow.
    // Values from the IANA registry and OpenSSL's names (RFC 5289, RFC 5246 §A.5, RFC 8446 §B.4).
    private static readonly CipherSuite EcdheRsaAes128Gcm = new(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        KeyExchange.Ecdhe, Authentication.Rsa, BulkCipher.Aes, CipherMode.Gcm, 128, MacAlgorithm.Aead, TlsVersion.Tls12);

    private static readonly CipherSuite RsaRc4Sha = new(0x0005, "TLS_RSA_WITH_RC4_128_SHA", "RC4-SHA",
        KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Rc4, CipherMode.Stream, 128, MacAlgorithm.Sha1, TlsVersion.SSLv3);

    private static readonly CipherSuite Rsa3DesSha = new(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA",
        KeyExchange.Rsa, Authentication.Rsa, BulkCipher.TripleDes, CipherMode.Cbc, 112, MacAlgorithm.Sha1, TlsVersion.SSLv3);

    private static readonly CipherSuite RsaAes256CbcSha = new(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", "AES256-SHA",
        KeyExchange.Rsa, Authentication.Rsa, BulkCipher.Aes, CipherMode.Cbc, 256, MacAlgorithm.Sha1, TlsVersion.SSLv3);

    private static readonly CipherSuite Aes128GcmSha256 = new(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256",
        KeyExchange.Any, Authentication.Any, BulkCipher.Aes, CipherMode.Gcm, 128, MacAlgorithm.Aead, TlsVersion.Tls13);

    private static readonly CipherSuite ChaCha20Poly1305Sha256 = new(0x1303, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256",
        KeyExchange.Any, Authentication.Any, BulkCipher.ChaCha20, CipherMode.Poly1305, 256, MacAlgorithm.Aead, TlsVersion.Tls13);
}
