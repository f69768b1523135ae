namespace TlsDoctor.Certificates.Revocation.Ocsp;

/// <summary>
/// RFC 6960 §4.2.1 OCSPResponseStatus: whether the responder answered at all. Only <see cref="Successful"/>
/// carries a signed status; the others are unsigned error messages. Unknown values are kept.
/// </summary>
public enum OcspResponseStatus : byte
{
    Successful = 0,
    MalformedRequest = 1,
    InternalError = 2,
    TryLater = 3,
    // 4 is not used.
    SigRequired = 5,
    Unauthorized = 6,
}

/// <summary>Display names for <see cref="OcspResponseStatus"/>, spelled as in RFC 6960's ASN.1 module.</summary>
public static class OcspResponseStatuses
{
    public static string Name(OcspResponseStatus status) => status switch
    {
        OcspResponseStatus.Successful => "successful",
        OcspResponseStatus.MalformedRequest => "malformedRequest",
        OcspResponseStatus.InternalError => "internalError",
        OcspResponseStatus.TryLater => "tryLater",
        OcspResponseStatus.SigRequired => "sigRequired",
        OcspResponseStatus.Unauthorized => "unauthorized",
        _ => $"{(byte)status} (unknown)",
    };
}
