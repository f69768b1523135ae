using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.Handshake;

/// <summary>Which ServerKeyExchange shape the negotiated suite implies.</summary>
public enum ServerKeyExchangeKind : byte
{
    Dhe, Ecdhe, RsaExport, Psk, DhePsk, EcdhePsk,
}

/// <summary>
/// A ServerKeyExchange: DH parameters (p, g, Ys), or a named curve and point, or a temporary export RSA key,
/// and the signature over them (with its scheme in TLS 1.2).
/// </summary>
public sealed record ServerKeyExchange(ServerKeyExchangeKind Kind)
{
    public byte[] DhPrime { get; init; } = [];
    public byte[] DhGenerator { get; init; } = [];
    public byte[] DhPublic { get; init; } = [];

    /// <summary>ECCurveType (RFC 8422 §5.4): 3 named_curve; 1/2 the deprecated explicit curves.</summary>
    public byte CurveType { get; init; }
    public NamedGroup? Group { get; init; }
    public byte[] EcPoint { get; init; } = [];

    public byte[] RsaModulus { get; init; } = [];
    public byte[] RsaExponent { get; init; } = [];

    public byte[] PskIdentityHint { get; init; } = [];

    /// <summary>The scheme the server signed with (TLS 1.2 only; earlier versions imply it from the suite).</summary>
    public SignatureScheme? SignatureScheme { get; init; }
    public byte[] Signature { get; init; } = [];

    /// <summary>Bits in p, not counting leading zero bytes.</summary>
    public int DhPrimeBits => BitLength(DhPrime);

    public int RsaModulusBits => BitLength(RsaModulus);

    public const byte NamedCurve = 3;

    /// <summary>The shape a suite's key exchange gives, or null when the suite sends no ServerKeyExchange.</summary>
    public static ServerKeyExchangeKind? KindFor(KeyExchange keyExchange) => keyExchange switch
    {
        KeyExchange.Dhe => ServerKeyExchangeKind.Dhe,
        KeyExchange.Ecdhe => ServerKeyExchangeKind.Ecdhe,
        KeyExchange.RsaExport => ServerKeyExchangeKind.RsaExport,
        KeyExchange.Psk or KeyExchange.RsaPsk => ServerKeyExchangeKind.Psk,
        KeyExchange.DhePsk => ServerKeyExchangeKind.DhePsk,
        KeyExchange.EcdhePsk => ServerKeyExchangeKind.EcdhePsk,
        _ => null,
    };

    public static ParseResult<ServerKeyExchange> TryParse(ReadOnlySpan<byte> message, ServerKeyExchangeKind kind, TlsVersion version, bool anonymous) =>
        HandshakeMessage.TryParseAs(message, HandshakeType.ServerKeyExchange, body => ParseBody(body, kind, version, anonymous));

    /// <summary>Parses a ServerKeyExchange body (RFC 5246 §7.4.3, RFC 8422 §5.4, RFC 4279 §2–4, RFC 5489 §2).</summary>
    public static ParseResult<ServerKeyExchange> ParseBody(ReadOnlySpan<byte> body, ServerKeyExchangeKind kind, TlsVersion version, bool anonymous)
    {
        var r = new WireReader(body);
        var result = new ServerKeyExchange(kind);
        var signed = !anonymous;

        // PSK variants begin with opaque psk_identity_hint<0..2^16-1> and are not signed (RFC 4279 §2, §3; RFC 5489 §2).
        if (kind is ServerKeyExchangeKind.Psk or ServerKeyExchangeKind.DhePsk or ServerKeyExchangeKind.EcdhePsk)
        {
            if (!r.TryReadVector(2, out var hint))
            {
                return Bad("psk_identity_hint");
            }

            result = result with { PskIdentityHint = hint.ToArray() };
            signed = false;
        }

        switch (kind)
        {
            case ServerKeyExchangeKind.Dhe or ServerKeyExchangeKind.DhePsk:
                // struct { opaque dh_p<1..2^16-1>; opaque dh_g<1..2^16-1>; opaque dh_Ys<1..2^16-1>; } ServerDHParams;
                if (!r.TryReadVector(2, out var p) || p.IsEmpty || !r.TryReadVector(2, out var g) || g.IsEmpty
                    || !r.TryReadVector(2, out var ys) || ys.IsEmpty)
                {
                    return Bad("ServerDHParams");
                }

                result = result with { DhPrime = p.ToArray(), DhGenerator = g.ToArray(), DhPublic = ys.ToArray() };
                break;
            case ServerKeyExchangeKind.Ecdhe or ServerKeyExchangeKind.EcdhePsk:
                // struct { ECCurveType curve_type; NamedCurve namedcurve; } ECParameters;  opaque point <1..2^8-1>;
                if (!r.TryReadUInt8(out var curveType))
                {
                    return Bad("ECParameters");
                }

                if (curveType != NamedCurve)
                {
                    // Explicit curves (RFC 4492 §5.4, deprecated by RFC 8422) carry the whole curve; we note and stop.
                    return ParseResult<ServerKeyExchange>.Ok(result with { CurveType = curveType }, body.Length);
                }

                if (!r.TryReadUInt16(out var group) || !r.TryReadVector(1, out var point) || point.IsEmpty)
                {
                    return Bad("ECParameters/ECPoint");
                }

                result = result with { CurveType = curveType, Group = (NamedGroup)group, EcPoint = point.ToArray() };
                break;
            case ServerKeyExchangeKind.RsaExport:
                // struct { opaque rsa_modulus<1..2^16-1>; opaque rsa_exponent<1..2^16-1>; } ServerRSAParams;  (RFC 2246 §7.4.3)
                if (!r.TryReadVector(2, out var modulus) || modulus.IsEmpty || !r.TryReadVector(2, out var exponent) || exponent.IsEmpty)
                {
                    return Bad("ServerRSAParams");
                }

                result = result with { RsaModulus = modulus.ToArray(), RsaExponent = exponent.ToArray() };
                break;
        }

        if (signed)
        {
            // TLS 1.2: digitally-signed struct { SignatureAndHashAlgorithm algorithm; opaque signature<0..2^16-1>; }
            // earlier: opaque signature<0..2^16-1> only (RFC 2246 §7.4.3).
            if (version >= TlsVersion.Tls12)
            {
                if (!r.TryReadUInt16(out var scheme))
                {
                    return Bad("signature algorithm");
                }

                result = result with { SignatureScheme = (SignatureScheme)scheme };
            }

            if (!r.TryReadVector(2, out var signature))
            {
                return Bad("signature");
            }

            result = result with { Signature = signature.ToArray() };
        }

        return r.IsEmpty
            ? ParseResult<ServerKeyExchange>.Ok(result, body.Length)
            : ParseResult<ServerKeyExchange>.Malformed($"{r.Remaining} bytes after the ServerKeyExchange fields");
    }

    private static ParseResult<ServerKeyExchange> Bad(string field) =>
        ParseResult<ServerKeyExchange>.Malformed($"ServerKeyExchange ends inside {field}");

    private static int BitLength(byte[] bigEndian)
    {
        var i = 0;
        while (i < bigEndian.Length && bigEndian[i] == 0)
        {
            i++;
        }

        return i == bigEndian.Length ? 0 : ((bigEndian.Length - i - 1) * 8) + (8 - System.Numerics.BitOperations.LeadingZeroCount((uint)bigEndian[i]) + 24);
    }
}
