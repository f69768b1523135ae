using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.CertificateChain;

/// <summary>
/// Captures the chain the server sends for each of its certificate types, with and without SNI. TLS ≤ 1.2 picks
/// the certificate by the suite's authentication and sends it in the clear; TLS 1.3 picks it by signature_algorithms
/// and encrypts it, so we decrypt the server's flight with our own key share.
/// </summary>
public static class CertificateChainProbe
{
    public static async Task<IReadOnlyList<CapturedChain>> RunLegacyAsync(
        ProbeContext context, TlsVersion version, IReadOnlyList<CipherSuite> accepted, CancellationToken cancellationToken)
    {
        var chains = new List<CapturedChain>();
        foreach (var group in accepted.Where(s => !s.IsAnonymous && s.Authentication is not (Authentication.Psk or Authentication.Srp))
                     .GroupBy(s => AuthLabel(s.Authentication)))
        {
            foreach (var sni in Names(context))
            {
                var spec = Offers.Legacy(version, [.. group.Select(s => (ushort)s.Code)], sni);
                var flight = await context.ExchangeAsync(spec, FlightDepth.Plaintext, cancellationToken).ConfigureAwait(false);
                if (flight.Certificate is { Certificates.Count: > 0 } cert)
                {
                    chains.Add(new CapturedChain(group.Key, sni, version, cert.Certificates) { OcspResponse = flight.CertificateStatus?.Response });
                }
            }
        }

        return chains;
    }

    public static async Task<IReadOnlyList<CapturedChain>> RunTls13Async(
        ProbeContext context, IReadOnlyList<ushort> suites, IReadOnlyList<SignatureScheme> schemes, CancellationToken cancellationToken)
    {
        var chains = new List<CapturedChain>();
        var families = schemes.Count > 0 ? schemes.GroupBy(SignatureSchemesProbe.KeyType).ToList()
            : Offers.AllSignatureSchemes.GroupBy(_ => "any").ToList();
        foreach (var family in families)
        {
            foreach (var sni in Names(context))
            {
                var spec = Offers.Tls13(suites, sni) with { SignatureAlgorithms = [.. family] };
                var flight = await context.ExchangeAsync(spec, FlightDepth.Decrypted, cancellationToken).ConfigureAwait(false);
                if (flight.Certificate is { Certificates.Count: > 0 } cert)
                {
                    chains.Add(new CapturedChain(family.Key, sni, TlsVersion.Tls13, cert.Certificates) { OcspResponse = OcspFromEntry(cert) });
                }
            }
        }

        return chains;
    }

    private static IEnumerable<string?> Names(ProbeContext context) => context.ServerName is null ? [null] : [context.ServerName, null];

    private static string AuthLabel(Authentication auth) => auth switch
    {
        Authentication.Rsa => "RSA",
        Authentication.Ecdsa => "ECDSA",
        Authentication.Dss => "DSA",
        Authentication.Dh => "DH",
        Authentication.Ecdh => "ECDH",
        _ => auth.ToString().ToUpperInvariant(),
    };

    /// <summary>RFC 8446 §4.4.2.1: a stapled OCSP response rides in the leaf entry's status_request extension.</summary>
    private static byte[]? OcspFromEntry(Tls.Handshake.CertificateMessage cert)
    {
        var ext = cert.EntryExtensions.FirstOrDefault()?.FirstOrDefault(e => e.Type == (ushort)ExtensionType.StatusRequest);
        if (ext is null)
        {
            return null;
        }

        var parsed = Tls.Handshake.CertificateStatusMessage.ParseBody(ext.Data);
        return parsed.IsDone ? parsed.Value!.Response : null;
    }
}
