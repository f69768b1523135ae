using System.Diagnostics;
using Org.BouncyCastle.Ocsp;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Testing.Lab.Revocation;

namespace TlsDoctor.Certificates.Tests.Revocation;

public sealed class RevocationCheckerTests(PkiFixture pki) : IClassFixture<PkiFixture>
{
    private static readonly Uri OcspUrl = new("http://ocsp.revocation.invalid/");
    private static readonly Uri CrlUrl = new("http://crl.revocation.invalid/ca.crl");
    private static readonly DateTimeOffset RevokedAt = new(2026, 2, 14, 8, 30, 0, TimeSpan.Zero);
    private static readonly LeafOptions BothUrls = new() { OcspUrl = OcspUrl, CrlUrl = CrlUrl };

    [Fact]
    public async Task Check_GoodStaple_GoodFromStapleWithoutFetching()
    {
        using var leaf = pki.Ca.IssueLeaf("staple.test", BothUrls);
        var client = new InMemoryRevocationClient();

        var status = await Check(client, Query(leaf) with { StapledOcspResponse = pki.Ca.SignOcsp(leaf, OcspAnswer.Good()) });

        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        Assert.Equal(RevocationSource.Staple, status.Source);
        Assert.StartsWith("the stapled OCSP response says good (thisUpdate ", status.Evidence, StringComparison.Ordinal);
        Assert.Empty(client.Requests);
        Assert.Empty(status.Problems);
        Assert.True(status.Staple!.IsUsable);
    }

    [Fact]
    public async Task Check_RevokedStaple_RevokedErrorWithDateAndReason()
    {
        using var leaf = pki.Ca.IssueLeaf("revoked-staple.test", BothUrls);
        var staple = pki.Ca.SignOcsp(leaf, OcspAnswer.Revoked(RevokedAt, (int)CrlReason.KeyCompromise));

        var status = await Check(new InMemoryRevocationClient(), Query(leaf) with { StapledOcspResponse = staple, CertificateIndex = 0 });

        Assert.Equal(RevocationVerdict.Revoked, status.Verdict);
        Assert.Equal(RevokedAt, status.RevokedAt);
        Assert.Equal(CrlReason.KeyCompromise, status.Reason);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.Revoked, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal("replace the certificate: it was revoked on 2026-02-14 (reason keyCompromise); clients that check revocation reject it", problem.Fix);
        Assert.Contains("revoked on 2026-02-14 08:30:00 UTC (keyCompromise)", problem.Evidence, StringComparison.Ordinal);
        Assert.Equal(0, problem.CertificateIndex);
    }

    [Fact]
    public async Task Check_StaleStaple_StapleInvalidWarningThenOcspDecides()
    {
        using var leaf = pki.Ca.IssueLeaf("stale-staple.test", BothUrls);
        var now = DateTimeOffset.UtcNow;
        var stale = pki.Ca.SignOcsp(leaf, new OcspAnswer { ThisUpdate = now.AddDays(-9), NextUpdate = now.AddDays(-2), ProducedAt = now.AddDays(-9) });
        var client = new InMemoryRevocationClient().Serve(OcspUrl, pki.Ca.SignOcsp(leaf, OcspAnswer.Good()));

        var status = await Check(client, Query(leaf) with { StapledOcspResponse = stale });

        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        Assert.Equal(RevocationSource.Ocsp, status.Source);
        Assert.Equal(OcspUrl, status.Url);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.StapleInvalid, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("stale: nextUpdate", problem.Evidence, StringComparison.Ordinal);
        Assert.Equal([RevocationSource.Staple, RevocationSource.Ocsp], status.Attempts.Select(a => a.Source));
    }

