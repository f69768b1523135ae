using System.Diagnostics;
using System.Globalization;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Revocation.Ocsp;
using TlsDoctor.Scanning.Transport.Http;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Scanning.Tests.Revocation;

/// <summary>RevocationChecker with the real HTTP client against OpenSSL's OCSP responder on 127.0.0.1.</summary>
public sealed class RevocationCheckerOpenSslTests(OpenSslOcspFixture lab) : IClassFixture<OpenSslOcspFixture>
{
    [Fact]
    public async Task Check_GoodLeaf_GoodViaOcspSignedByIssuer()
    {
        var status = await CheckAsync(new RevocationQuery(lab.Good, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        Assert.Equal(RevocationSource.Ocsp, status.Source);
        Assert.Equal(lab.Responder.Url, status.Url);
        Assert.Empty(status.Problems);
        var ocsp = status.FetchedOcsp!;
        Assert.Equal(OcspSignatureCheck.VerifiedByIssuer, ocsp.Signature);
        Assert.True(ocsp.CertIdMatches);
        // -ndays 1: OpenSSL sets nextUpdate a day after thisUpdate.
        Assert.Equal(TimeSpan.FromDays(1), ocsp.NextUpdate - ocsp.ThisUpdate);
        Assert.InRange(ocsp.Age!.Value, TimeSpan.FromSeconds(-5), TimeSpan.FromMinutes(1));
        Assert.StartsWith($"OCSP responder {lab.Responder.Url} says good", status.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RevokedLeaf_RevokedViaOcspWithTimeAndReason()
    {
        var status = await CheckAsync(new RevocationQuery(lab.Revoked, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Revoked, status.Verdict);
        Assert.Equal(RevocationSource.Ocsp, status.Source);
        Assert.Equal(OpenSslOcspFixture.RevokedAt, status.RevokedAt);
        Assert.Equal(CrlReason.KeyCompromise, status.Reason);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.Revoked, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("replace the certificate: it was revoked on 2026-01-15 (reason keyCompromise); clients that check revocation reject it", problem.Fix);
    }

    [Fact]
    public async Task Check_LeafMissingFromIndex_UnknownSoftFailWarning()
    {
        var status = await CheckAsync(new RevocationQuery(lab.Unlisted, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("the certificate is unknown to the responder (certStatus unknown)", Assert.Single(status.Attempts).Outcome);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.RevocationUnknown, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
    }

    [Fact]
    public async Task Check_IssuerTheResponderDoesNotServe_NotUsable()
    {
        // The request names the stranger as issuer; OpenSSL echoes that CertID with "unknown", signed by its own CA.
        using var stranger = RevocationPki.Create("TlsDoctor Stranger CA");

        var status = await CheckAsync(new RevocationQuery(lab.Good, stranger.Ca));

        // OpenSSL includes its signer (our real CA) in the response: it verifies, but the stranger did not issue it.
        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        var outcome = Assert.Single(status.Attempts).Outcome;
        Assert.Contains("CN=TlsDoctor Stranger CA' did not issue", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_GoodStaplePresent_ResponderNotAsked()
    {
        var runs = lab.Responder.Runs;
        var staple = lab.Pki.SignOcsp(lab.Good, OcspAnswer.Good());

        var status = await CheckAsync(new RevocationQuery(lab.Good, lab.Pki.Ca) { StapledOcspResponse = staple });

        Assert.Equal(RevocationSource.Staple, status.Source);
        Assert.Equal(runs, lab.Responder.Runs);
    }

    [Fact]
    public async Task Responder_ListensOnLoopbackOnly()
    {
        await CheckAsync(new RevocationQuery(lab.Good, lab.Pki.Ca));

        // /proc/net/tcp: local_address is hex IPv4:port, state 0A is LISTEN. Our port must appear only as 127.0.0.1.
        var port = lab.Responder.Port.ToString("X4", CultureInfo.InvariantCulture);
        var listeners = File.ReadLines("/proc/net/tcp").Concat(File.ReadLines("/proc/net/tcp6")).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A" && f[1].EndsWith(":" + port, StringComparison.Ordinal))
            .Select(f => f[1])
            .ToList();
        Assert.Equal(["0100007F:" + port], listeners);
    }

    private static async Task<RevocationStatus> CheckAsync(RevocationQuery query)
    {
        using var client = new HttpRevocationClient();
        var clock = Stopwatch.StartNew();
        var status = await new RevocationChecker(client, TimeProvider.System).CheckAsync(query);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        return status;
    }
}
