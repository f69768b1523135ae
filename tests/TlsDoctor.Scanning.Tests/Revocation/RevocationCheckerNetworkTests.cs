using System.Diagnostics;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Scanning.Transport.Http;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Scanning.Tests.Revocation;

/// <summary>RevocationChecker with the real HTTP client against CRL servers, closed ports and silent responders on 127.0.0.1.</summary>
public sealed class RevocationCheckerNetworkTests(OpenSslOcspFixture lab) : IClassFixture<OpenSslOcspFixture>
{
    private static readonly DateTimeOffset RevokedAt = new(2026, 2, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_OnlyCrlUrl_RevokedAndGoodFromCrlOverHttp()
    {
        byte[]? crl = null; // the CRL names the leaf's serial, the leaf names the CRL's URL: serve what is set later
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult<LoopbackHttpResponse?>(LoopbackHttpResponse.Ok(crl!, "application/pkix-crl")));
        var options = new LeafOptions { CrlUrl = server.Url("ca.crl") };
        using var revoked = lab.Pki.IssueLeaf("crl-revoked.test", options);
        using var good = lab.Pki.IssueLeaf("crl-good.test", options);
        crl = lab.Pki.SignCrl([(revoked, RevokedAt, 4)], DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));

        var revokedStatus = await CheckAsync(new RevocationQuery(revoked, lab.Pki.Ca));
        var goodStatus = await CheckAsync(new RevocationQuery(good, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Revoked, revokedStatus.Verdict);
        Assert.Equal(RevocationSource.Crl, revokedStatus.Source);
        Assert.Equal(server.Url("ca.crl"), revokedStatus.Url);
        Assert.Equal(RevokedAt, revokedStatus.RevokedAt);
        Assert.Equal(CrlReason.Superseded, revokedStatus.Reason);
        Assert.Equal(ProblemCodes.Revoked, Assert.Single(revokedStatus.Problems).Code);
        Assert.Equal(RevocationVerdict.Good, goodStatus.Verdict);
        Assert.Equal(RevocationSource.Crl, goodStatus.Source);
        Assert.All(server.Requests, r => Assert.Equal(("GET", "/ca.crl"), (r.Method, r.Path)));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Check_OcspResponderDownCrlUp_CrlDecides()
    {
        using var closed = new ClosedLoopbackPort();
        byte[]? crl = null;
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult<LoopbackHttpResponse?>(LoopbackHttpResponse.Ok(crl!, "application/pkix-crl")));
        using var leaf = lab.Pki.IssueLeaf("fallback.test", new LeafOptions { OcspUrl = closed.Url(""), CrlUrl = server.Url("ca.crl") });
        crl = lab.Pki.SignCrl([(leaf, RevokedAt, 1)], DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));

        var status = await CheckAsync(new RevocationQuery(leaf, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Revoked, status.Verdict);
        Assert.Equal(RevocationSource.Crl, status.Source);
        Assert.Equal($"connection refused by 127.0.0.1:{closed.Port}: nothing listens there", status.Attempts[0].Outcome);
    }

    [Fact]
    public async Task Check_ClosedResponderAndCrl_UnknownSoftFailAtOnce()
    {
        using var closed = new ClosedLoopbackPort();
        using var leaf = lab.Pki.IssueLeaf("closed.test", new LeafOptions { OcspUrl = closed.Url(""), CrlUrl = closed.Url("ca.crl") });
        var clock = Stopwatch.StartNew();

        var status = await CheckAsync(new RevocationQuery(leaf, lab.Pki.Ca));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal(
            $"revocation status unknown (soft-fail): OCSP responder {closed.Url("")}: connection refused by 127.0.0.1:{closed.Port}: nothing listens there; " +
            $"CRL {closed.Url("ca.crl")}: connection refused by 127.0.0.1:{closed.Port}: nothing listens there",
            status.Evidence);
        var problem = Assert.Single(status.Problems);
        Assert.Equal((ProblemCodes.RevocationUnknown, Severity.Warning), (problem.Code, problem.Severity));
    }

    [Fact]
    public async Task Check_SilentResponder_TimesOutWithinTheDeadline()
    {
        await using var silent = LoopbackHttpServer.Serving(null);
        using var leaf = lab.Pki.IssueLeaf("silent.test", new LeafOptions { OcspUrl = silent.BaseUrl });
        var options = new RevocationCheckOptions { Deadline = TimeSpan.FromSeconds(2), FetchTimeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();

        var status = await CheckAsync(new RevocationQuery(leaf, lab.Pki.Ca), options);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(2.5));
        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("timed out after 1 s", Assert.Single(status.Attempts).Outcome);
        Assert.Single(silent.Requests); // it did get the POST, and never answered
    }

    [Fact]
    public async Task Check_SilentResponderAndCrlWithDefaults_UnknownWithinFiveSeconds()
    {
        await using var silent = LoopbackHttpServer.Serving(null);
        using var leaf = lab.Pki.IssueLeaf("silent-default.test", new LeafOptions { OcspUrl = silent.BaseUrl, CrlUrl = silent.Url("ca.crl") });
        var clock = Stopwatch.StartNew();

        var status = await CheckAsync(new RevocationQuery(leaf, lab.Pki.Ca));

        // Defaults: 3 s for the OCSP request, the CRL gets what is left of the 5 s deadline.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4.8), TimeSpan.FromSeconds(6));
        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("timed out after 3 s", status.Attempts[0].Outcome);
        Assert.StartsWith("no answer within the check's 5 s deadline", status.Attempts[1].Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ResponderAnswersHtml_UnknownNamingIt()
    {
        await using var portal = LoopbackHttpServer.Serving(LoopbackHttpResponse.Ok("<html>captive portal</html>"u8.ToArray(), "text/html"));
        using var leaf = lab.Pki.IssueLeaf("portal.test", new LeafOptions { OcspUrl = portal.BaseUrl });

        var status = await CheckAsync(new RevocationQuery(leaf, lab.Pki.Ca));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Contains("not an OCSP response: does not start with a DER SEQUENCE", Assert.Single(status.Attempts).Outcome, StringComparison.Ordinal);
        Assert.Contains("looks like HTML", status.Evidence, StringComparison.Ordinal);
    }

    private static async Task<RevocationStatus> CheckAsync(RevocationQuery query, RevocationCheckOptions? options = null)
    {
        using var client = new HttpRevocationClient();
        return await new RevocationChecker(client, TimeProvider.System, options).CheckAsync(query);
    }
}
