namespace TlsDoctor.Reporting;

/// <summary>One output format for `tlsdoctor cert`: renders a whole <see cref="CertificateReport"/> to a writer.</summary>
public interface ICertificateReportWriter
{
    /// <summary>Writes the report. Throws <see cref="IOException"/> only when the output itself fails.</summary>
    void Write(CertificateReport report, TextWriter output);
}
