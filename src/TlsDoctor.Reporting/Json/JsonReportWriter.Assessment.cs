using System.Text.Json;
using TlsDoctor.Analysis.Grading;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;

namespace TlsDoctor.Reporting.Json;

public sealed partial class JsonReportWriter
{
    /// <summary>"vulnerabilities": one entry per check run, in report order; [] when checks were off.</summary>
    private static void WriteVulnerabilities(Utf8JsonWriter json, ServerScanResult result)
    {
        json.WriteStartArray("vulnerabilities");
        foreach (var v in result.Vulnerabilities)
        {
            json.WriteStartObject();
            json.WriteString("id", v.Info.Id);
            json.WriteString("name", v.Info.Name);
            WriteStrings(json, "cves", v.Info.Cves);
            json.WriteString("severity", SnakeCase.Of(v.Info.Severity));
            json.WriteString("status", SnakeCase.Of(v.Status));
            json.WriteString("evidence", v.Evidence);
            json.WriteString("fix", v.Info.Fix);
            json.WriteString("source", v.Info.Source);
            json.WriteNumber("connections", v.Connections);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>"grade": the letter as SSL Labs writes it ("A+", "A-", "T"), the score parts and every cap; null when not graded.</summary>
    private static void WriteGrade(Utf8JsonWriter json, GradeResult? grade)
    {
        if (grade is null)
        {
            json.WriteNull("grade");
            return;
        }

        json.WriteStartObject("grade");
        json.WriteString("letter", grade.Letter.Show());
        json.WriteString("scoreLetter", grade.ScoreLetter.Show());
        json.WriteStartObject("score");
        json.WriteNumber("protocol", grade.Score.Protocol);
        json.WriteNumber("keyExchange", grade.Score.KeyExchange);
        json.WriteNumber("cipher", grade.Score.Cipher);
        json.WriteNumber("total", grade.Score.Total);
        json.WriteEndObject();
        json.WriteStartArray("caps");
        foreach (var cap in grade.Caps)
        {
            json.WriteStartObject();
            json.WriteString("rule", cap.Rule);
            json.WriteString("cap", cap.Cap.Show());
            json.WriteString("evidence", cap.Evidence);
            json.WriteString("fix", cap.Fix);
            json.WriteString("source", cap.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "whatWouldLiftIt", grade.WhatWouldLiftIt);
        WriteStrings(json, "notChecked", grade.NotChecked);
        json.WriteEndObject();
    }

    /// <summary>"compliance": one entry per --policy, in the order given; [] when none was asked or the scan did not complete.</summary>
    private static void WriteCompliance(Utf8JsonWriter json, TargetAssessment? assessment)
    {
        json.WriteStartArray("compliance");
        foreach (var c in assessment?.Compliance ?? [])
        {
            json.WriteStartObject();
            json.WriteString("policy", c.Profile.Title);
            json.WriteBoolean("passed", c.Passed);
            json.WriteStartArray("deviations");
            foreach (var d in c.Deviations)
            {
                json.WriteStartObject();
                json.WriteString("kind", SnakeCase.Of(d.Kind));
                json.WriteString("text", d.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "notChecked", c.NotChecked);
            WriteStrings(json, "notes", c.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
