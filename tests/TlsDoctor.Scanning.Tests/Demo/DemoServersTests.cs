using TlsDoctor.Lab.Demo;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Tests.Demo;

public sealed class DemoServersTests
{
    private static readonly ScanOptions Options = ScanOptions.Default with { ReadTimeout = TimeSpan.FromSeconds(3) };

    [Fact]
    public async Task Start_ThreeDemoServers_EachScansCompletedWithItsProtocols()
    {
        var demo = DemoServers.Start();
        await using (demo.ConfigureAwait(false))
        {
            Assert.Equal(["modern", "legacy", "broken"], demo.Servers.Select(s => s.Name));
            Assert.Equal(3, demo.Servers.Select(s => s.Port).Distinct().Count());

            foreach (var server in demo.Servers)
            {
                var result = await new Scanner(Options).ScanAsync(new ScanTarget("127.0.0.1", server.Port, "localhost")).WaitAsync(TimeSpan.FromSeconds(90));

                Assert.True(result.Outcome == ScanOutcome.Completed, $"{server.Name}: {result.Outcome} {result.Failure}");
                Assert.Equal(server.Protocols, result.Protocols.Where(p => p.Supported).Select(p => p.Version).Order());
                Assert.NotEmpty(result.Certificates!.Chains);
            }
        }
    }

    [Fact]
    public async Task Start_LegacyDemoServer_ScansWeakSuitesInServerOrderWithoutFallbackScsv()
    {
        var demo = DemoServers.Start();
        await using (demo.ConfigureAwait(false))
        {
            var legacy = demo.Servers.Single(s => s.Name == "legacy");

            var result = await new Scanner(Options).ScanAsync(new ScanTarget("127.0.0.1", legacy.Port, "localhost"));

            var tls10 = result.CipherSuites.Single(s => s.Version == TlsVersion.Tls10);
            Assert.Equal(CipherOrder.Server, tls10.Order);
            Assert.Contains(tls10.Accepted, s => s.Cipher == BulkCipher.Rc4);
            Assert.Contains(tls10.Accepted, s => s.Export);
            Assert.Contains(tls10.Accepted, s => s.Cipher == BulkCipher.TripleDes);
            Assert.False(result.Features!.FallbackScsv);
            Assert.Equal(1024, Assert.Single(result.KeyExchange!.DhParameters, d => d.Version == TlsVersion.Tls12).PrimeBits);
        }
    }

    [Fact]
    public async Task Start_BrokenDemoServer_SendsAnExpiredCertificateForAnotherHost()
    {
        var demo = DemoServers.Start();
        await using (demo.ConfigureAwait(false))
        {
            var broken = demo.Servers.Single(s => s.Name == "broken");

            var result = await new Scanner(Options).ScanAsync(new ScanTarget("127.0.0.1", broken.Port, "localhost"));

            var leaf = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(result.Certificates!.Chains[0].Certificates[0]);
            Assert.True(leaf.NotAfter < DateTime.Now);
            Assert.True(leaf.MatchesHostname(DemoServers.WrongHostName));
            Assert.False(leaf.MatchesHostname("localhost"));
        }
    }
}
