using TlsDoctor.Tls.Extensions;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>A CertificateRequest: the server wants a client certificate (the types, schemes and CAs it accepts).</summary>
public sealed record CertificateRequest(
    IReadOnlyList<byte> CertificateTypes,
    IReadOnlyList<SignatureScheme> SignatureSchemes,
    IReadOnlyList<byte[]> CertificateAuthorities,
    IReadOnlyList<Extension> Extensions)
{
    public static ParseResult<CertificateRequest> TryParse(ReadOnlySpan<byte> message, TlsVersion version) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.CertificateRequest, body => ParseBody(body, version));

    public static ParseResult<CertificateRequest> ParseBody(ReadOnlySpan<byte> body, TlsVersion version)
    {
        var r = new WireReader(body);
        if (version >= TlsVersion.Tls13)
        {
            // RFC 8446 §4.3.2: struct { opaque certificate_request_context<0..2^8-1>; Extension extensions<2..2^16-1>; }
            if (!r.TryReadVector(1, out _) || !r.TryReadVector(2, out var block) || !r.IsEmpty)
            {
                return ParseResult<CertificateRequest>.Malformed("TLS 1.3 CertificateRequest length does not match the message");
            }

            var parsed = Extension.ParseBlock(block);
            if (!parsed.IsDone)
            {
                return parsed.Cast<CertificateRequest>();
            }

            var sigalgs = parsed.Value!.FirstOrDefault(e => e.Type == (ushort)ExtensionType.SignatureAlgorithms);
            return ParseResult<CertificateRequest>.Ok(
                new CertificateRequest([], sigalgs is null ? [] : Schemes(sigalgs.Data.AsSpan(Math.Min(2, sigalgs.Data.Length))), [], parsed.Value!),
                body.Length);
        }

        // RFC 5246 §7.4.4:
        //   struct { ClientCertificateType certificate_types<1..2^8-1>;
        //            SignatureAndHashAlgorithm supported_signature_algorithms<2^16-1>;   (TLS 1.2 only)
        //            DistinguishedName certificate_authorities<0..2^16-1>; } CertificateRequest;
        if (!r.TryReadVector(1, out var types))
        {
            return ParseResult<CertificateRequest>.Malformed("CertificateRequest ends inside certificate_types");
        }

        IReadOnlyList<SignatureScheme> schemes = [];
        if (version >= TlsVersion.Tls12)
        {
            if (!r.TryReadVector(2, out var algs) || algs.Length % 2 != 0)
            {
                return ParseResult<CertificateRequest>.Malformed("CertificateRequest ends inside supported_signature_algorithms");
            }

            schemes = Schemes(algs);
        }

        if (!r.TryReadVector(2, out var cas) || !r.IsEmpty)
        {
            return ParseResult<CertificateRequest>.Malformed("certificate_authorities length does not match the message");
        }

        var names = new List<byte[]>();
        var n = new WireReader(cas);
        while (!n.IsEmpty)
        {
            if (!n.TryReadVector(2, out var dn))
            {
                return ParseResult<CertificateRequest>.Malformed("a DistinguishedName overruns certificate_authorities");
            }

            names.Add(dn.ToArray());
        }

        return ParseResult<CertificateRequest>.Ok(new CertificateRequest(types.ToArray(), schemes, names, []), body.Length);
    }

    private static SignatureScheme[] Schemes(ReadOnlySpan<byte> pairs)
    {
        var list = new SignatureScheme[pairs.Length / 2];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = (SignatureScheme)((pairs[2 * i] << 8) | pairs[(2 * i) + 1]);
        }

        return list;
    }
}
