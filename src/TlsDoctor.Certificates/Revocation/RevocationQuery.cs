using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Certificates.Revocation;

/// <summary>What to check: a certificate, its issuer, and what the server said about it in the handshake.</summary>
/// <param name="Certificate">Usually the leaf.</param>
/// <param name="Issuer">The certificate that signed it (OCSP CertIDs and CRL signatures are about the issuer).</param>
public sealed record RevocationQuery(X509Certificate2 Certificate, X509Certificate2 Issuer)
{
    /// <summary>The DER OCSP response the server stapled (status_request), if any.</summary>
    public byte[]? StapledOcspResponse { get; init; }

    /// <summary>The certificate carries the TLS Feature extension with status_request (RFC 7633, "OCSP Must-Staple").</summary>
    public bool MustStaple { get; init; }

    /// <summary>Position in the chain as sent, for <see cref="Problems.CertificateProblem.CertificateIndex"/> (0 = leaf).</summary>
    public int CertificateIndex { get; init; }
}
