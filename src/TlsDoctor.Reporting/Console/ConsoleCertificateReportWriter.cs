using Spectre.Console;
using TlsDoctor.Reporting.Formatting;

namespace TlsDoctor.Reporting.Console;

/// <summary>
/// `tlsdoctor cert` for people: per file every certificate's details, then the chain's verdict and its problems
/// with fixes. Files that could not be read are left out: the CLI reports them on stderr.
/// </summary>
public sealed class ConsoleCertificateReportWriter(ConsoleReportOptions? options = null) : ICertificateReportWriter
{
    private ConsoleReportOptions Options { get; } = options ?? new ConsoleReportOptions();

    public void Write(CertificateReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var console = ConsoleFactory.Create(output, Options);
        var first = true;
        foreach (var file in report.Files)
        {
            if (file.Analysis is not { } analysis)
            {
                continue;
            }

            if (!first)
            {
                console.WriteLine();
            }

            first = false;
            var count = analysis.Certificates.Count == 1 ? "1 certificate" : $"{analysis.Certificates.Count} certificates";
            console.Write(new Text($"{Printable.Of(file.Path)} ({file.Format}, {count})\n", Palette.Heading));
            for (var i = 0; i < analysis.Certificates.Count; i++)
            {
                CertificateDetailsSection.Write(console, i, analysis.Certificates[i], report.CheckedAt);
            }

            console.WriteLine();
            AnalysisLines.Write(console, analysis);
        }

        output.Flush();
    }
}
