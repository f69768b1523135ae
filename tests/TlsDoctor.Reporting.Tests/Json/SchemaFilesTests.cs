using System.Text.Json.Nodes;
using TlsDoctor.Reporting.Json;

namespace TlsDoctor.Reporting.Tests.Json;

/// <summary>The two schema files describe the shared objects identically, so a reader can rely on one definition.</summary>
public sealed class SchemaFilesTests
{
    public static TheoryData<string> SharedDefinitions() =>
        ["analysis", "problem", "missingLink", "pathElement", "sans", "serial", "sha1", "signatureAlgorithm", "keySize", "mustStaple", "timestamp", "nullableString"];

    [Theory]
    [MemberData(nameof(SharedDefinitions))]
    public void Schemas_SharedDefinition_IdenticalInScanAndCertSchema(string name)
    {
        var scan = JsonNode.Parse(ScanResultSchema.Text)!["$defs"]![name];
        var cert = JsonNode.Parse(CertResultSchema.Text)!["$defs"]![name];

        Assert.NotNull(scan);
        Assert.True(JsonNode.DeepEquals(scan, cert), $"$defs/{name} differs between scan-result and cert-result schemas");
    }
}
