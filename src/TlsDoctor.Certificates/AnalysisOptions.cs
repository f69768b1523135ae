using TlsDoctor.Certificates.Revocation;
using TlsDoctor.Certificates.Trust;

namespace TlsDoctor.Certificates;

/// <summary>What <see cref="ChainAnalyzer"/> checks a chain against. Defaults suit a chain captured from a live server.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The name the client asked for (SNI / URL host), or null to skip the name check.</summary>
    public string? HostName { get; init; }

    /// <summary>Anchors to build to; null means <see cref="TrustStore.System"/>.</summary>
    public TrustStore? TrustStore { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A certificate expiring within this many days is a warning.</summary>
    public int ExpiryWarningDays { get; init; } = 30;

    /// <summary>A certificate expiring within this many days is an error.</summary>
    public int ExpiryErrorDays { get; init; } = 7;

    /// <summary>The OCSP response the server stapled (RFC 6066 §8 / RFC 8446 §4.4.2.1), if any.</summary>
    public byte[]? StapledOcsp { get; init; }

    /// <summary>The SignedCertificateTimestampList from the TLS signed_certificate_timestamp extension (RFC 6962 §3.3), if any.</summary>
    public byte[]? TlsExtensionScts { get; init; }

    /// <summary>Whether to fetch OCSP/CRL data through <see cref="Revocation"/>.</summary>
    public bool CheckRevocation { get; init; }

    /// <summary>The HTTP seam for revocation fetches; the analysis itself opens no sockets.</summary>
    public IRevocationClient? Revocation { get; init; }

    /// <summary>True when the chain is what a server sent, so order, extra certificates and an included root matter.</summary>
    public bool FromServer { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line reason when the options contradict themselves.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Time, nameof(Time));
        if (ExpiryErrorDays < 0 || ExpiryWarningDays < 0)
        {
            throw new ArgumentException($"expiry thresholds must not be negative (warning {ExpiryWarningDays}, error {ExpiryErrorDays} days)");
        }

        if (ExpiryErrorDays > ExpiryWarningDays)
        {
            throw new ArgumentException($"the expiry error threshold ({ExpiryErrorDays} days) must not exceed the warning threshold ({ExpiryWarningDays} days)");
        }

        if (HostName is { } host && string.IsNullOrWhiteSpace(host))
        {
            throw new ArgumentException("the host name is blank; use null to skip the name check");
        }
    }
}
