using TlsDoctor.Certificates.Loading;
using TlsDoctor.Reporting.Console;

namespace TlsDoctor.Reporting.Tests.Console;

public sealed class ConsoleCertificateReportWriterTests
{
    private static async Task<string[]> RenderAsync()
    {
        var analysis = await TestChains.AnalyzeExpiredWrongHostAsync();
        var report = new CertificateReport("0.1.0-test", TestChains.Now, TestChains.HostName, analysis.TrustStoreDescription,
        [
            new CertificateFileReport("leaf.pem", "PEM", analysis),
            new CertificateFileReport("empty.pem", null, null) { Error = CertificateFileError.Empty, ErrorMessage = "empty.pem: the file is empty" },
        ]);
        var output = new StringWriter();
        new ConsoleCertificateReportWriter().Write(report, output);
        return [.. output.ToString().Split('\n').Select(l => l.TrimEnd())];
    }

    private static string Value(string[] lines, string label)
    {
        var line = lines.FirstOrDefault(l => l.TrimStart().StartsWith(label + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no '{label}' line in:\n{string.Join('\n', lines)}");
        return line.TrimStart()[label.Length..].Trim();
    }

    [Fact]
    public async Task Write_File_HeadingThenEachCertificatesDetails()
    {
        var lines = await RenderAsync();

        Assert.Equal("leaf.pem (PEM, 1 certificate)", lines[0]);
        Assert.Equal("  [0] CN=wrong.example", lines[1]);
        Assert.Equal("CN=wrong.example", Value(lines, "Subject"));
        Assert.Equal(TestChains.RootName, Value(lines, "Issuer"));
        Assert.Equal("01020304", Value(lines, "Serial"));
        Assert.Equal("2025-11-23 00:00:00 UTC to 2026-11-23 00:00:00 UTC (expired 3 days ago)", Value(lines, "Valid"));
        Assert.Equal("DNS:wrong.example", Value(lines, "SANs"));
        Assert.Equal("ECDSA P-256", Value(lines, "Key"));
        Assert.Equal("ecdsa-with-SHA256", Value(lines, "Signature"));
        Assert.Matches("^([0-9A-F]{2}:){31}[0-9A-F]{2}$", Value(lines, "SHA-256"));
        Assert.Matches("^([0-9A-F]{2}:){19}[0-9A-F]{2}$", Value(lines, "SHA-1"));
        Assert.Equal("serverAuth", Value(lines, "EKU"));
        Assert.Equal("no", Value(lines, "Must-Staple"));
    }

    [Fact]
    public async Task Write_File_VerdictAndProblemsWithFixesAfterDetails()
    {
        var lines = await RenderAsync();

        var verdict = Array.FindIndex(lines, l => l.StartsWith("  BROKEN: ", StringComparison.Ordinal));
        Assert.True(verdict > Array.FindIndex(lines, l => l.Contains("Must-Staple", StringComparison.Ordinal)));
        var expired = Array.FindIndex(lines, l => l.StartsWith("  ✗ expired: ", StringComparison.Ordinal));
        Assert.StartsWith("    fix: renew", lines[expired + 1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_UnreadableFile_LeftToStderr()
    {
        var lines = await RenderAsync();

        Assert.DoesNotContain(lines, l => l.Contains("empty.pem", StringComparison.Ordinal));
    }
}
