using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>A Certificate message: the chain as sent (DER, leaf first) and, in TLS 1.3, each entry's extensions.</summary>
public sealed record CertificateMessage(byte[] RequestContext, IReadOnlyList<byte[]> Certificates, IReadOnlyList<IReadOnlyList<Extension>> EntryExtensions)
{
    /// <summary>Parses a whole Certificate message (header included); <paramref name="tls13"/> selects the RFC 8446 shape.</summary>
    public static ParseResult<CertificateMessage> TryParse(ReadOnlySpan<byte> message, bool tls13) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.Certificate, body => ParseBody(body, tls13));

    public static ParseResult<CertificateMessage> ParseBody(ReadOnlySpan<byte> body, bool tls13)
    {
        // RFC 5246 §7.4.2:  opaque ASN.1Cert<1..2^24-1>;
        //                   struct { ASN.1Cert certificate_list<0..2^24-1>; } Certificate;
        // RFC 8446 §4.4.2:  struct { opaque certificate_request_context<0..2^8-1>;
        //                            CertificateEntry certificate_list<0..2^24-1>; } Certificate;
        //                   struct { opaque cert_data<1..2^24-1>; Extension extensions<0..2^16-1>; } CertificateEntry;
        var r = new WireReader(body);
        ReadOnlySpan<byte> context = default;
        if (tls13 && !r.TryReadVector(1, out context))
        {
            return ParseResult<CertificateMessage>.Malformed("Certificate ends inside certificate_request_context");
        }

        if (!r.TryReadVector(3, out var list) || !r.IsEmpty)
        {
            return ParseResult<CertificateMessage>.Malformed("certificate_list length does not match the message");
        }

        var certificates = new List<byte[]>();
        var entryExtensions = new List<IReadOnlyList<Extension>>();
        var entries = new WireReader(list);
        while (!entries.IsEmpty)
        {
            if (!entries.TryReadVector(3, out var der) || der.IsEmpty)
            {
                return ParseResult<CertificateMessage>.Malformed("a certificate overruns certificate_list or is empty");
            }

            certificates.Add(der.ToArray());
            if (tls13)
            {
                if (!entries.TryReadVector(2, out var block))
                {
                    return ParseResult<CertificateMessage>.Malformed("CertificateEntry extensions overrun certificate_list");
                }

                var parsed = Extension.ParseBlock(block);
                if (!parsed.IsDone)
                {
                    return parsed.Cast<CertificateMessage>();
                }

                entryExtensions.Add(parsed.Value!);
            }
        }

        return ParseResult<CertificateMessage>.Ok(new CertificateMessage(context.ToArray(), certificates, entryExtensions), body.Length);
    }
}

/// <summary>A CertificateStatus message carrying a stapled OCSP response (RFC 6066 §8).</summary>
public sealed record CertificateStatusMessage(byte StatusType, byte[] Response)
{
    public const byte Ocsp = 1;

    public static ParseResult<CertificateStatusMessage> TryParse(ReadOnlySpan<byte> message) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.CertificateStatus, ParseBody);

    // struct { CertificateStatusType status_type; select (status_type) { case ocsp: OCSPResponse; } response; }
    // opaque OCSPResponse<1..2^24-1>;
    public static ParseResult<CertificateStatusMessage> ParseBody(ReadOnlySpan<byte> body)
    {
        var r = new WireReader(body);
        if (!r.TryReadUInt8(out var type) || !r.TryReadVector(3, out var response) || !r.IsEmpty)
        {
            return ParseResult<CertificateStatusMessage>.Malformed("CertificateStatus length does not match the message");
        }

        return ParseResult<CertificateStatusMessage>.Ok(new CertificateStatusMessage(type, response.ToArray()), body.Length);
    }
}

/// <summary>ServerHelloDone (RFC 5246 §7.4.5): an empty body.</summary>
public static class ServerHelloDone
{
    public static ParseResult<bool> TryParse(ReadOnlySpan<byte> message) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.ServerHelloDone, body => body.IsEmpty
            ? ParseResult<bool>.Ok(true, 0)
            : ParseResult<bool>.Malformed($"ServerHelloDone has a {body.Length}-byte body; it must be empty"));
}
