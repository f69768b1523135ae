using System.Text;
using TlsDoctor.Scanning.Probes.Http;
using TlsDoctor.Tls;

namespace TlsDoctor.Scanning.Tests.Http;

public sealed class HttpResponseParserTests
{
    private static readonly string Valid =
        "HTTP/1.1 301 Moved Permanently\r\n" +          // status-line (RFC 9112 §4)
        "Server: nginx/1.22.1\r\n" +                     // field-line
        "Location: https://localhost/\r\n" +
        "Set-Cookie: a=1\r\n" +
        "Set-Cookie: b=2\r\n" +                          // a repeated field stays two lines
        "\r\n" +                                         // end of the header section
        "<html>body";                                    // body: not consumed

    private static ParseResult<HttpResponseHead> Parse(string text) => HttpResponseParser.TryParse(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void TryParse_ValidHead_ReadsStatusHeadersAndStopsAtTheEmptyLine()
    {
        var result = Parse(Valid);

        Assert.Equal(ParseStatus.Done, result.Status);
        var head = result.Value!;
        Assert.Equal(("HTTP/1.1", 301, "Moved Permanently"), (head.Version, head.StatusCode, head.Reason));
        Assert.Equal("nginx/1.22.1", head.First("server"));
        Assert.Equal(["a=1", "b=2"], head.Values("Set-Cookie"));
        Assert.True(head.IsRedirect);
        Assert.Equal(Valid.IndexOf("<html>", StringComparison.Ordinal), result.Consumed);
    }

    [Fact]
    public void TryParse_EveryPrefixOfAValidHead_IsTruncatedNotInvalid()
    {
        var head = Valid[..Valid.IndexOf("<html>", StringComparison.Ordinal)];
        for (var length = 0; length < head.Length; length++)
        {
            Assert.Equal(ParseStatus.NeedMoreData, Parse(head[..length]).Status);
        }
    }

    [Fact]
    public void TryParse_ObsFold_IsJoinedWithASpace()
    {
        var result = Parse(
            "HTTP/1.1 200 OK\r\n" +
            "X-Long: first part\r\n" +
            "\t second part\r\n" +                      // obs-fold (RFC 9112 §5.2): replaced by SP
            "\r\n");

        Assert.Equal("first part second part", result.Value!.First("X-Long"));
    }

    [Fact]
    public void TryParse_BareLfLineEndsAndNoReason_AreTolerated()
    {
        var result = Parse(
            "HTTP/1.0 200\n" +                           // no SP + reason; LF only (RFC 9112 §2.2 allows a recipient to accept it)
            "Content-Type: text/html\n" +
            "\n");

        Assert.Equal(ParseStatus.Done, result.Status);
        Assert.Equal(("HTTP/1.0", 200, ""), (result.Value!.Version, result.Value.StatusCode, result.Value.Reason));
    }

    [Fact]
    public void TryParse_WhitespaceBeforeColon_IsRemovedLikeAProxyMust()
    {
        var result = Parse("HTTP/1.1 200 OK\r\nServer : x\r\n\r\n"); // RFC 9112 §5.1

        Assert.Equal("x", result.Value!.First("Server"));
    }

    [Theory]
    [InlineData("SSH-2.0-OpenSSH_9.2\r\n", "not an HTTP response")]           // another protocol
    [InlineData("220 mail ESMTP\r\n", "not an HTTP response")]                // SMTP banner: rejected from the first byte
    [InlineData("HTTX", "not an HTTP response")]                              // wrong prefix, even before a line end
    [InlineData("HTTP/1.1 2000 OK\r\n\r\n", "malformed HTTP status line")]   // four-digit status
    [InlineData("HTTP/1.1 abc OK\r\n\r\n", "malformed HTTP status line")]    // status not digits
    [InlineData("HTTP/11 200 OK\r\n\r\n", "malformed HTTP status line")]     // version not DIGIT "." DIGIT
    [InlineData("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "malformed header line")]
    [InlineData("HTTP/1.1 200 OK\r\n: empty name\r\n\r\n", "malformed header line")]
    [InlineData("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "malformed header line")]        // SP inside the token
    [InlineData("HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", "malformed header line")]            // bare CR in a value (§5.5)
    public void TryParse_Malformed_IsInvalidWithTheCause(string text, string cause)
    {
        var result = Parse(text);

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Contains(cause, result.Error, StringComparison.Ordinal);
    }
}
