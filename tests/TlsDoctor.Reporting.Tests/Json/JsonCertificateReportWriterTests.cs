using System.Text.Json.Nodes;
using TlsDoctor.Certificates.Loading;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Reporting.Tests.Json;

public sealed class JsonCertificateReportWriterTests
{
    private static async Task<CertificateReport> ReportAsync()
    {
        var analysis = await TestChains.AnalyzeExpiredWrongHostAsync();
        return new CertificateReport("0.1.0-test", TestChains.Now, TestChains.HostName, analysis.TrustStoreDescription,
        [
            new CertificateFileReport("leaf.pem", "PEM", analysis),
            new CertificateFileReport("empty.pem", null, null) { Error = CertificateFileError.Empty, ErrorMessage = "empty.pem: the file is empty" },
        ]);
    }

    private static async Task<string> RenderAsync()
    {
        var output = new StringWriter();
        new JsonCertificateReportWriter().Write(await ReportAsync(), output);
        return output.ToString();
    }

    [Fact]
    public async Task Write_ReadAndUnreadableFiles_ValidatesAgainstCertSchema()
    {
        var (valid, errors) = SchemaValidator.ValidateCert(await RenderAsync());

        Assert.True(valid, errors);
    }

    [Fact]
    public async Task Write_Header_HasToolSchemaVersionTimeHostAndStore()
    {
        var root = JsonNode.Parse(await RenderAsync())!;

        Assert.Equal("tlsdoctor", (string?)root["tool"]);
        Assert.Equal(1, (int?)root["schemaVersion"]);
        Assert.Equal(TestChains.Now, root["checkedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(TestChains.HostName, (string?)root["hostName"]);
        Assert.Equal("test root file (1 certificate)", (string?)root["trustStore"]);
    }

    [Fact]
    public async Task Write_ReadFile_CertificateDetailsAndAnalysis()
    {
        var file = JsonNode.Parse(await RenderAsync())!["files"]![0]!;
        var leaf = file["certificates"]![0]!;

        Assert.Equal("PEM", (string?)file["format"]);
        Assert.Null(file["error"]);
        Assert.Equal("CN=wrong.example", (string?)leaf["subject"]);
        Assert.Equal(TestChains.RootName, (string?)leaf["issuer"]);
        Assert.Equal("01020304", (string?)leaf["serial"]);
        Assert.Equal(-4, (int?)leaf["daysLeft"]);
        Assert.Equal("ECDSA P-256", (string?)leaf["keyType"]);
        Assert.Equal("SHA-256", (string?)leaf["signatureHash"]);
        Assert.Equal(["serverAuth"], leaf["extendedKeyUsages"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool?)leaf["ca"]);
        Assert.Equal(["expired", "hostname_mismatch"], file["analysis"]!["problems"]!.AsArray().Select(p => (string?)p!["code"]).Order());
    }

    [Fact]
    public async Task Write_UnreadableFile_ErrorKindAndMessageNoCertificates()
    {
        var file = JsonNode.Parse(await RenderAsync())!["files"]![1]!;

        Assert.Equal("empty", (string?)file["error"]!["kind"]);
        Assert.Equal("empty.pem: the file is empty", (string?)file["error"]!["message"]);
        Assert.Empty(file["certificates"]!.AsArray());
        Assert.Null(file["analysis"]);
        Assert.Null(file["format"]);
    }

    [Fact]
    public async Task Write_EveryFileErrorKind_ValidatesAgainstCertSchema()
    {
        // The schema enumerates the kinds: a kind added to the reader must be added there too.
        var report = await ReportAsync() with
        {
            Files = [.. Enum.GetValues<CertificateFileError>().Select(e => new CertificateFileReport("f", null, null) { Error = e, ErrorMessage = "f: …" })],
        };
        var output = new StringWriter();
        new JsonCertificateReportWriter().Write(report, output);

        var (valid, errors) = SchemaValidator.ValidateCert(output.ToString());

        Assert.True(valid, errors);
    }
}
