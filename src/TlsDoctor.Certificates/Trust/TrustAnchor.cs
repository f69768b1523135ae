using TlsDoctor.Certificates.Details;

namespace TlsDoctor.Certificates.Trust;

/// <summary>A certificate from a trust store, with where it came from.</summary>
/// <param name="Source">The file it was read from ("/etc/ssl/certs/ca-certificates.crt"), or a caller-given label.</param>
public sealed record TrustAnchor(CertificateDetails Certificate, TrustStoreKind Kind, string Source)
{
    /// <summary>From a public root program (the system store or Mozilla's): CA/Browser Forum rules bind its CAs.</summary>
    public bool IsPublic => Kind is TrustStoreKind.System or TrustStoreKind.Mozilla;
}
