using System.Collections.Concurrent;
using TlsDoctor.Testing.Lab;
using TlsDoctor.Testing.Lab.Clients;

namespace TlsDoctor.Scanning.Tests.RealServers;

/// <summary>
/// Proves the lab's truth table with real clients: every expected (protocol, suite) completes one handshake
/// (openssl s_client, or gnutls-cli where OpenSSL 3.0 has no such suite), unexpected ones fail, and the
/// server order, DH group and certificate problems are what the table says.
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class LabServersTests(LabServers lab)
{
    // Handshakes per target run this many at a time (each is a short-lived client process).
    private const int Parallelism = 8;

    public static TheoryData<string> TlsTargets => [.. LabTargets.Create(0).Where(t => t.Kind == LabTargetKind.Tls).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TlsTargets))]
    public async Task Handshake_EveryExpectedSuite_Succeeds(string name)
    {
        var target = lab.Get(name);
        var jobs = target.ExpectedCiphers.SelectMany(p => p.Value.Select(suite => (Protocol: p.Key, Suite: suite))).ToList();
        Assert.NotEmpty(jobs);

        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (job, _) =>
        {
            var result = await HandshakeAsync(target, job.Protocol, job.Suite);
            if (!result.Succeeded || result.Protocol != job.Protocol || result.Cipher != job.Suite)
            {
                failures.Add($"{job.Protocol} {job.Suite}: {result}");
            }
        });

        Assert.True(failures.IsEmpty, $"{target}: {failures.Count} of {jobs.Count} expected handshakes failed:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TlsTargets))]
    public async Task Handshake_UnexpectedProtocol_Fails(string name)
    {
        var target = lab.Get(name);
        // OpenSSL 3.0 speaks neither SSLv2 nor SSLv3, so those two "false" entries cannot be probed here.
        var refused = new[] { LabProtocols.Tls10, LabProtocols.Tls11, LabProtocols.Tls12, LabProtocols.Tls13 }
            .Where(p => !target.ExpectedProtocols[p]).ToList();

        var results = await Task.WhenAll(refused.Select(p => OpenSslClient.HandshakeAsync(target, p)));

        var unexpected = results.Where(r => r.Succeeded).Select(r => r.ToString()).ToList();
        Assert.True(unexpected.Count == 0, $"{target} accepted protocols it should refuse:\n" + string.Join("\n", unexpected));
    }

    [Theory]
    [InlineData("s_server-tls12-tiny", LabProtocols.Tls12, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("s_server-old", LabProtocols.Tls10, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData("s_server-old", LabProtocols.Tls12, "TLS_RSA_WITH_3DES_EDE_CBC_SHA")] // in its cipher string, absent from OpenSSL 3.0
    [InlineData("s_server-dhe1024", LabProtocols.Tls12, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("s_server-rsa1024", LabProtocols.Tls12, "TLS_RSA_WITH_AES_128_GCM_SHA256")]
    [InlineData("nginx-intermediate", LabProtocols.Tls12, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")]
    [InlineData("nginx-expired", LabProtocols.Tls12, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")] // no ssl_dhparam: no DHE
    [InlineData("nginx-expired", LabProtocols.Tls12, "TLS_RSA_WITH_RC4_128_SHA")]
    [InlineData("gnutls-rc4-3des", LabProtocols.Tls12, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")] // RSA certificate only
    [InlineData("gnutls-rc4-3des", LabProtocols.Tls12, "TLS_RSA_WITH_AES_128_CBC_SHA256")] // NORMAL has no CBC-SHA256
    public async Task Handshake_UnlistedSuite_Fails(string name, string protocol, string suite)
    {
        var target = lab.Get(name);
        Assert.DoesNotContain(suite, target.ExpectedCiphers.GetValueOrDefault(protocol) ?? []);

        var result = await HandshakeAsync(target, protocol, suite);

        Assert.False(result.Succeeded, $"{target} accepted {protocol} {suite}: {result}");
    }

    [Theory]
    [MemberData(nameof(TlsTargets))]
    public async Task ServerCipherOrder_TwoSuitesInBothOrders_MatchesTruth(string name)
    {
        var target = lab.Get(name);
        var names = await OpenSslCipherNames.GetAsync();
        var (protocol, suites) = target.ExpectedCiphers
            .Select(p => (p.Key, Suites: p.Value.Where(s => p.Key == LabProtocols.Tls13 || names.ToOpenSsl(s) is not null).ToList()))
            .OrderByDescending(p => p.Key == LabProtocols.Tls12)
            .First(p => p.Suites.Count >= 2);
        var (a, b) = (suites[0], suites[1]);

        var first = await OpenSslClient.HandshakeAsync(target, protocol, [a, b]);
        var second = await OpenSslClient.HandshakeAsync(target, protocol, [b, a]);

        Assert.True(first.Succeeded && second.Succeeded, $"{first}\n{second}");
        if (target.ServerCipherOrder)
        {
            Assert.Equal(first.Cipher, second.Cipher);
        }
        else
        {
            Assert.Equal((a, b), (first.Cipher, second.Cipher));
        }
    }

    [Theory]
    [MemberData(nameof(TlsTargets))]
    public async Task DhGroupBits_DheHandshake_MatchesServerTempKey(string name)
    {
        var target = lab.Get(name);
        var dheSuite = target.ExpectedCiphers.GetValueOrDefault(LabProtocols.Tls12)?.FirstOrDefault(s => s.StartsWith("TLS_DHE_", StringComparison.Ordinal));
        Assert.Equal(dheSuite is not null, target.DhGroupBits is not null);
        if (dheSuite is null)
        {
            return;
        }

        var result = await OpenSslClient.HandshakeAsync(target, LabProtocols.Tls12, [dheSuite]);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(target.DhGroupBits, result.DhGroupBits);
    }

    [Theory]
    [MemberData(nameof(TlsTargets))]
    public async Task Certificate_VerifiedAgainstLabRoot_ShowsExactlyTheExpectedProblems(string name)
    {
        var target = lab.Get(name);

        var result = await OpenSslClient.HandshakeAsync(target, target.SupportedProtocols.Last(), caFile: lab.RootCaPath);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(target.CertProblems, ProblemsFor(result.VerifyCode));
    }

    // OpenSSL's X509_V_ERR codes (include/openssl/x509_vfy.h) for the lab's problem names.
    private static string[] ProblemsFor(int? verifyCode) => verifyCode switch
    {
        0 => [],
        9 => [LabCertProblems.NotYetValid],
        10 => [LabCertProblems.Expired],
        18 => [LabCertProblems.SelfSigned],
        20 or 21 => [LabCertProblems.IncompleteChain], // 21: leaf alone, "unable to verify the first certificate"
        62 => [LabCertProblems.HostnameMismatch],
        66 => [LabCertProblems.WeakKeyRsa1024],
        68 => [LabCertProblems.Sha1Signature],
        _ => [$"unmapped verify code {verifyCode}"],
    };

    private static async Task<HandshakeResult> HandshakeAsync(LabTarget target, string protocol, string suite)
    {
        var names = await OpenSslCipherNames.GetAsync();
        return protocol == LabProtocols.Tls13 || names.ToOpenSsl(suite) is not null
            ? await OpenSslClient.HandshakeAsync(target, protocol, [suite])
            : await GnuTlsClient.HandshakeAsync(target, protocol, suite);
    }
}
