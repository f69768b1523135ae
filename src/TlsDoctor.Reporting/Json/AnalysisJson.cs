using System.Text.Json;
using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Json;

/// <summary>
/// A <see cref="ChainAnalysis"/> as JSON, the same object in scan results and cert results ($defs "analysis" in
/// both schemas): the trust verdict, the name check, the built path and every problem with its fix.
/// </summary>
internal static class AnalysisJson
{
    /// <summary>Writes <paramref name="name"/>: the analysis object, or null when the chain was not analysed.</summary>
    public static void Write(Utf8JsonWriter json, string name, ChainAnalysis? analysis)
    {
        if (analysis is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteBoolean("trusted", analysis.Trusted);
        json.WriteString("trustStatus", SnakeCase.Of(analysis.TrustStatus));
        json.WriteString("trustStore", analysis.TrustStoreDescription);
        json.WriteString("verdict", analysis.Verdict);
        WriteName(json, analysis);
        WriteMissingLink(json, analysis.MissingLink);
        WritePath(json, analysis.TrustPath);
        json.WriteStartArray("problems");
        foreach (var problem in analysis.Problems)
        {
            WriteProblem(json, problem);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>"hostName", "nameMatches", "coveredNames": all null when no name was checked.</summary>
    private static void WriteName(Utf8JsonWriter json, ChainAnalysis analysis)
    {
        var name = analysis.NameMatch;
        json.WriteString("hostName", name?.HostName);
        if (name is null)
        {
            json.WriteNull("nameMatches");
            json.WriteNull("coveredNames");
            return;
        }

        json.WriteBoolean("nameMatches", name.Matches);
        WriteStrings(json, "coveredNames", name.CoveredNames);
    }

    private static void WriteMissingLink(Utf8JsonWriter json, MissingLink? link)
    {
        if (link is null)
        {
            json.WriteNull("missingLink");
            return;
        }

        json.WriteStartObject("missingLink");
        json.WriteString("issuer", link.IssuerName);
        json.WriteString("authorityKeyId", link.AuthorityKeyIdentifier?.ToLowerInvariant());
        WriteStrings(json, "caIssuers", link.CaIssuersUrls);
        json.WriteEndObject();
    }

    /// <summary>"path": leaf first; "sent" false for what only the trust store supplied.</summary>
    private static void WritePath(Utf8JsonWriter json, CertificatePath path)
    {
        json.WriteStartArray("path");
        foreach (var element in path.Elements)
        {
            json.WriteStartObject();
            json.WriteString("subject", element.Certificate.Subject);
            json.WriteString("sha256", Fingerprint.Hex(element.Certificate.Der));
            json.WriteBoolean("sent", element.IsSent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProblem(Utf8JsonWriter json, CertificateProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("code", problem.Code);
        json.WriteString("severity", SnakeCase.Of(problem.Severity));
        json.WriteString("summary", problem.Summary);
        json.WriteString("evidence", problem.Evidence);
        json.WriteString("fix", problem.Fix);
        if (problem.CertificateIndex is { } index)
        {
            json.WriteNumber("certificate", index);
        }
        else
        {
            json.WriteNull("certificate");
        }

        json.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
