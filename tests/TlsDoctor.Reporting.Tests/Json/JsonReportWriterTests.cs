using System.Text.Json;
using System.Text.Json.Nodes;
using TlsDoctor.Reporting.Json;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Reporting.Tests.Json;

public sealed class JsonReportWriterTests
{
    private static string Render(params ServerScanResult[] targets)
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(SampleResults.Report(targets), output);
        return output.ToString();
    }

    private static JsonNode Target(string json, int index = 0) => JsonNode.Parse(json)!["targets"]![index]!;

    public static TheoryData<string> Samples() => ["completed", "not_tls", "unreachable", "no_protocol", "all"];

    private static ServerScanResult[] Sample(string name) => name switch
    {
        "completed" => [SampleResults.Completed()],
        "not_tls" => [SampleResults.NotTls()],
        "unreachable" => [SampleResults.Unreachable()],
        "no_protocol" => [SampleResults.NoProtocol()],
        _ => [SampleResults.Completed(), SampleResults.NotTls(), SampleResults.Unreachable(), SampleResults.NoProtocol()],
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_ValidatesAgainstSchema(string sample)
    {
        var (valid, errors) = SchemaValidator.Validate(Render(Sample(sample)));

        Assert.True(valid, errors);
    }

    [Fact]
    public void Write_NoTargets_ValidatesAgainstSchema()
    {
        var (valid, errors) = SchemaValidator.Validate(Render());

        Assert.True(valid, errors);
    }

    [Theory]
    [InlineData("$.tool", "\"sslscan\"")]
    [InlineData("$.schemaVersion", "2")]
    [InlineData("$.targets[0].outcome", "\"bogus\"")]
    [InlineData("$.targets[0].port", "0")]
    [InlineData("$.targets[0].surprise", "true")]
    [InlineData("$.targets[0].protocols.TLSv9", "true")]
    [InlineData("$.targets[0].ciphers.TLSv1\\.2.order", "\"random\"")]
    [InlineData("$.targets[0].ciphers.TLSv1\\.2.suites[0].bits", "\"128\"")]
    [InlineData("$.targets[0].certificates[0].chain[0].sha256", "\"XYZ\"")]
    [InlineData("$.targets[0].failure", "{\"kind\":\"refused\"}")]
    public void Validate_SchemaBreakingDocument_Fails(string path, string value)
    {
        var document = JsonNode.Parse(Render(SampleResults.Completed()))!;
        Set(document, path, JsonNode.Parse(value));

        var (valid, _) = SchemaValidator.Validate(document.ToJsonString());

        Assert.False(valid, $"setting {path} to {value} should break the schema");
    }

    [Theory]
    [InlineData("tool")]
    [InlineData("targets")]
    public void Validate_MissingTopLevelKey_Fails(string key)
    {
        var document = JsonNode.Parse(Render(SampleResults.Completed()))!.AsObject();
        document.Remove(key);

        Assert.False(SchemaValidator.Validate(document.ToJsonString()).Valid);
    }

    [Fact]
    public void Write_EveryErrorKindAndOutcome_ValidatesAgainstSchema()
    {
        // The schema enumerates kinds and outcomes: a value added to the model must be added there too.
        var targets = Enum.GetValues<ConnectionErrorKind>().Zip(Enumerable.Range(0, 100), (kind, i) => SampleResults.NotTls() with
        {
            Outcome = Enum.GetValues<ScanOutcome>()[i % Enum.GetValues<ScanOutcome>().Length],
            Failure = new ConnectionError(kind, kind.ToString()) { Service = Enum.GetValues<ServiceKind>()[i % Enum.GetValues<ServiceKind>().Length] },
        }).ToArray();

        var (valid, errors) = SchemaValidator.Validate(Render(targets));

        Assert.True(valid, errors);
    }

    [Fact]
    public void Write_Header_HasToolVersionAndSchemaVersion()
    {
        var root = JsonNode.Parse(Render())!;

        Assert.Equal("tlsdoctor", (string?)root["tool"]);
        Assert.Equal("0.1.0-test", (string?)root["version"]);
        Assert.Equal(1, (int?)root["schemaVersion"]);
        Assert.Equal(1234, (long?)root["durationMs"]);
        Assert.Equal(SampleResults.ScanTime, root["startedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public void Write_Completed_ProtocolsKeyedByNameWithNullForUndecided()
    {
        var protocols = Target(Render(SampleResults.Completed()))["protocols"]!.AsObject();

        Assert.Equal(["SSLv3", "TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"], protocols.Select(p => p.Key));
        Assert.True((bool?)protocols["TLSv1.2"]);
        Assert.False((bool?)protocols["TLSv1.0"]);
        Assert.Null(protocols["TLSv1.1"]);
    }

    [Fact]
    public void Write_Completed_SuiteHasRegistryFields()
    {
        var ciphers = Target(Render(SampleResults.Completed()))["ciphers"]!;
        var suite = ciphers["TLSv1.2"]!["suites"]![0]!;

        Assert.Equal("server", (string?)ciphers["TLSv1.2"]!["order"]);
        Assert.Equal("client", (string?)ciphers["TLSv1.3"]!["order"]);
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", (string?)suite["iana"]);
        Assert.Equal("ECDHE-RSA-AES128-GCM-SHA256", (string?)suite["openssl"]);
        Assert.Equal("0xc02f", (string?)suite["code"]);
        Assert.Equal("ECDHE", (string?)suite["keyExchange"]);
        Assert.Equal("AES_GCM", (string?)suite["cipher"]);
        Assert.Equal(128, (int?)suite["bits"]);
        Assert.True((bool?)suite["forwardSecrecy"]);
        Assert.True((bool?)suite["aead"]);
        Assert.Equal("TLS_RSA_WITH_AES_256_CBC_SHA", (string?)ciphers["TLSv1.2"]!["undecided"]![0]!["iana"]);
    }

    [Fact]
    public void Write_UnknownGroup_ShowsWireValue()
    {
        var names = Target(Render(SampleResults.Completed()))["groups"]!["TLSv1.3"]!["names"]!.AsArray();

        Assert.Equal("0x1a2b (unknown)", (string?)names[2]);
    }

    [Fact]
    public void Write_UnparsableCertificate_EmitsBase64AndError()
    {
        var chain = Target(Render(SampleResults.Completed()))["certificates"]![0]!["chain"]!.AsArray();

        Assert.Equal("CN=example.test", (string?)chain[0]!["subject"]);
        Assert.Equal("RSA 2048", (string?)chain[0]!["keyType"]);
        Assert.Equal(Convert.ToBase64String([0x30, 0x03, 0x02, 0x01, 0x00]), (string?)chain[1]!["der"]);
        Assert.False(string.IsNullOrEmpty((string?)chain[1]!["error"]));
        Assert.Null(chain[1]!["subject"]);
    }

    [Fact]
    public void Write_NotTls_FailureInSnakeCaseWithService()
    {
        var target = Target(Render(SampleResults.NotTls()));

        Assert.Equal("not_tls", (string?)target["outcome"]);
        Assert.Equal("not_tls", (string?)target["failure"]!["kind"]);
        Assert.Equal("http", (string?)target["failure"]!["service"]);
        Assert.StartsWith("HTTP/1.1 400", (string?)target["failure"]!["sample"], StringComparison.Ordinal);
        Assert.Null(target["sni"]);
        Assert.Empty(target["protocols"]!.AsObject());
        Assert.Null(target["certificates"]);
    }

    [Fact]
    public void Write_Unreachable_KindIsSnakeCase()
    {
        var target = Target(Render(SampleResults.Unreachable()));

        Assert.Equal("unreachable", (string?)target["outcome"]);
        Assert.Equal("dns_failure", (string?)target["failure"]!["kind"]);
        Assert.Null(target["address"]);
    }

    [Fact]
    public void Write_ToBufferWriter_SameDocumentAsTextWriter()
    {
        var report = SampleResults.Report(SampleResults.Completed());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        new JsonReportWriter().Write(report, buffer);
        var text = new StringWriter();
        new JsonReportWriter().Write(report, text);

        Assert.Equal(text.ToString().TrimEnd(), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        // A tiny path walker for the tests: "$.a.b[0].c", with "\." for a dot inside a key.
        var parts = path[2..].Replace("\\.", "\u0001", StringComparison.Ordinal).Split('.')
            .Select(p => p.Replace('\u0001', '.')).ToList();
        var node = root;
        for (var i = 0; i < parts.Count; i++)
        {
            var (key, index) = SplitIndex(parts[i]);
            var last = i == parts.Count - 1;
            if (index is null && last)
            {
                node.AsObject()[key] = value;
                return;
            }

            node = node[key]!;
            if (index is { } n)
            {
                if (last)
                {
                    node.AsArray()[n] = value;
                    return;
                }

                node = node[n]!;
            }
        }
    }

    private static (string Key, int? Index) SplitIndex(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (part, null) : (part[..open], int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