    [Fact]
    public async Task Check_ClockAYearBehind_StapleCountsAsNotYetValid()
    {
        using var leaf = pki.Ca.IssueLeaf("clock.test");
        var staple = pki.Ca.SignOcsp(leaf, OcspAnswer.Good());
        var checker = new RevocationChecker(new InMemoryRevocationClient(), new FixedClock(DateTimeOffset.UtcNow.AddYears(-1)));

        var status = await checker.CheckAsync(Query(leaf) with { StapledOcspResponse = staple });

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Contains("in the future", Assert.Single(status.Attempts).Outcome, StringComparison.Ordinal);
        Assert.Equal([ProblemCodes.StapleInvalid, ProblemCodes.RevocationUnknown], status.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Check_MustStapleWithoutStaple_ErrorAndStillChecks()
    {
        using var leaf = pki.Ca.IssueLeaf("muststaple.test", BothUrls with { MustStaple = true });
        var client = new InMemoryRevocationClient().Serve(OcspUrl, pki.Ca.SignOcsp(leaf, OcspAnswer.Good()));

        var status = await Check(client, Query(leaf) with { MustStaple = true });

        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.MustStapleWithoutStaple, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
    }

    [Fact]
    public async Task Check_MustStapleWithGarbageStaple_StapleInvalidIsError()
    {
        using var leaf = pki.Ca.IssueLeaf("muststaple-bad.test", BothUrls);
        var client = new InMemoryRevocationClient().Serve(OcspUrl, pki.Ca.SignOcsp(leaf, OcspAnswer.Good()));

        var status = await Check(client, Query(leaf) with { MustStaple = true, StapledOcspResponse = [0x30, 0x05, 0x0a] });

        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.StapleInvalid, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("not an OCSP response: truncated", problem.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Ocsp_PostsRfc5019RequestForTheLeaf()
    {
        using var leaf = pki.Ca.IssueLeaf("post.test", BothUrls);
        var client = new InMemoryRevocationClient().Serve(OcspUrl, pki.Ca.SignOcsp(leaf, OcspAnswer.Good()));

        await Check(client, Query(leaf));

        var (url, body, contentType) = Assert.Single(client.Requests);
        Assert.Equal(OcspUrl, url);
        Assert.Equal("application/ocsp-request", contentType);
        var id = Assert.Single(new OcspReq(body).GetRequestList()).GetCertID();
        Assert.Equal(new Org.BouncyCastle.Math.BigInteger(leaf.SerialNumber, 16), id.SerialNumber); // as numbers: hex text may keep a leading zero
    }

    [Fact]
    public async Task Check_OcspFailsCrlListsLeaf_RevokedFromCrl()
    {
        using var leaf = pki.Ca.IssueLeaf("crl-revoked.test", BothUrls);
        var crl = pki.Ca.SignCrl([(leaf, RevokedAt, (int)CrlReason.CessationOfOperation)], DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));
        var client = new InMemoryRevocationClient().Fail(OcspUrl, "HTTP 500").Serve(CrlUrl, crl);

        var status = await Check(client, Query(leaf));

        Assert.Equal(RevocationVerdict.Revoked, status.Verdict);
        Assert.Equal(RevocationSource.Crl, status.Source);
        Assert.Equal(CrlUrl, status.Url);
        Assert.Equal(RevokedAt, status.RevokedAt);
        Assert.Equal(CrlReason.CessationOfOperation, status.Reason);
        Assert.Contains($"lists serial {leaf.SerialNumber} as revoked on 2026-02-14 08:30:00 UTC (cessationOfOperation)", status.Evidence, StringComparison.Ordinal);
        Assert.Equal(["HTTP 500", "revoked on 2026-02-14 08:30:00 UTC (cessationOfOperation)"], status.Attempts.Select(a => a.Outcome));
        Assert.Equal(ProblemCodes.Revoked, Assert.Single(status.Problems).Code);
    }

    [Fact]
    public async Task Check_ResponderSaysUnknownCrlDoesNotList_GoodFromCrl()
    {
        using var leaf = pki.Ca.IssueLeaf("crl-good.test", BothUrls);
        var crl = pki.Ca.SignCrl([], DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));
        var client = new InMemoryRevocationClient().Serve(OcspUrl, pki.Ca.SignOcsp(leaf, OcspAnswer.Unknown())).Serve(CrlUrl, crl);

        var status = await Check(client, Query(leaf));

        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        Assert.Equal(RevocationSource.Crl, status.Source);
        Assert.Equal("the certificate is unknown to the responder (certStatus unknown)", status.Attempts[0].Outcome);
        Assert.Empty(status.Problems);
    }

    [Fact]
    public async Task Check_NoStapleNoUrls_UnknownInfo()
    {
        using var leaf = pki.Ca.IssueLeaf("nourls.test");

        var status = await Check(new InMemoryRevocationClient(), Query(leaf));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("revocation status unknown (soft-fail): no stapled OCSP response, and the certificate names no OCSP responder and no CRL", status.Evidence);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.RevocationUnknown, problem.Code);
        Assert.Equal(Severity.Info, problem.Severity);
        Assert.Contains("soft-fail", problem.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EverySourceFails_UnknownWarningListingEachReason()
    {
        using var leaf = pki.Ca.IssueLeaf("allfail.test", BothUrls);
        var client = new InMemoryRevocationClient().Fail(OcspUrl, "HTTP 404"); // the CRL URL is "refused"

        var status = await Check(client, Query(leaf));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal(RevocationSource.None, status.Source);
        Assert.Equal(
            $"revocation status unknown (soft-fail): OCSP responder {OcspUrl}: HTTP 404; CRL {CrlUrl}: connection refused by crl.revocation.invalid",
            status.Evidence);
        var problem = Assert.Single(status.Problems);
        Assert.Equal(ProblemCodes.RevocationUnknown, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains("soft-fail", problem.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OcspHangs_FetchTimeoutLeavesTimeForCrl()
    {
        using var leaf = pki.Ca.IssueLeaf("hang-ocsp.test", BothUrls);
        var crl = pki.Ca.SignCrl([], DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7));
        var client = new InMemoryRevocationClient().Hang(OcspUrl).Serve(CrlUrl, crl);
        var options = new RevocationCheckOptions { Deadline = TimeSpan.FromSeconds(3), FetchTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var status = await Check(client, Query(leaf), options);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2));
        Assert.Equal(RevocationVerdict.Good, status.Verdict);
        Assert.Equal(RevocationSource.Crl, status.Source);
        Assert.Equal("timed out after 0.3 s", status.Attempts[0].Outcome);
    }

    [Fact]
    public async Task Check_EverythingHangs_UnknownAtTheDeadline()
    {
        using var leaf = pki.Ca.IssueLeaf("hang-all.test", BothUrls);
        var client = new InMemoryRevocationClient().Hang(OcspUrl).Hang(CrlUrl);
        var options = new RevocationCheckOptions { Deadline = TimeSpan.FromMilliseconds(400), FetchTimeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();

        var status = await Check(client, Query(leaf), options);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(2));
        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.StartsWith("no answer within the check's 0.4 s deadline", status.Attempts[0].Outcome, StringComparison.Ordinal);
        Assert.Equal("not tried: the check's 0.4 s deadline had passed", status.Attempts[1].Outcome);
        Assert.Single(client.Requests);
    }

    [Fact]
    public async Task Check_LdapCrlUrl_SkippedWithReason()
    {
        var ldap = new Uri("ldap://directory.revocation.invalid/cn=CA?certificateRevocationList");
        using var leaf = pki.Ca.IssueLeaf("ldap.test", new LeafOptions { CrlUrl = ldap });
        var client = new InMemoryRevocationClient();

        var status = await Check(client, Query(leaf));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("skipped: only http and https URLs are fetched, not ldap", Assert.Single(status.Attempts).Outcome);
        Assert.Empty(client.Requests);
    }

    [Fact]
    public async Task Check_ClientThrows_UnknownInsteadOfException()
    {
        using var leaf = pki.Ca.IssueLeaf("throw.test", new LeafOptions { OcspUrl = OcspUrl });

        var status = await Check(new InMemoryRevocationClient().Throw(OcspUrl), Query(leaf));

        Assert.Equal(RevocationVerdict.Unknown, status.Verdict);
        Assert.Equal("the revocation client failed: InvalidOperationException: client bug", Assert.Single(status.Attempts).Outcome);
    }

    [Fact]
    public async Task Check_CallerCancels_Throws()
    {
        using var leaf = pki.Ca.IssueLeaf("cancel.test", new LeafOptions { OcspUrl = OcspUrl });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var checker = new RevocationChecker(new InMemoryRevocationClient().Hang(OcspUrl), TimeProvider.System);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => checker.CheckAsync(Query(leaf), cancel.Token));
    }

    [Fact]
    public void Constructor_NegativeDeadline_ArgumentExceptionNamingIt()
    {
        var options = new RevocationCheckOptions { Deadline = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => new RevocationChecker(new InMemoryRevocationClient(), TimeProvider.System, options));

        Assert.Contains("RevocationCheckOptions.Deadline must be positive", error.Message, StringComparison.Ordinal);
    }

    private RevocationQuery Query(System.Security.Cryptography.X509Certificates.X509Certificate2 leaf) => new(leaf, pki.Ca.Ca);

    private static Task<RevocationStatus> Check(IRevocationClient client, RevocationQuery query, RevocationCheckOptions? options = null) =>
        new RevocationChecker(client, TimeProvider.System, options).CheckAsync(query);
}
