using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;

namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>Builds the DER OCSP request to POST (as application/ocsp-request) for one certificate.</summary>
/// <remarks>
/// <code>
/// OCSPRequest ::= SEQUENCE {
///    tbsRequest              TBSRequest,
///    optionalSignature   [0] EXPLICIT Signature OPTIONAL }
/// TBSRequest ::= SEQUENCE {
///    version             [0] EXPLICIT Version DEFAULT v1,
///    requestorName       [1] EXPLICIT GeneralName OPTIONAL,
///    requestList             SEQUENCE OF Request,
///    requestExtensions   [2] EXPLICIT Extensions OPTIONAL }
/// CertID ::= SEQUENCE {
///    hashAlgorithm       AlgorithmIdentifier,
///    issuerNameHash      OCTET STRING, -- Hash of issuer's DN
///    issuerKeyHash       OCTET STRING, -- Hash of issuer's public key
///    serialNumber        CertificateSerialNumber }
/// </code>
/// RFC 6960 §4.1.1; RFC 5019 §2.1.1 profile: exactly one Request, SHA-1 CertID (the hash every responder
/// accepts), no requestorName, no signature, no singleRequestExtensions, and at most the nonce as a
/// requestExtension. Pre-produced responses cannot echo a nonce, so the default is none.
/// </remarks>
public static class OcspRequestBuilder
{
    /// <summary>The request for <paramref name="certificate"/> issued by <paramref name="issuer"/>, with the nonce extension when <paramref name="nonce"/> is given.</summary>
    public static byte[] Build(X509Certificate2 certificate, X509Certificate2 issuer, ReadOnlySpan<byte> nonce = default)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        var leaf = ToBouncyCastle(certificate);
        var id = new CertificateID(CertificateID.DigestSha1, ToBouncyCastle(issuer), leaf.SerialNumber);
        var generator = new OcspReqGenerator();
        generator.AddRequest(id);
        if (!nonce.IsEmpty)
        {
            // RFC 8954 §2.1: Nonce ::= OCTET STRING (SIZE(1..32)), itself the extnValue's content.
            var value = new DerOctetString(nonce.ToArray());
            generator.SetRequestExtensions(new X509Extensions(
                new Dictionary<DerObjectIdentifier, Org.BouncyCastle.Asn1.X509.X509Extension>
                {
                    [OcspObjectIdentifiers.PkixOcspNonce] = new(false, new DerOctetString(value.GetEncoded())),
                }));
        }

        return generator.Generate().GetEncoded();
    }
}
