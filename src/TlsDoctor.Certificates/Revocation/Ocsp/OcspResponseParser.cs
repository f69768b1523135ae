using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using static TlsDoctor.Certificates.Revocation.BouncyCastleInterop;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>
/// Reads a DER OCSP response (RFC 6960 §4.2.1) about one certificate and judges it: status, times, signer and
/// CertID. Never throws on bad input: garbage gives <see cref="OcspResponseInfo.Error"/>.
/// </summary>
/// <remarks>
/// <code>
/// OCSPResponse ::= SEQUENCE {
///    responseStatus         OCSPResponseStatus,
///    responseBytes          [0] EXPLICIT ResponseBytes OPTIONAL }
/// BasicOCSPResponse ::= SEQUENCE {
///    tbsResponseData      ResponseData,
///    signatureAlgorithm   AlgorithmIdentifier,
///    signature            BIT STRING,
///    certs            [0] EXPLICIT SEQUENCE OF Certificate OPTIONAL }
/// ResponseData ::= SEQUENCE {
///    version              [0] EXPLICIT Version DEFAULT v1,
///    responderID              ResponderID,
///    producedAt               GeneralizedTime,
///    responses                SEQUENCE OF SingleResponse,
///    responseExtensions   [1] EXPLICIT Extensions OPTIONAL }
/// SingleResponse ::= SEQUENCE {
///    certID                       CertID,
///    certStatus                   CertStatus,
///    thisUpdate                   GeneralizedTime,
///    nextUpdate         [0]       EXPLICIT GeneralizedTime OPTIONAL,
///    singleExtensions   [1]       EXPLICIT Extensions OPTIONAL }
/// </code>
/// </remarks>
public static partial class OcspResponseParser
{
    /// <summary>How far thisUpdate may lie in the future before the response counts as not yet valid.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    // RFC 6960 §4.4.1 id-pkix-ocsp-nonce; RFC 6962 §3.3 the OCSP SCT extension.
    private static readonly DerObjectIdentifier NonceOid = OcspObjectIdentifiers.PkixOcspNonce;
    private static readonly DerObjectIdentifier SctOid = new("1.3.6.1.4.1.11129.2.4.5");

    /// <summary>Parses <paramref name="der"/> as the answer about <paramref name="certificate"/> issued by <paramref name="issuer"/>, judged at <paramref name="now"/>.</summary>
    public static OcspResponseInfo Parse(
        ReadOnlySpan<byte> der, X509Certificate2 certificate, X509Certificate2 issuer, DateTimeOffset now, TimeSpan? clockSkew = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        if (EnvelopeError(der) is { } envelope)
        {
            return OcspResponseInfo.Failed(envelope);
        }

        try
        {
            var response = new OcspResp(der.ToArray());
            var status = (OcspResponseStatus)response.Status;
            if (status != OcspResponseStatus.Successful)
            {
                // §4.2.1: only "successful" carries responseBytes; the others are unsigned error messages.
                return new OcspResponseInfo
                {
                    ResponseStatus = status,
                    Defects = [$"the responder answered {OcspResponseStatuses.Name(status)} instead of a status{StatusHint(status)}"],
                };
            }

            if (response.GetResponseObject() is not BasicOcspResp basic)
            {
                return OcspResponseInfo.Failed("successful, but the responseType is not id-pkix-ocsp-basic (RFC 6960 §4.2.1)");
            }

            return Judge(basic, ToBouncyCastle(certificate), ToBouncyCastle(issuer), now, clockSkew ?? DefaultClockSkew);
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return OcspResponseInfo.Failed($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static OcspResponseInfo Judge(BasicOcspResp basic, BcCertificate certificate, BcCertificate issuer, DateTimeOffset now, TimeSpan skew)
    {
        var singles = basic.Responses;
        var single = singles.FirstOrDefault(s => Names(s.GetCertID(), certificate, issuer));
        var signature = CheckSignature(basic, issuer, now);
        var info = new OcspResponseInfo
        {
            ResponseStatus = OcspResponseStatus.Successful,
            ProducedAt = Utc(basic.ProducedAt),
            ResponderId = ResponderText(basic.ResponderId.ToAsn1Object()),
            SingleResponseCount = singles.Length,
            Signature = signature.Check,
            SignatureDetail = signature.Detail,
            Nonce = ExtensionOctets(basic.ResponseExtensions, NonceOid, unwrap: true),
            CertIdMatches = single is not null,
        };

        if (single is not null)
        {
            var thisUpdate = Utc(single.ThisUpdate);
            info = WithStatus(info, single.GetCertStatus()) with
            {
                ThisUpdate = thisUpdate,
                NextUpdate = single.NextUpdate is { } next ? Utc(next) : null,
                Age = now - thisUpdate,
                SctListExtension = ExtensionOctets(single.SingleExtensions, SctOid, unwrap: false),
            };
        }

        return info with { Defects = Defects(info, singles, certificate, now, skew) };
    }

    // CertificateStatus.Good is null in BouncyCastle; revoked and unknown have their own types.
    private static OcspResponseInfo WithStatus(OcspResponseInfo info, object? status) => status switch
    {
        null => info with { CertStatus = OcspCertStatus.Good },
        RevokedStatus revoked => info with
        {
            CertStatus = OcspCertStatus.Revoked,
            RevocationTime = Utc(revoked.RevocationTime),
            RevocationReason = revoked.HasRevocationReason ? (CrlReason)revoked.RevocationReason : null,
        },
        _ => info with { CertStatus = OcspCertStatus.Unknown },
    };

    /// <summary>RFC 6960 §4.1.1: the CertID names the certificate by its issuer's name and key hashes and its serial.</summary>
    private static bool Names(CertificateID id, BcCertificate certificate, BcCertificate issuer)
    {
        try
        {
            // MatchesIssuer hashes with the CertID's own algorithm (SHA-1 under RFC 5019, SHA-256 from some responders).
            return id.SerialNumber.Equals(certificate.SerialNumber) && id.MatchesIssuer(issuer);
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return false; // an unknown hash algorithm cannot name our certificate
        }
    }

    private static string ResponderText(ResponderID id) =>
        id.Name is { } name ? $"byName {name}" : $"byKey {Hex(id.GetKeyHash() ?? [])}";

    private static byte[]? ExtensionOctets(X509Extensions? extensions, DerObjectIdentifier oid, bool unwrap)
    {
        var value = extensions?.GetExtension(oid)?.Value.GetOctets();
        if (value is null || !unwrap)
        {
            return value;
        }

        // RFC 8954 §2.1: the nonce is itself an OCTET STRING inside extnValue; older responders put raw bytes.
        try
        {
            return Asn1Object.FromByteArray(value) is Asn1OctetString inner ? inner.GetOctets() : value;
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            return value;
        }
    }

    private static string StatusHint(OcspResponseStatus status) => status switch
    {
        OcspResponseStatus.TryLater => " (the responder is overloaded or has no response for this certificate yet)",
        OcspResponseStatus.Unauthorized => " (the responder does not serve this CA, or wants a signed request)",
        OcspResponseStatus.MalformedRequest => " (it could not read the request)",
        _ => "",
    };
}
