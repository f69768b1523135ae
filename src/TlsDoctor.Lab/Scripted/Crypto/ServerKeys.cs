using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TlsDoctor.Lab.Scripted.Crypto;

/// <summary>Which kind of key the leaf certificate holds.</summary>
public enum LeafKeyKind : byte
{
    None,
    Rsa,
    Ecdsa,
}

/// <summary>
/// The server's long-term material: the chain as DER, the leaf's key kind, and the temporary 512-bit RSA key export
/// suites send (RFC 2246 §7.4.3). Like the servers FREAK exploited, it makes that key once and reuses it.
/// </summary>
public sealed class ServerKeys : IDisposable
{
    /// <summary>RFC 2246 §7.4.3: export suites carry a temporary RSA key of at most 512 bits.</summary>
    public const int ExportRsaBits = 512;

    private readonly Lazy<RSA> _exportRsa = new(() => RSA.Create(ExportRsaBits), LazyThreadSafetyMode.ExecutionAndPublication);

    public ServerKeys(IReadOnlyList<X509Certificate2> chain)
    {
        Leaf = chain.Count > 0 ? chain[0] : null;
        Chain = [.. chain.Select(c => c.RawData)];
        Kind = Leaf?.GetRSAPublicKey() is not null ? LeafKeyKind.Rsa
            : Leaf?.GetECDsaPublicKey() is not null ? LeafKeyKind.Ecdsa
            : LeafKeyKind.None;
    }

    public X509Certificate2? Leaf { get; }

    /// <summary>DER certificates, leaf first, as the Certificate message carries them.</summary>
    public IReadOnlyList<byte[]> Chain { get; }

    public LeafKeyKind Kind { get; }

    /// <summary>The temporary export key's public modulus and exponent.</summary>
    public RSAParameters ExportRsaPublic => _exportRsa.Value.ExportParameters(includePrivateParameters: false);

    public void Dispose()
    {
        if (_exportRsa.IsValueCreated)
        {
            _exportRsa.Value.Dispose();
        }
    }
}
