using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Tests.Formatting;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("DnsFailure", "dns_failure")]
    [InlineData("NotTls", "not_tls")]
    [InlineData("ByteBudgetExceeded", "byte_budget_exceeded")]
    [InlineData("Refused", "refused")]
    [InlineData("Pop3", "pop3")]
    [InlineData("HTTPServer", "http_server")]
    public void Convert_PascalCase_SnakeCase(string pascal, string expected) =>
        Assert.Equal(expected, SnakeCase.Convert(pascal));
}
