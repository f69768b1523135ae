using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.RealServers;

/// <summary>
/// The scanner against the real servers of the test kit (nginx, openssl s_server, gnutls-serv on 127.0.0.1), each
/// with a truth table confirmed by real clients (LabServersTests). This is the scan engine's acceptance test.
/// </summary>
[Collection(LabServers.CollectionName)]
public sealed class ScannerLabTests(LabServers lab)
{
    private static readonly ScanOptions Options = ScanOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task Scan_EveryRealTlsTarget_ProtocolsAndSuitesEqualTheTruthTable()
    {
        var targets = lab.Targets.Where(t => t.Kind == LabTargetKind.Tls).ToList();
        var results = await new Scanner(Options).ScanManyAsync([.. targets.Select(t => new ScanTarget(LabTarget.Host, t.Port, "localhost"))]);

        var mismatches = new List<string>();
        foreach (var (target, result) in targets.Zip(results))
        {
            if (result.Outcome != ScanOutcome.Completed)
            {
                mismatches.Add($"{target}: outcome {result.Outcome} ({result.Failure?.Message})");
                continue;
            }

            var protocols = result.Protocols.ToDictionary(p => p.Version.Name(), p => p.Supported);
            foreach (var (name, expected) in target.ExpectedProtocols)
            {
                if (protocols.GetValueOrDefault(name) != expected)
                {
                    mismatches.Add($"{target}: {name} supported={protocols.GetValueOrDefault(name)}, expected {expected}");
                }
            }

            var suites = result.CipherSuites.Where(c => c.Accepted.Count > 0).ToDictionary(c => c.Version.Name(), c => c.Accepted.Select(s => s.IanaName).ToList());
            foreach (var version in suites.Keys.Union(target.ExpectedCiphers.Keys))
            {
                var got = suites.GetValueOrDefault(version) ?? [];
                var want = target.ExpectedCiphers.GetValueOrDefault(version) ?? [];
                var missing = want.Except(got).ToList();
                var extra = got.Except(want).ToList();
                if (missing.Count > 0 || extra.Count > 0)
                {
                    mismatches.Add($"{target} {version}: missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
                }
                else if (target.ServerCipherOrder && !got.SequenceEqual(want))
                {
                    mismatches.Add($"{target} {version}: server order [{string.Join(", ", got)}], expected [{string.Join(", ", want)}]");
                }
            }

            var orders = result.CipherSuites.Where(c => c.Accepted.Count > 1).Select(c => c.Order).Distinct().ToList();
            var wantOrder = target.ServerCipherOrder ? CipherOrder.Server : CipherOrder.Client;
            if (orders.Any(o => o != wantOrder))
            {
                mismatches.Add($"{target}: cipher order [{string.Join(", ", orders)}], expected {wantOrder}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task Scan_Dhe1024Target_ReportsTheServers1024BitGroupAsUnpublished()
    {
        var target = lab.Get("s_server-dhe1024");

        var result = await new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));

        var dh = Assert.Single(result.KeyExchange!.DhParameters);
        Assert.Equal(target.DhGroupBits, dh.PrimeBits);
        Assert.Null(dh.KnownGroup);
        Assert.Equal(2, dh.GeneratorValue);
    }

    [Fact]
    public async Task Scan_DualCertificateTarget_CapturesRsaAndEcdsaChainsWithAndWithoutSni()
    {
        var target = lab.Get("nginx-intermediate");

        var result = await new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));

        var chains = result.Certificates!.Chains;
        foreach (var version in new[] { TlsVersion.Tls12, TlsVersion.Tls13 })
        {
            foreach (var type in new[] { "RSA", "ECDSA" })
            {
                foreach (var sni in new[] { "localhost", null })
                {
                    var chain = chains.SingleOrDefault(c => c.Version == version && c.CertificateType == type && c.ServerName == sni);
                    Assert.True(chain is not null, $"no {type} chain for {version.Name()} with SNI {sni ?? "(none)"}");
                    Assert.Equal(2, chain!.Certificates.Count); // leaf + intermediate, as configured
                }
            }
        }

        using var leaf = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(
            chains.First(c => c.CertificateType == "ECDSA").Certificates[0]);
        Assert.Equal("1.2.840.10045.2.1", leaf.PublicKey.Oid.Value); // id-ecPublicKey: the ECDSA certificate really was sent
    }

    [Fact]
    public async Task Scan_Tls13OnlyTarget_ReadsTheEncryptedChainAndSchemesByDecryptingTheFlight()
    {
        var target = lab.Get("nginx-modern");

        var result = await new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));

        var chain = Assert.Single(result.Certificates!.Chains, c => c.ServerName == "localhost");
        Assert.Equal(TlsVersion.Tls13, chain.Version);
        Assert.Equal(2, chain.Certificates.Count);
        var schemes = Assert.Single(result.SignatureSchemes, s => s.Version == TlsVersion.Tls13).Schemes;
        Assert.Contains(SignatureScheme.RsaPssRsaeSha256, schemes);
        Assert.DoesNotContain(SignatureScheme.RsaPkcs1Sha256, schemes); // RFC 8446 §4.2.3: PKCS#1 v1.5 is not for TLS 1.3 handshakes
        Assert.Contains("h2", result.Alpn!.Protocols);
    }

    [Theory]
    [InlineData(LabBehaviours.Echo, ScanOutcome.NotTls, ConnectionErrorKind.NotTls, "echoed our ClientHello")]
    [InlineData(LabBehaviours.Http, ScanOutcome.NotTls, ConnectionErrorKind.NotTls, "plain HTTP")]
    [InlineData(LabBehaviours.Banner, ScanOutcome.NotTls, ConnectionErrorKind.NotTls, "needs STARTTLS")]
    [InlineData(LabBehaviours.Silent, ScanOutcome.NotTls, ConnectionErrorKind.ReadTimeout, "no answer within 2 s")]
    [InlineData(LabBehaviours.Closed, ScanOutcome.Unreachable, ConnectionErrorKind.Refused, "connection refused")]
    public async Task Scan_NonTlsTarget_OneLineCauseWithinTheDeadline(string behaviour, ScanOutcome outcome, ConnectionErrorKind kind, string cause)
    {
        var target = lab.Targets.Single(t => t.Behaviour == behaviour);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await new Scanner(Options).ScanAsync(new ScanTarget(LabTarget.Host, target.Port, "localhost"));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(kind, result.Failure!.Kind);
        Assert.Contains(cause, result.Failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Failure.Message);
        Assert.True(clock.Elapsed < Options.ConnectTimeout + Options.ReadTimeout + TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Equal(1, result.Connections); // one look is enough to know; no probe hammers a non-TLS port
    }
}
