namespace TlsDoctor.Certificates.Names;

/// <summary>Whether a certificate covers a host name, and which names it does cover.</summary>
/// <param name="HostName">The name asked for, as given.</param>
/// <param name="MatchedBy">The presented name that matched ("*.example.com", "127.0.0.1"), or null.</param>
/// <param name="CoveredNames">What the certificate claims: its DNS and IP subjectAltNames, or its CN when it has no DNS name.</param>
/// <param name="UsedCommonName">The match relied on the subject CN because the certificate has no DNS subjectAltName.</param>
/// <param name="Notes">Why near-misses did not match ("'f*o.example' is a partial-label wildcard …").</param>
public sealed record NameMatch(
    string HostName, bool Matches, string? MatchedBy, IReadOnlyList<string> CoveredNames, bool UsedCommonName, IReadOnlyList<string> Notes);
