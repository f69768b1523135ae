using System.Globalization;
using Spectre.Console;
using TlsDoctor.Reporting.Formatting;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// Each captured chain: subject, issuer, validity and key of every certificate as sent, then its diagnosis. Chains
/// that are the same (<see cref="ChainGroups"/>) are shown once, with a note saying where else they were seen.
/// </summary>
internal static class CertificateSection
{
    public static void Write(IAnsiConsole console, ServerScanResult result)
    {
        if (result.Certificates is not { Chains.Count: > 0 } certificates)
        {
            return;
        }

        foreach (var group in ChainGroups.Of(certificates.Chains))
        {
            var chain = group[0];
            TargetSection.Heading(console, Heading(group));
            var table = new Table().AddColumns("#", "Subject", "Issuer", "Valid from", "Valid until", "Key");
            var index = 0;
            foreach (var der in chain.Certificates)
            {
                AddCertificate(table, index++, CertificateSummary.Read(der), result.StartedAt);
            }

            console.Write(table);
            if (chain.Analysis is { } analysis)
            {
                AnalysisLines.Write(console, analysis);
            }
        }
    }

    /// <summary>"RSA chain (SNI example.test, TLSv1.3): 2 certificates", or for a group "RSA chain: 2 certificates (same chain …)".</summary>
    private static string Heading(IReadOnlyList<CapturedChain> group)
    {
        var chain = group[0];
        var ocsp = chain.OcspResponse is null ? "" : ", OCSP response stapled";
        var count = chain.Certificates.Count == 1 ? "1 certificate" : $"{chain.Certificates.Count} certificates";
        if (ChainGroups.Note(group) is { } note)
        {
            return $"{chain.CertificateType} chain: {count}{ocsp} {note}";
        }

        var sni = chain.ServerName is null ? "no SNI" : $"SNI {Printable.Of(chain.ServerName)}";
        return $"{chain.CertificateType} chain ({sni}, {chain.Version.Name()}): {count}{ocsp}";
    }

    private static void AddCertificate(Table table, int index, CertificateSummary cert, DateTimeOffset scannedAt)
    {
        var number = new Text(index.ToString(CultureInfo.InvariantCulture));
        if (cert.Error is not null)
        {
            table.AddRow(number, new Text($"unreadable: {cert.Error}", Palette.Bad), new Text(""), new Text(""), new Text(""), new Text(""));
            return;
        }

        // Validity is judged against when the scan ran, so a saved report reads the same later.
        var notYetValid = cert.NotBefore > scannedAt;
        var expired = cert.NotAfter < scannedAt;
        table.AddRow(
            number,
            new Text(Printable.Of(cert.Subject ?? "")),
            new Text(Printable.Of(cert.Issuer ?? ""), Palette.Dim),
            new Text(Date(cert.NotBefore), notYetValid ? Palette.Bad : Palette.Plain),
            new Text(Date(cert.NotAfter) + (expired ? " (expired)" : ""), expired ? Palette.Bad : Palette.Plain),
            new Text(cert.KeyType ?? ""));
    }

    private static string Date(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
