namespace TlsDoctor.Certificates.Transparency;

/// <summary>How an SCT reached the client (RFC 6962 §3.3): all three carry the same SignedCertificateTimestampList.</summary>
public enum SctSource : byte
{
    /// <summary>X.509v3 extension 1.3.6.1.4.1.11129.2.4.2 in the certificate itself.</summary>
    Embedded,

    /// <summary>The TLS extension signed_certificate_timestamp (18) in the handshake.</summary>
    TlsExtension,

    /// <summary>The singleExtension 1.3.6.1.4.1.11129.2.4.5 of a stapled OCSP response.</summary>
    Ocsp,
}
