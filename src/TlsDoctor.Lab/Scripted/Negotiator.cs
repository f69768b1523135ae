using TlsDoctor.Lab.Scripted.Crypto;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Lab.Scripted;

/// <summary>
/// Picks version, suite, curve, signature scheme and compression for a ClientHello the way a TLS ≤ 1.2 server does.
/// Pure: no I/O, no keys; the same hello and config always give the same answer.
/// </summary>
public static partial class Negotiator
{
    /// <summary>CompressionMethod null (RFC 5246 §7.4.1.2) and DEFLATE (RFC 3749 §2).</summary>
    public const byte NullCompression = 0;
    public const byte DeflateCompression = 1;

    public static NegotiationOutcome Negotiate(ScriptedServerConfig config, LeafKeyKind leaf, ClientHello hello)
    {
        var versions = config.TlsVersions;
        if (versions.Count == 0)
        {
            return NegotiationOutcome.Refuse(AlertDescription.ProtocolVersion, "the server speaks no SSLv3/TLS version");
        }

        // RFC 5246 §E.1: the server answers with the highest version it supports that is not above client_version
        // (supported_versions is TLS 1.3's and is ignored here, as a TLS 1.2 server ignores it).
        var client = hello.LegacyVersion;
        var candidates = versions.Where(v => (ushort)v <= client).ToList();
        if (candidates.Count == 0)
        {
            return NegotiationOutcome.Refuse(AlertDescription.ProtocolVersion,
                $"client_version 0x{client:x4} is below the server's lowest version, {versions[0].Name()}");
        }

        var version = candidates[^1];

        // RFC 7507 §3: "If TLS_FALLBACK_SCSV appears in ClientHello.cipher_suites and the highest protocol version
        // supported by the server is higher than the version indicated in ClientHello.client_version, the server
        // MUST respond with a fatal inappropriate_fallback alert".
        if (config.HonourFallbackScsv && hello.Offers(ClientHelloBuilder.FallbackScsv) && client < (ushort)versions[^1])
        {
            return NegotiationOutcome.Refuse(AlertDescription.InappropriateFallback,
                $"TLS_FALLBACK_SCSV with client_version 0x{client:x4} below {versions[^1].Name()}");
        }

        if (!hello.CompressionMethods.Contains(NullCompression) && !(config.AcceptDeflate && hello.CompressionMethods.Contains(DeflateCompression)))
        {
            // RFC 5246 §7.4.1.2: the client MUST offer the null method.
            return NegotiationOutcome.Refuse(AlertDescription.DecodeError, "the client offers no null compression method");
        }

        var compression = config.AcceptDeflate && hello.CompressionMethods.Contains(DeflateCompression) ? DeflateCompression : NullCompression;
        var serverSuites = config.SuitesFor(version);
        var ordered = config.Order == SuiteOrder.Server
            ? serverSuites.Where(hello.Offers)
            : hello.CipherSuites.Where(serverSuites.Contains);
        foreach (var code in ordered)
        {
            var suite = CipherSuites.Find(code)!;
            if (TryTerms(config, leaf, hello, version, suite, out var curve, out var scheme))
            {
                var agreed = new Negotiation(version, suite, curve, scheme, compression, []);
                return new NegotiationOutcome(agreed with { Extensions = AnsweredExtensions(config, hello, agreed) }, null,
                    $"{version.Name()} {suite.IanaName}");
            }
        }

        return NegotiationOutcome.Refuse(AlertDescription.HandshakeFailure, $"no suite in common at {version.Name()}");
    }

    /// <summary>
    /// A suite is usable when its key exchange can be done: ECDHE needs a shared curve; a signed key exchange in
    /// TLS 1.2 needs a scheme both sides have (OpenSSL likewise skips suites whose certificate cannot sign).
    /// </summary>
    private static bool TryTerms(
        ScriptedServerConfig config, LeafKeyKind leaf, ClientHello hello, TlsVersion version, CipherSuite suite,
        out NamedGroup? curve, out SignatureScheme? scheme)
    {
        curve = null;
        scheme = null;
        if (suite.KeyExchange == KeyExchange.Ecdhe)
        {
            // RFC 8422 §4: without supported_groups the server may use any curve.
            var offered = hello.SupportedGroups;
            curve = config.Curves.Where(c => offered is null || offered.Contains(c)).Select(c => (NamedGroup?)c).FirstOrDefault();
            if (curve is null)
            {
                return false;
            }
        }

        var signed = !suite.IsAnonymous && suite.KeyExchange is KeyExchange.Ecdhe or KeyExchange.Dhe or KeyExchange.RsaExport;
        if (signed && version >= TlsVersion.Tls12)
        {
            // RFC 5246 §7.4.1.4.1: without signature_algorithms the client is taken to support {sha1, <key type>}.
            var offered = hello.SignatureAlgorithms
                ?? [leaf == LeafKeyKind.Ecdsa ? SignatureScheme.EcdsaSha1 : SignatureScheme.RsaPkcs1Sha1];
            scheme = offered.Where(s => config.SignatureSchemes.Contains(s) && KeyExchangeSigner.CanSign(s, leaf))
                .Select(s => (SignatureScheme?)s).FirstOrDefault();
            if (scheme is null)
            {
                return false;
            }
        }

        return true;
    }
}
