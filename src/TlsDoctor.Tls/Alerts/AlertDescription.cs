namespace TlsDoctor.Tls.Alerts;

/// <summary>Alert descriptions (IANA "TLS Alerts"; RFC 8446 §6, RFC 5246 §7.2, RFC 6066, RFC 7301, RFC 7507).</summary>
public enum AlertDescription : byte
{
    CloseNotify = 0,
    UnexpectedMessage = 10,
    BadRecordMac = 20,
    DecryptionFailed = 21,
    RecordOverflow = 22,
    DecompressionFailure = 30,
    HandshakeFailure = 40,
    NoCertificate = 41,
    BadCertificate = 42,
    UnsupportedCertificate = 43,
    CertificateRevoked = 44,
    CertificateExpired = 45,
    CertificateUnknown = 46,
    IllegalParameter = 47,
    UnknownCa = 48,
    AccessDenied = 49,
    DecodeError = 50,
    DecryptError = 51,
    TooManyCidsRequested = 52,
    ExportRestriction = 60,
    ProtocolVersion = 70,
    InsufficientSecurity = 71,
    InternalError = 80,
    InappropriateFallback = 86,
    UserCanceled = 90,
    NoRenegotiation = 100,
    MissingExtension = 109,
    UnsupportedExtension = 110,
    CertificateUnobtainable = 111,
    UnrecognizedName = 112,
    BadCertificateStatusResponse = 113,
    BadCertificateHashValue = 114,
    UnknownPskIdentity = 115,
    CertificateRequired = 116,
    GeneralError = 117,
    NoApplicationProtocol = 120,
    EchRequired = 121,
}

/// <summary>Alert level (RFC 5246 §7.2).</summary>
public enum AlertLevel : byte
{
    Warning = 1,
    Fatal = 2,
}
