using TlsDoctor.Certificates.Details;
using TlsDoctor.Certificates.Names;
using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates;

/// <summary>The diagnosis of one certificate chain: what was sent, the path to trust, and every problem with its fix.</summary>
public sealed record ChainAnalysis
{
    /// <summary>The certificates as the server sent them, leaf first.</summary>
    public required IReadOnlyList<CertificateDetails> Certificates { get; init; }

    /// <summary>The built path, leaf first, ending at the anchor when one was reached.</summary>
    public required IReadOnlyList<CertificateDetails> Path { get; init; }

    /// <summary>The built path with where each certificate came from, the anchor and the missing link.</summary>
    public required CertificatePath TrustPath { get; init; }

    public required TrustStatus TrustStatus { get; init; }

    public bool Trusted => TrustStatus == TrustStatus.Trusted;

    /// <summary>For reports: which store the verdict is relative to.</summary>
    public required string TrustStoreDescription { get; init; }

    /// <summary>The name check, or null when no host name was given (or the leaf is unreadable).</summary>
    public NameMatch? NameMatch { get; init; }

    /// <summary>Errors first, then warnings, then advice.</summary>
    public required IReadOnlyList<CertificateProblem> Problems { get; init; }

    /// <summary>One line for a summary table.</summary>
    public required string Verdict { get; init; }

    /// <summary>The certificate the server should have sent (or the root the store lacks), when the path broke off.</summary>
    public MissingLink? MissingLink => TrustPath.MissingLink;
}
