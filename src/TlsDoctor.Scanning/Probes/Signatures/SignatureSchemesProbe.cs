using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Signatures;

/// <summary>
/// Finds the signature schemes a server signs its handshake with: offer all, note the one used (the TLS 1.2
/// ServerKeyExchange, or the TLS 1.3 CertificateVerify read by decrypting the flight), remove it, repeat.
/// TLS 1.3 picks the certificate by signature scheme, so one loop finds every certificate's schemes; TLS 1.2 picks
/// it by suite, so each authentication type gets a loop of its own.
/// </summary>
public static class SignatureSchemesProbe
{
    public static async Task<IReadOnlyList<SignatureSchemesResult>> RunAsync(
        ProbeContext context, TlsVersion version, IReadOnlyList<CipherSuite> suites, CancellationToken cancellationToken)
    {
        if (version == TlsVersion.Tls13)
        {
            return await LoopAsync(context, version, [.. suites.Select(s => (ushort)s.Code)], cancellationToken).ConfigureAwait(false);
        }

        var results = new List<SignatureSchemesResult>();
        foreach (var group in suites.GroupBy(s => s.Authentication))
        {
            results.AddRange(await LoopAsync(context, version, [.. group.Select(s => (ushort)s.Code)], cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<IReadOnlyList<SignatureSchemesResult>> LoopAsync(
        ProbeContext context, TlsVersion version, IReadOnlyList<ushort> suites, CancellationToken cancellationToken)
    {
        var remaining = Offers.AllSignatureSchemes.ToList();
        var found = new List<SignatureScheme>();
        while (remaining.Count > 0)
        {
            var spec = (version == TlsVersion.Tls13 ? Offers.Tls13(suites, context.ServerName) : Offers.Legacy(version, suites, context.ServerName))
                with { SignatureAlgorithms = [.. remaining] };
            var flight = await context.ExchangeAsync(spec, FlightDepth.Decrypted, cancellationToken).ConfigureAwait(false);
            var used = version == TlsVersion.Tls13 ? flight.CertificateVerifyScheme : flight.ParseKeyExchange()?.SignatureScheme;
            if (used is not { } scheme)
            {
                break;
            }

            found.Add(scheme);
            if (!remaining.Remove(scheme))
            {
                break; // signed with a scheme we did not offer: noted, and no point going on
            }
        }

        return [.. found.GroupBy(KeyType).Select(g => new SignatureSchemesResult(version, g.Key, [.. g]))];
    }

    /// <summary>The certificate key type a scheme signs with: "RSA", "ECDSA", "EdDSA", "DSA", …</summary>
    public static string KeyType(SignatureScheme scheme) => scheme switch
    {
        SignatureScheme.Ed25519 or SignatureScheme.Ed448 => "EdDSA",
        SignatureScheme.RsaPssPssSha256 or SignatureScheme.RsaPssPssSha384 or SignatureScheme.RsaPssPssSha512 => "RSA-PSS",
        SignatureScheme.Sm2Sm3 => "SM2",
        SignatureScheme.MlDsa44 or SignatureScheme.MlDsa65 or SignatureScheme.MlDsa87 => "ML-DSA",
        _ when ((ushort)scheme & 0xFF) == 0x01 || (ushort)scheme is >= 0x0804 and <= 0x0806 => "RSA",
        _ when ((ushort)scheme & 0xFF) == 0x02 => "DSA",
        _ when ((ushort)scheme & 0xFF) == 0x03 || (ushort)scheme is >= 0x081A and <= 0x081C => "ECDSA",
        _ => "GOST",
    };
}
