namespace TlsDoctor.Certificates.Revocation;

/// <summary>
/// Fetches revocation data (OCSP responses, CRLs) over HTTP for the analysis, which itself opens no sockets.
/// Implementations enforce a deadline and a byte budget and return null (with a reason) instead of throwing.
/// </summary>
public interface IRevocationClient
{
    /// <summary>GET <paramref name="url"/> (a CRL), or POST <paramref name="body"/> with <paramref name="contentType"/> (an OCSP request).</summary>
    Task<RevocationFetch> FetchAsync(Uri url, byte[]? body, string? contentType, CancellationToken cancellationToken);
}

/// <summary>The bytes fetched, or why there are none ("timed out after 5 s", "HTTP 404").</summary>
public sealed record RevocationFetch(byte[]? Body, string? Error);
