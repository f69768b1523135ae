using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Certificates.Transparency;

/// <summary>
/// One SCT: a log's promise to include the certificate (RFC 6962 §3.2). Unknown versions keep only
/// <see cref="Version"/> and <see cref="Raw"/>: §3.2 says clients must not interpret them.
/// </summary>
public sealed record SignedCertificateTimestamp
{
    /// <summary>0 = v1, the only version RFC 6962 defines.</summary>
    public required byte Version { get; init; }

    /// <summary>SHA-256 of the log's public key (32 bytes for v1); empty for an unknown version.</summary>
    public byte[] LogId { get; init; } = [];

    /// <summary>Milliseconds since the Unix epoch, as sent.</summary>
    public ulong TimestampMilliseconds { get; init; }

    public DateTimeOffset? Timestamp => TimestampMilliseconds <= MaxMilliseconds
        ? DateTimeOffset.UnixEpoch.AddMilliseconds(TimestampMilliseconds)
        : null;

    /// <summary>The CtExtensions (empty in RFC 6962 v1 practice).</summary>
    public byte[] Extensions { get; init; } = [];

    /// <summary>HashAlgorithm and SignatureAlgorithm (RFC 5246 §7.4.1.4.1) as one code, e.g. 0x0403 ecdsa_secp256r1_sha256.</summary>
    public SignatureScheme Algorithm { get; init; }

    public byte[] Signature { get; init; } = [];

    /// <summary>The whole SerializedSCT as it came.</summary>
    public byte[] Raw { get; init; } = [];

    public string LogIdHex => Convert.ToHexString(LogId).ToLowerInvariant();

    public string LogIdBase64 => Convert.ToBase64String(LogId);

    /// <summary>"ecdsa_secp256r1_sha256", or the code with "(unknown)".</summary>
    public string AlgorithmName => SignatureSchemes.Name(Algorithm);

    private static readonly ulong MaxMilliseconds = (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalMilliseconds;
}
