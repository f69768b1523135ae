namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>
/// What one DER OCSP response (stapled or fetched) says about one certificate, judged against its issuer at a
/// given time. A body that is not an OCSP response gives <see cref="Error"/> and nothing else; a response that
/// parses but cannot be relied on lists why in <see cref="Defects"/>.
/// </summary>
public sealed record OcspResponseInfo
{
    /// <summary>"not an OCSP response: truncated: …" when the bytes do not parse; null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>The responder's answer to the request as a whole (RFC 6960 §4.2.1); null when <see cref="Error"/> is set.</summary>
    public OcspResponseStatus? ResponseStatus { get; init; }

    /// <summary>The status of our certificate, or <see cref="OcspCertStatus.NotInResponse"/>.</summary>
    public OcspCertStatus CertStatus { get; init; } = OcspCertStatus.NotInResponse;

    public DateTimeOffset? RevocationTime { get; init; }

    /// <summary>The revocationReason, when the responder gave one.</summary>
    public CrlReason? RevocationReason { get; init; }

    /// <summary>When the responder signed this response.</summary>
    public DateTimeOffset? ProducedAt { get; init; }

    /// <summary>The time at which the status was known to be correct.</summary>
    public DateTimeOffset? ThisUpdate { get; init; }

    /// <summary>When newer information will be available; after it the response is stale. May be absent (RFC 6960 §4.2.2.1).</summary>
    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>How old the status was at the time of the check (now − thisUpdate).</summary>
    public TimeSpan? Age { get; init; }

    public OcspSignatureCheck Signature { get; init; }

    /// <summary>Who signed, or why the signature is rejected: "the issuer 'CN=…'", "delegated responder 'CN=…'".</summary>
    public string? SignatureDetail { get; init; }

    /// <summary>True when a SingleResponse's CertID (issuer name hash, issuer key hash, serial) names our certificate.</summary>
    public bool CertIdMatches { get; init; }

    /// <summary>The ResponderID: "byName CN=…" or "byKey 3f2a…".</summary>
    public string? ResponderId { get; init; }

    /// <summary>How many SingleResponses the response holds.</summary>
    public int SingleResponseCount { get; init; }

    /// <summary>The nonce extension's value (RFC 6960 §4.4.1), when present.</summary>
    public byte[]? Nonce { get; init; }

    /// <summary>
    /// The value of the SCT extension 1.3.6.1.4.1.11129.2.4.5 in our SingleResponse (RFC 6962 §3.3): feed it to
    /// <c>SctList.ParseExtension</c>.
    /// </summary>
    public byte[]? SctListExtension { get; init; }

    /// <summary>Why this response cannot be relied on: not successful, bad or unauthorised signature, other certificate, stale …</summary>
    public IReadOnlyList<string> Defects { get; init; } = [];

    /// <summary>Parsed, successful, signed by an authorised key, about our certificate and current.</summary>
    public bool IsUsable => Error is null && Defects.Count == 0;

    /// <summary>"revoked on 2024-01-01 00:00:00 UTC (keyCompromise)", "good", "unknown to the responder", "no status for this certificate".</summary>
    public string StatusText => CertStatus switch
    {
        OcspCertStatus.Good => "good",
        OcspCertStatus.Revoked => $"revoked on {(RevocationTime is { } t ? RevocationFormat.Time(t) : "an unstated date")} ({CrlReasons.Name(RevocationReason)})",
        OcspCertStatus.Unknown => "unknown to the responder",
        _ => "no status for this certificate",
    };

    internal static OcspResponseInfo Failed(string reason) => new() { Error = "not an OCSP response: " + reason };
}
