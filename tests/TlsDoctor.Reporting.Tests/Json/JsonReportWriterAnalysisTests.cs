using System.Text.Json.Nodes;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Reporting.Tests.Json;

/// <summary>Scan results with analysed chains: the "analysis" object and the added certificate fields.</summary>
public sealed class JsonReportWriterAnalysisTests
{
    private static async Task<string> RenderAnalysedAsync()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(SampleResults.Report(await SampleResults.AnalysedAsync()), output);
        return output.ToString();
    }

    private static async Task<JsonNode> FirstChainAsync() =>
        JsonNode.Parse(await RenderAnalysedAsync())!["targets"]![0]!["certificates"]![0]!;

    [Fact]
    public async Task Write_AnalysedChains_ValidatesAgainstSchema()
    {
        var (valid, errors) = SchemaValidator.Validate(await RenderAnalysedAsync());

        Assert.True(valid, errors);
    }

    [Fact]
    public async Task Write_ExpiredWrongHostChain_AnalysisHasVerdictNameCheckAndProblems()
    {
        var analysis = (await FirstChainAsync())["analysis"]!;

        Assert.True((bool?)analysis["trusted"]);
        Assert.Equal("trusted", (string?)analysis["trustStatus"]);
        Assert.Equal("test root file (1 certificate)", (string?)analysis["trustStore"]);
        Assert.StartsWith("BROKEN: ", (string?)analysis["verdict"], StringComparison.Ordinal);
        Assert.Equal(TestChains.HostName, (string?)analysis["hostName"]);
        Assert.False((bool?)analysis["nameMatches"]);
        Assert.Equal(["wrong.example"], analysis["coveredNames"]!.AsArray().Select(n => (string?)n));
        Assert.Null(analysis["missingLink"]);
        var problems = analysis["problems"]!.AsArray();
        Assert.Equal(["expired", "hostname_mismatch"], problems.Select(p => (string?)p!["code"]).Order());
        Assert.All(problems, p => Assert.Equal("error", (string?)p!["severity"]));
        Assert.All(problems, p => Assert.Equal(0, (int?)p!["certificate"]));
        var expired = problems.Single(p => (string?)p!["code"] == "expired")!;
        Assert.Equal("the leaf 'CN=wrong.example' expired 3 days ago (2026-11-23)", (string?)expired["summary"]);
        Assert.StartsWith("renew: ", (string?)expired["fix"], StringComparison.Ordinal);
        Assert.Contains("notAfter 2026-11-23 00:00:00 UTC", (string?)expired["evidence"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_PathThroughTrustStoreRoot_MarksWhatWasSent()
    {
        var path = (await FirstChainAsync())["analysis"]!["path"]!.AsArray();

        Assert.Equal(["CN=wrong.example", TestChains.RootName], path.Select(e => (string?)e!["subject"]));
        Assert.Equal([true, false], path.Select(e => (bool?)e!["sent"]));
        Assert.All(path, e => Assert.Matches("^[0-9a-f]{64}$", (string?)e!["sha256"]));
    }

    [Fact]
    public async Task Write_Certificate_HasSerialSha1SansSignatureKeySizeAndMustStaple()
    {
        var leaf = (await FirstChainAsync())["chain"]![0]!;

        Assert.Equal("01020304", (string?)leaf["serial"]);
        Assert.Matches("^[0-9a-f]{40}$", (string?)leaf["sha1"]);
        Assert.Equal(["wrong.example"], leaf["sans"]!["dns"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(leaf["sans"]!["ip"]!.AsArray());
        Assert.Equal("ecdsa-with-SHA256", (string?)leaf["signatureAlgorithm"]);
        Assert.Equal(256, (int?)leaf["keySize"]);
        Assert.False((bool?)leaf["mustStaple"]);
        Assert.Equal("ECDSA P-256", (string?)leaf["keyType"]);
    }

    [Fact]
    public void Write_ChainNotAnalysed_AnalysisNullAndStillValid()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(SampleResults.Report(SampleResults.Completed()), output);

        var chain = JsonNode.Parse(output.ToString())!["targets"]![0]!["certificates"]![0]!.AsObject();
        Assert.True(chain.ContainsKey("analysis"));
        Assert.Null(chain["analysis"]);
        Assert.True(SchemaValidator.Validate(output.ToString()).Valid);
    }

    [Theory]
    [InlineData("trustStatus", "\"bogus\"")]
    [InlineData("trusted", "\"yes\"")]
    [InlineData("problems", "[{\"code\":\"expired\"}]")]
    [InlineData("surprise", "1")]
    [InlineData("missingLink", "{\"issuer\":\"CN=x\"}")]
    public async Task Validate_AnalysisBreakingDocument_Fails(string key, string value)
    {
        var document = JsonNode.Parse(await RenderAnalysedAsync())!;
        document["targets"]![0]!["certificates"]![0]!["analysis"]![key] = JsonNode.Parse(value);

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid, $"analysis.{key} = {value} should break the schema");
    }

    [Fact]
    public async Task Validate_ProblemWithUnknownSeverity_Fails()
    {
        var document = JsonNode.Parse(await RenderAnalysedAsync())!;
        document["targets"]![0]!["certificates"]![0]!["analysis"]!["problems"]![0]!["severity"] = "fatal";

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid);
    }
}
