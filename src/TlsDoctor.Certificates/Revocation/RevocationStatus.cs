using TlsDoctor.Certificates.Problems;
using TlsDoctor.Certificates.Revocation.Ocsp;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>The answer of a revocation check. Unknown is a soft-fail: browsers then accept the certificate.</summary>
public enum RevocationVerdict : byte
{
    Good,
    Revoked,
    Unknown,
}

/// <summary>Where an answer came from.</summary>
public enum RevocationSource : byte
{
    None,
    Staple,
    Ocsp,
    Crl,
}

/// <summary>One source tried: which, where, what came of it ("good", "timed out after 3 s", "HTTP 404") and how long it took.</summary>
public sealed record RevocationAttempt(RevocationSource Source, Uri? Url, string Outcome, TimeSpan Elapsed);

/// <summary>
/// The revocation status of one certificate with the evidence for it, every source tried, and the problems it
/// implies (revoked, revocation_unknown, ocsp_staple_invalid, must_staple_without_staple).
/// </summary>
public sealed record RevocationStatus
{
    public required RevocationVerdict Verdict { get; init; }

    /// <summary>The source that decided the verdict; <see cref="RevocationSource.None"/> when Unknown.</summary>
    public RevocationSource Source { get; init; }

    /// <summary>The OCSP responder or CRL that decided the verdict; null for a staple or when Unknown.</summary>
    public Uri? Url { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public CrlReason? Reason { get; init; }

    /// <summary>One sentence a person can check: "OCSP responder http://… says good (thisUpdate …)", or for Unknown why not.</summary>
    public required string Evidence { get; init; }

    public IReadOnlyList<RevocationAttempt> Attempts { get; init; } = [];

    /// <summary>The stapled response as parsed, when the server sent one (its SCT extension feeds the transparency count).</summary>
    public OcspResponseInfo? Staple { get; init; }

    /// <summary>The fetched OCSP response that decided the verdict, if one did.</summary>
    public OcspResponseInfo? FetchedOcsp { get; init; }

    public IReadOnlyList<CertificateProblem> Problems { get; init; } = [];
}
