using System.Net;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Names;
using TlsDoctor.Certificates.Tests.Support;

namespace TlsDoctor.Certificates.Tests.Names;

public sealed class HostnameMatcherTests
{
    [Theory]
    [InlineData("*.example.com", "a.example.com", true)]
    [InlineData("*.example.com", "A.EXAMPLE.COM", true)]
    [InlineData("*.example.com", "a.example.com.", true)]
    [InlineData("*.example.com", "a.b.example.com", false)] // one label only (RFC 6125 §6.4.3)
    [InlineData("*.example.com", "example.com", false)]     // not zero labels
    [InlineData("*.example.com", "aexample.com", false)]
    [InlineData("*.com", "example.com", false)]             // never a whole TLD
    [InlineData("f*o.example", "foo.example", false)]       // partial-label wildcard refused
    [InlineData("*o.example", "foo.example", false)]
    [InlineData("a.*.example", "a.b.example", false)]       // wildcard only in the left-most label
    [InlineData("www.example.com", "WWW.Example.COM.", true)]
    [InlineData("www.example.com.", "www.example.com", true)]
    [InlineData("www.example.com", "example.com", false)]
    public void Match_DnsSubjectAltName_FollowsRfc6125(string presented, string host, bool expected)
    {
        var match = HostnameMatcher.Match(Certificate(dns: [presented]), host);

        Assert.Equal(expected, match.Matches);
        Assert.Equal([presented], match.CoveredNames);
    }

    [Theory]
    [InlineData("f*o.example", "partial-label wildcard")]
    [InlineData("*.com", "whole top-level domain")]
    [InlineData("a.*.example", "outside the left-most label")]
    public void Match_RefusedWildcard_SaysWhy(string presented, string because)
    {
        var match = HostnameMatcher.Match(Certificate(dns: [presented]), "foo.example");

        Assert.Contains(match.Notes, n => n.Contains(because, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("192.0.2.1", true)]
    [InlineData("192.0.2.2", false)]
    [InlineData("2001:db8::1", true)]
    [InlineData("[2001:db8::1]", true)]
    [InlineData("2001:DB8:0:0::1", true)]
    [InlineData("2001:db8::2", false)]
    public void Match_IpAddress_OnlyAgainstIpSubjectAltNames(string host, bool expected)
    {
        var certificate = Certificate(ips: [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("2001:db8::1")]);

        var match = HostnameMatcher.Match(certificate, host);

        Assert.Equal(expected, match.Matches);
        Assert.False(match.UsedCommonName);
    }

    [Fact]
    public void Match_IpAddressListedAsDnsName_NoMatchAndSaysWhy()
    {
        var match = HostnameMatcher.Match(Certificate(dns: ["192.0.2.1"]), "192.0.2.1");

        Assert.False(match.Matches);
        Assert.Contains(match.Notes, n => n.Contains("iPAddress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bücher.example")]
    [InlineData("BÜCHER.example")]
    [InlineData("xn--bcher-kva.example")]
    public void Match_InternationalisedName_ComparedAsALabels(string host)
    {
        var match = HostnameMatcher.Match(Certificate(dns: ["xn--bcher-kva.example"]), host);

        Assert.True(match.Matches);
        Assert.Equal("xn--bcher-kva.example", match.MatchedBy);
    }

    [Fact]
    public void Match_InternationalisedName_OtherLabelDoesNotMatch()
    {
        Assert.False(HostnameMatcher.Match(Certificate(dns: ["xn--bcher-kva.example"]), "bucher.example").Matches);
    }

    [Fact]
    public void Match_NoSubjectAltName_FallsBackToCommonName()
    {
        using var legacy = TestPki.SelfSigned(new CertSpec("legacy.example"));

        var match = HostnameMatcher.Match(CertificateDetails.FromDer(legacy.Der), "legacy.example");

        Assert.True(match.Matches);
        Assert.True(match.UsedCommonName);
        Assert.Equal(["legacy.example"], match.CoveredNames);
    }

    [Fact]
    public void Match_DnsSubjectAltNamePresent_CommonNameIgnored()
    {
        using var both = TestPki.SelfSigned(new CertSpec("legacy.example") { DnsNames = ["other.example"] });

        var match = HostnameMatcher.Match(CertificateDetails.FromDer(both.Der), "legacy.example");

        Assert.False(match.Matches);
        Assert.False(match.UsedCommonName);
        Assert.Equal(["other.example"], match.CoveredNames);
    }

    [Fact]
    public void Match_IpAddressHost_NoCommonNameFallback()
    {
        using var legacy = TestPki.SelfSigned(new CertSpec("192.0.2.1"));

        Assert.False(HostnameMatcher.Match(CertificateDetails.FromDer(legacy.Der), "192.0.2.1").Matches);
    }

    [Fact]
    public void Match_SeveralNames_ReportsWhichMatchedAndAllCovered()
    {
        var match = HostnameMatcher.Match(Certificate(dns: ["example.com", "*.example.com"], ips: [IPAddress.Loopback]), "www.example.com");

        Assert.True(match.Matches);
        Assert.Equal("*.example.com", match.MatchedBy);
        Assert.Equal(["example.com", "*.example.com", "127.0.0.1"], match.CoveredNames);
    }

    // Details built directly: the matcher reads only names, and CertificateRequest refuses some odd names.
    private static CertificateDetails Certificate(IReadOnlyList<string>? dns = null, IReadOnlyList<IPAddress>? ips = null) => new()
    {
        Der = [],
        Subject = "CN=ignored.example",
        CommonName = "ignored.example",
        HasSubjectAltName = true,
        DnsNames = dns ?? [],
        IpAddresses = ips ?? [],
    };
}
