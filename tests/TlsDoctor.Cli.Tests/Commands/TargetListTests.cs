using TlsDoctor.Cli.Commands;

namespace TlsDoctor.Cli.Tests.Commands;

public sealed class TargetListTests
{
    [Fact]
    public void TryParse_CommentsAndBlankLines_Skipped()
    {
        var ok = TargetList.TryParse("t.txt", ["# all", "", "  a.example  ", "b.example:8443 # staging", "#c.example"], out var targets, out var error);

        Assert.True(ok, error);
        Assert.Equal(["a.example:443", "b.example:8443"], targets.Select(t => t.Display));
    }

    [Fact]
    public void TryParse_BadLine_ErrorNamesFileAndLineNumber()
    {
        var ok = TargetList.TryParse("t.txt", ["a.example", "# x", "bad host"], out _, out var error);

        Assert.False(ok);
        Assert.Equal("t.txt:3: 'bad host' is not a host name or address", error);
    }
}
