namespace TlsDoctor.Reporting;

/// <summary>One output format (console, JSON, …): renders a whole <see cref="ScanReport"/> to a writer.</summary>
public interface IReportWriter
{
    /// <summary>Writes the report. Throws <see cref="IOException"/> only when the output itself fails.</summary>
    void Write(ScanReport report, TextWriter output);
}
