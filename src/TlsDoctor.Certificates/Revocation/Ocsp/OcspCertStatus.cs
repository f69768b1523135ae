namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>
/// RFC 6960 §4.2.1 CertStatus of the SingleResponse about our certificate: good [0], revoked [1], unknown [2].
/// <see cref="NotInResponse"/> is ours: no SingleResponse's CertID names the certificate.
/// </summary>
public enum OcspCertStatus : byte
{
    Good = 0,
    Revoked = 1,
    Unknown = 2,
    NotInResponse = 0xff,
}
