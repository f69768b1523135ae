using TlsDoctor.Tls;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted.Writers;

/// <summary>
/// Writes ServerKeyExchange: first the params (the part that is signed), then the message around them.
/// </summary>
public static class ServerKeyExchangeWriter
{
    /// <summary>ECCurveType named_curve (RFC 8422 §5.4).</summary>
    public const byte NamedCurve = ServerKeyExchange.NamedCurve;

    /// <summary>
    /// RFC 8422 §5.4: <c>struct { ECCurveType curve_type; NamedCurve namedcurve; } ECParameters;</c>
    /// <c>struct { ECParameters curve_params; ECPoint public; } ServerECDHParams;</c> with <c>opaque point &lt;1..2^8-1&gt;;</c>
    /// </summary>
    public static byte[] EcdhParams(NamedGroup curve, ReadOnlySpan<byte> point)
    {
        var w = new WireWriter(8 + point.Length);
        w.WriteUInt8(NamedCurve);           // curve_params.curve_type
        w.WriteUInt16((ushort)curve);       // curve_params.namedcurve
        using (w.Vector(1))
        {
            w.WriteBytes(point);            // public.point
        }

        return w.ToArray();
    }

    /// <summary>RFC 5246 §7.4.3: <c>struct { opaque dh_p&lt;1..2^16-1&gt;; opaque dh_g&lt;1..2^16-1&gt;; opaque dh_Ys&lt;1..2^16-1&gt;; } ServerDHParams;</c></summary>
    public static byte[] DhParams(ReadOnlySpan<byte> prime, ReadOnlySpan<byte> generator, ReadOnlySpan<byte> publicValue)
    {
        var w = new WireWriter(8 + prime.Length + generator.Length + publicValue.Length);
        using (w.Vector(2))
        {
            w.WriteBytes(prime);            // dh_p
        }

        using (w.Vector(2))
        {
            w.WriteBytes(generator);        // dh_g
        }

        using (w.Vector(2))
        {
            w.WriteBytes(publicValue);      // dh_Ys
        }

        return w.ToArray();
    }

    /// <summary>RFC 2246 §7.4.3: <c>struct { opaque rsa_modulus&lt;1..2^16-1&gt;; opaque rsa_exponent&lt;1..2^16-1&gt;; } ServerRSAParams;</c></summary>
    public static byte[] RsaParams(ReadOnlySpan<byte> modulus, ReadOnlySpan<byte> exponent)
    {
        var w = new WireWriter(8 + modulus.Length + exponent.Length);
        using (w.Vector(2))
        {
            w.WriteBytes(modulus);          // rsa_modulus
        }

        using (w.Vector(2))
        {
            w.WriteBytes(exponent);         // rsa_exponent
        }

        return w.ToArray();
    }

    /// <summary>
    /// The whole message: params, then (unless anonymous) the signature. TLS 1.2 (RFC 5246 §4.7) prefixes the
    /// signature with its SignatureAndHashAlgorithm; earlier versions send <c>opaque signature&lt;0..2^16-1&gt;</c> alone.
    /// </summary>
    public static byte[] Write(ReadOnlySpan<byte> parameters, SignatureScheme? scheme, ReadOnlySpan<byte> signature, bool anonymous)
    {
        var body = new WireWriter(parameters.Length + signature.Length + 8);
        body.WriteBytes(parameters);                // params
        if (!anonymous)
        {
            if (scheme is { } s)
            {
                body.WriteUInt16((ushort)s);        // signed_params.algorithm (TLS 1.2)
            }

            using (body.Vector(2))
            {
                body.WriteBytes(signature);         // signed_params.signature
            }
        }

        return new HandshakeMessage(HandshakeType.ServerKeyExchange, body.ToArray()).Encode();
    }
}
