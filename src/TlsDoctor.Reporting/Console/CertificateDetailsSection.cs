using System.Globalization;
using Spectre.Console;
using TlsDoctor.Certificates.Details;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Console;

/// <summary>One certificate in full, as `tlsdoctor cert` lists it: names, validity with days left, key, fingerprints.</summary>
internal static class CertificateDetailsSection
{
    private const int ExpiryWarningDays = 30;

    public static void Write(IAnsiConsole console, int index, CertificateDetails certificate, DateTimeOffset now)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        if (certificate.Error is not null)
        {
            console.Write(new Text($"  [{number}] unreadable: {Printable.Of(certificate.Error)}\n", Palette.Bad));
            return;
        }

        console.Write(new Text($"  [{number}] {Printable.Of(certificate.DisplayName)}\n", Palette.Heading));
        var grid = new Grid();
        grid.AddColumn(new GridColumn().Padding(6, 0, 2, 0).NoWrap());
        grid.AddColumn(new GridColumn().Padding(0, 0, 0, 0));
        Row(grid, "Subject", certificate.Subject);
        Row(grid, "Issuer", certificate.Issuer);
        Row(grid, "Serial", certificate.SerialNumber);
        Row(grid, "Valid", $"{CertificateText.Instant(certificate.NotBefore)} to {CertificateText.Instant(certificate.NotAfter)} "
            + CertificateText.Remaining(certificate, now), ValidityStyle(certificate, now));
        var sans = CertificateText.SubjectAltNames(certificate).ToList();
        Row(grid, "SANs", sans.Count == 0 ? "(none)" : string.Join(", ", sans));
        Row(grid, "Key", CertificateText.Key(certificate));
        Row(grid, "Signature", certificate.SignatureAlgorithm.Name);
        Row(grid, "SHA-256", Fingerprint.WithColons(Fingerprint.Hex(certificate.Der)));
        Row(grid, "SHA-1", Fingerprint.WithColons(Fingerprint.Sha1Hex(certificate.Der)));
        Row(grid, "EKU", certificate.ExtendedKeyUsages is { } purposes
            ? string.Join(", ", purposes.Select(p => p.Name))
            : "(none: any purpose)");
        Row(grid, "Must-Staple", certificate.MustStaple ? "yes" : "no");
        if (certificate.IsCa)
        {
            Row(grid, "CA", certificate.PathLength is { } length ? $"yes (path length {length})" : "yes");
        }

        foreach (var note in certificate.ParseNotes)
        {
            Row(grid, "Note", note, Palette.Warn);
        }

        console.Write(grid);
    }

    private static Style ValidityStyle(CertificateDetails certificate, DateTimeOffset now) =>
        now < certificate.NotBefore || now > certificate.NotAfter ? Palette.Bad
        : CertificateText.DaysLeft(certificate, now) < ExpiryWarningDays ? Palette.Warn
        : Palette.Plain;

    private static void Row(Grid grid, string label, string value, Style? style = null) =>
        grid.AddRow(new Text(label, Palette.Dim), new Text(Printable.Of(value), style ?? Palette.Plain));
}
