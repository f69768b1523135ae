using TlsDoctor.Certificates;
using TlsDoctor.Certificates.Loading;

namespace TlsDoctor.Reporting;

/// <summary>One run of `tlsdoctor cert` as every format sees it: when, against what, and each file's diagnosis.</summary>
/// <param name="CheckedAt">The time validity was judged at.</param>
/// <param name="HostName">--host: the name every leaf was checked against, or null.</param>
/// <param name="TrustStore">The store trust was judged against (its description).</param>
/// <param name="Files">One entry per file read, in the order given (a directory's files in name order).</param>
public sealed record CertificateReport(
    string ToolVersion, DateTimeOffset CheckedAt, string? HostName, string TrustStore, IReadOnlyList<CertificateFileReport> Files);

/// <summary>One file: its chain's diagnosis (which holds every certificate's details), or why it could not be read.</summary>
/// <param name="Format">"PEM", "DER", "PKCS#12"; null when the file could not be read.</param>
public sealed record CertificateFileReport(string Path, string? Format, ChainAnalysis? Analysis)
{
    public CertificateFileError? Error { get; init; }

    /// <summary>The one-line reason ("chain.pem: the file is empty"), when <see cref="Error"/> is set.</summary>
    public string? ErrorMessage { get; init; }

    public static CertificateFileReport Failed(CertificateFile file) =>
        new(file.Path, null, null) { Error = file.Error, ErrorMessage = file.ErrorMessage };
}
