using TlsDoctor.Scanning.Probes.Alpn;
using TlsDoctor.Scanning.Probes.CertificateChain;
using TlsDoctor.Scanning.Probes.Ciphers;
using TlsDoctor.Scanning.Probes.Features;
using TlsDoctor.Scanning.Probes.Groups;
using TlsDoctor.Scanning.Probes.Signatures;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning;

internal sealed partial class ScanPlan
{
    /// <summary>Everything that builds on the accepted suites, run side by side.</summary>
    private async Task<ServerScanResult> DetailsAsync(List<CipherSuitesProbe.Outcome> suites, List<TlsVersion> versions, Task<TlsDoctor.Certificates.Trust.TrustStore> trust, CancellationToken ct)
    {
        var byVersion = suites.Where(s => s.Result.Accepted.Count > 0).ToDictionary(s => s.Result.Version);
        var legacy = versions.Where(v => v is >= TlsVersion.SSLv3 and <= TlsVersion.Tls12).OrderDescending()
            .Select(v => byVersion.GetValueOrDefault(v)).FirstOrDefault(o => o is not null);
        var tls13 = byVersion.GetValueOrDefault(TlsVersion.Tls13);
        var legacyVersion = legacy?.Result.Version;
        var legacyCodes = Codes(legacy?.Result.Accepted ?? []);
        var codes13 = Codes(tls13?.Result.Accepted ?? []);
        // RFC 8422 §5.1: an ECDSA certificate's curve must be among the client's curves, so offering ECDSA suites would
        // end the group enumeration as soon as that curve is removed. RSA-authenticated ECDHE suites have no such tie.
        var ecdheAll = legacy?.Result.Accepted.Where(s => s.KeyExchange is KeyExchange.Ecdhe).ToList() ?? [];
        var ecdhe = Codes(ecdheAll.Any(s => s.Authentication == Authentication.Rsa) ? ecdheAll.Where(s => s.Authentication == Authentication.Rsa) : ecdheAll);
        var signed = legacy?.Result.Accepted.Where(s => s.KeyExchange is KeyExchange.Ecdhe or KeyExchange.Dhe && !s.IsAnonymous).ToList() ?? [];

        var groups13 = tls13 is null ? None<GroupsResult>() : Guard("groups TLSv1.3", () => GroupsProbe.RunTls13Async(context, codes13, ct));
        var groupsLegacy = ecdhe.Count == 0 ? None<GroupsResult>() : Guard($"groups {legacyVersion!.Value.Name()}", () => GroupsProbe.RunLegacyAsync(context, legacyVersion.Value, ecdhe, ct));
        var sigs13 = tls13 is null ? None<IReadOnlyList<SignatureSchemesResult>>() : Guard("signature schemes TLSv1.3", () => SignatureSchemesProbe.RunAsync(context, TlsVersion.Tls13, tls13!.Result.Accepted, ct));
        var sigs12 = signed.Count == 0 || legacyVersion != TlsVersion.Tls12 ? None<IReadOnlyList<SignatureSchemesResult>>()
            : Guard("signature schemes TLSv1.2", () => SignatureSchemesProbe.RunAsync(context, TlsVersion.Tls12, signed, ct));
        var alpnVersion = legacyVersion ?? (tls13 is null ? (TlsVersion?)null : TlsVersion.Tls13);
        var alpn = alpnVersion is not { } av || av < TlsVersion.Tls10 ? None<AlpnResult>()
            : Guard("alpn", () => AlpnProbe.RunAsync(context, av, av == TlsVersion.Tls13 ? codes13 : legacyCodes, ct));
        var features = Guard("features", () => FeaturesProbe.RunAsync(context, legacy?.Flights.FirstOrDefault(), versions, legacyCodes, ct));
        var chainsLegacy = !context.Options.CaptureCertificates || legacy is null ? None<IReadOnlyList<CapturedChain>>()
            : Guard("certificates", () => CertificateChainProbe.RunLegacyAsync(context, legacyVersion!.Value, legacy.Result.Accepted, ct));
        var chains13 = !context.Options.CaptureCertificates || tls13 is null ? None<IReadOnlyList<CapturedChain>>()
            : Guard("certificates TLSv1.3", async () =>
            {
                var schemes = (await sigs13.ConfigureAwait(false) ?? []).SelectMany(s => s.Schemes).ToList();
                return await CertificateChainProbe.RunTls13Async(context, codes13, schemes, ct).ConfigureAwait(false);
            });

        await Task.WhenAll(groups13, groupsLegacy, sigs13, sigs12, alpn, features, chainsLegacy, chains13).ConfigureAwait(false);

        var groups = new[] { groupsLegacy.Result, groups13.Result }.OfType<GroupsResult>().ToList();
        IReadOnlyList<CapturedChain> chains = [.. chainsLegacy.Result ?? [], .. chains13.Result ?? []];
        chains = await Guard("certificate analysis", () => AnalyzeAsync(chains, trust, ct)).ConfigureAwait(false) ?? chains;
        return new ServerScanResult
        {
            Target = context.Target,
            Outcome = ScanOutcome.Completed,
            KeyExchange = new KeyExchangeResult(groups, DhParametersSeen(suites)),
            SignatureSchemes = [.. sigs12.Result ?? [], .. sigs13.Result ?? []],
            Alpn = alpn.Result,
            Features = features.Result,
            Certificates = new CertificateChainResult(chains),
        };
    }

    /// <summary>DH groups from the DHE ServerKeyExchanges the suite enumeration already received.</summary>
    private static List<DhParameters> DhParametersSeen(IEnumerable<CipherSuitesProbe.Outcome> suites)
    {
        var seen = new List<DhParameters>();
        foreach (var flight in suites.SelectMany(s => s.Flights))
        {
            if (flight.ParseKeyExchange() is { Kind: ServerKeyExchangeKind.Dhe } ske && flight.Version is { } v)
            {
                var dh = new DhParameters(v, ske.DhPrimeBits, DhGroupNames.Find(ske.DhPrime),
                    ske.DhGenerator.Length <= 4 ? ske.DhGenerator.Aggregate(0, (acc, b) => (acc << 8) | b) : -1);
                if (!seen.Contains(dh))
                {
                    seen.Add(dh);
                }
            }
        }

        return seen;
    }

    private static List<ushort> Codes(IEnumerable<CipherSuite> suites) => [.. suites.Select(s => (ushort)s.Code)];

    private static Task<T?> None<T>()
        where T : class => Task.FromResult<T?>(null);
}
