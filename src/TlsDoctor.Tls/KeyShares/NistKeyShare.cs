using System.Security.Cryptography;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Tls.KeyShares;

/// <summary>
/// ECDHE on P-256/P-384/P-521 with the platform's native implementation (fast to create, which matters: the first
/// TLS 1.3 probe waits for it). RFC 8446 §4.2.8.2: uncompressed point in, X coordinate out.
/// </summary>
internal sealed class NistKeyShare : KeyShare
{
    private readonly ECDiffieHellman _key;

    private NistKeyShare(NamedGroup group, ECDiffieHellman key, byte[] publicKey)
        : base(group, publicKey) => _key = key;

    public static NistKeyShare? Create(NamedGroup group)
    {
        var curve = CurveFor(group);
        if (curve is null)
        {
            return null;
        }

        var key = ECDiffieHellman.Create(curve.Value);
        var q = key.ExportParameters(false).Q;
        return new NistKeyShare(group, key, [0x04, .. q.X!, .. q.Y!]);
    }

    private static ECCurve? CurveFor(NamedGroup group) => group switch
    {
        NamedGroup.Secp256r1 => ECCurve.NamedCurves.nistP256,
        NamedGroup.Secp384r1 => ECCurve.NamedCurves.nistP384,
        NamedGroup.Secp521r1 => ECCurve.NamedCurves.nistP521,
        _ => null,
    };

    public override byte[]? DeriveSharedSecret(ReadOnlySpan<byte> serverShare)
    {
        var size = (PublicKey.Length - 1) / 2;
        if (serverShare.Length != PublicKey.Length || serverShare[0] != 0x04)
        {
            return null;
        }

        try
        {
            using var peer = ECDiffieHellman.Create(new ECParameters
            {
                Curve = CurveFor(Group)!.Value,
                Q = new ECPoint { X = serverShare.Slice(1, size).ToArray(), Y = serverShare.Slice(1 + size, size).ToArray() },
            });
            return _key.DeriveRawSecretAgreement(peer.PublicKey);
        }
        catch (CryptographicException)
        {
            return null; // not a point on the curve
        }
    }
}
