using TlsDoctor.Scanning.Probes.Http;

namespace TlsDoctor.Scanning.Tests.Http;

public sealed class HstsParserTests
{
    [Fact]
    public void Parse_TwoYearsIncludeSubDomainsPreload_IsValidWithoutProblems()
    {
        var hsts = HstsParser.Parse("max-age=63072000; includeSubDomains; preload");

        Assert.Equal(63072000, hsts.MaxAgeSeconds);
        Assert.True(hsts.IncludeSubDomains);
        Assert.True(hsts.Preload);
        Assert.True(hsts.Effective);
        Assert.Empty(hsts.Problems);
    }

    [Theory]
    [InlineData("MAX-AGE=31536000; INCLUDESUBDOMAINS")]     // names are case-insensitive (RFC 6797 §6.1 item 3)
    [InlineData("max-age=\"31536000\"; includeSubDomains")] // quoted-string value
    [InlineData(" ; max-age = 31536000 ;includeSubDomains;")] // empty directives and whitespace around '='
    [InlineData("max-age=31536000; includeSubDomains; report-uri=\"https://r.example/\"")] // unknown directives ignored (§6.1 item 5)
    public void Parse_SyntaxVariants_ReadTheSamePolicy(string raw)
    {
        var hsts = HstsParser.Parse(raw);

        Assert.Equal(31536000, hsts.MaxAgeSeconds);
        Assert.True(hsts.IncludeSubDomains);
        Assert.Empty(hsts.Problems);
    }

    [Theory]
    [InlineData("includeSubDomains", "max-age is missing")]                   // §6.1.1: max-age REQUIRED
    [InlineData("max-age=abc", "is not a number")]
    [InlineData("max-age=-5", "is not a number")]
    [InlineData("max-age=", "is not a token or quoted string")]
    [InlineData("max-age=300; max-age=600", "appears more than once")]        // §6.1 item 2
    [InlineData("max-age=300; includeSubDomains; includesubdomains", "appears more than once")]
    [InlineData("max-age=\"300", "unterminated quoted value")]
    [InlineData("max-age=300 includeSubDomains", "unexpected")]               // missing ';'
    [InlineData("max-age=300; {bad}", "not a directive name")]
    public void Parse_Invalid_HasNoMaxAgeAndSaysWhy(string raw, string problem)
    {
        var hsts = HstsParser.Parse(raw);

        Assert.Null(hsts.MaxAgeSeconds);
        Assert.False(hsts.Effective);
        Assert.Contains(hsts.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MaxAgeZero_IsValidButSwitchedOff()
    {
        var hsts = HstsParser.Parse("max-age=0");

        Assert.Equal(0, hsts.MaxAgeSeconds);
        Assert.False(hsts.Effective);
        Assert.Contains(hsts.Problems, p => p.Contains("switches HSTS off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3600, true)]
    [InlineData(HstsParser.MinimumForAPlusSeconds - 1, true)]
    [InlineData(HstsParser.MinimumForAPlusSeconds, false)]
    public void Parse_ShorterThan180Days_IsAProblem(long seconds, bool problem)
    {
        var hsts = HstsParser.Parse($"max-age={seconds}");

        Assert.Equal(problem, hsts.Problems.Any(p => p.Contains("shorter than 180 days", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_PreloadWithHalfAYearAndNoIncludeSubDomains_NamesBothPreloadRequirements()
    {
        var hsts = HstsParser.Parse("max-age=15552000; preload");

        Assert.Contains(hsts.Problems, p => p.Contains("at least one year", StringComparison.Ordinal));
        Assert.Contains(hsts.Problems, p => p.Contains("preload without includeSubDomains", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralHeaders_UsesTheFirstAndSaysSo()
    {
        var hsts = HstsParser.Parse(["max-age=31536000", "max-age=0"])!;

        Assert.Equal(31536000, hsts.MaxAgeSeconds);
        Assert.Contains(hsts.Problems, p => p.Contains("2 Strict-Transport-Security headers", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoHeader_IsNull() => Assert.Null(HstsParser.Parse([]));
}
