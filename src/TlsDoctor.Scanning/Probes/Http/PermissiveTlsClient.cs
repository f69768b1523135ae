using System.Text;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using TlsDoctor.Tls.Registry;
using CipherSuite = Org.BouncyCastle.Tls.CipherSuite;

namespace TlsDoctor.Scanning.Probes.Http;

/// <summary>
/// A BouncyCastle TLS client that takes what an old server offers: TLS 1.0–1.3 as asked, any certificate, DH groups
/// down to 512 bits. It only carries one HTTP request; the scan's other probes judge the server's choices.
/// </summary>
internal sealed class PermissiveTlsClient(TlsCrypto crypto, string? serverName, IReadOnlyList<TlsVersion> versions) : DefaultTlsClient(crypto)
{
    // The suites BouncyCastle implements that old servers pick: ECDHE/DHE/RSA with AES or 3DES, CBC and GCM.
    private static readonly int[] Suites =
    [
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
        CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA,
        CipherSuite.TLS_DHE_RSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_DHE_RSA_WITH_AES_256_CBC_SHA256,
        CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
        CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, CipherSuite.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA,
        CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA, CipherSuite.TLS_RSA_WITH_CAMELLIA_128_CBC_SHA,
        CipherSuite.TLS_RSA_WITH_CAMELLIA_256_CBC_SHA,
        CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    ];

    private const int MinimumDhBits = 512;

    /// <summary>The version the server chose, once the handshake is done.</summary>
    public ProtocolVersion? NegotiatedVersion => m_context?.ServerVersion;

    public override TlsAuthentication GetAuthentication() => new AcceptAnyServer();

    protected override ProtocolVersion[] GetSupportedVersions() =>
        [.. versions.OrderDescending().Select(v => ProtocolVersion.Get((int)v >> 8, (int)v & 0xff))];

    protected override int[] GetSupportedCipherSuites() => TlsUtilities.GetSupportedCipherSuites(Crypto, Suites);

    protected override IList<ServerName>? GetSniServerNames() =>
        serverName is null ? null : [new ServerName(NameType.host_name, Encoding.ASCII.GetBytes(serverName))];

    public override TlsDHGroupVerifier GetDHGroupVerifier() => new AnyDhGroup();

    /// <summary>
    /// BouncyCastle's default verifier takes only the published groups; servers with a group of their own (the
    /// 1024-bit ones the key-exchange probe flags) must still answer HTTP. Only a floor on the size remains.
    /// </summary>
    private sealed class AnyDhGroup() : DefaultTlsDHGroupVerifier(MinimumDhBits)
    {
        protected override bool CheckGroup(Org.BouncyCastle.Tls.Crypto.DHGroup dhGroup) => true;
    }

    /// <summary>Accepts any server certificate and sends none of ours.</summary>
    private sealed class AcceptAnyServer : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
            // We audit, we do not trust: the certificate probes judge the chain.
        }

        public TlsCredentials? GetClientCredentials(CertificateRequest certificateRequest) => null;
    }
}
