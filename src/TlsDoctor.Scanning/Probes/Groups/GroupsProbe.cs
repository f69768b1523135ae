using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Groups;

/// <summary>
/// Finds the groups a server accepts for key exchange, and whether it has its own order. TLS 1.3: supported_groups
/// with an empty key_share makes the server name its choice in a HelloRetryRequest, no key needed. TLS ≤ 1.2: the
/// ECDHE ServerKeyExchange names the curve.
/// </summary>
public static class GroupsProbe
{
    public static async Task<GroupsResult> RunTls13Async(ProbeContext context, IReadOnlyList<ushort> suites, CancellationToken cancellationToken)
    {
        async Task<NamedGroup?> Pick(IReadOnlyList<NamedGroup> offer)
        {
            var spec = Offers.Tls13(suites, context.ServerName) with { Groups = offer, KeyShares = [] };
            var flight = await context.ExchangeAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
            return flight.Hello is { NegotiatedVersion: (ushort)TlsVersion.Tls13 } hello ? hello.KeyShareGroup : null;
        }

        return await EnumerateAsync(TlsVersion.Tls13, Offers.AllGroups, Pick).ConfigureAwait(false);
    }

    public static async Task<GroupsResult> RunLegacyAsync(ProbeContext context, TlsVersion version, IReadOnlyList<ushort> ecdheSuites, CancellationToken cancellationToken)
    {
        async Task<NamedGroup?> Pick(IReadOnlyList<NamedGroup> offer)
        {
            var spec = Offers.Legacy(version, ecdheSuites, context.ServerName) with { Groups = offer };
            var flight = await context.ExchangeAsync(spec, FlightDepth.Plaintext, cancellationToken).ConfigureAwait(false);
            return flight.ParseKeyExchange()?.Group;
        }

        return await EnumerateAsync(version, Offers.EcGroups, Pick).ConfigureAwait(false);
    }

    private static async Task<GroupsResult> EnumerateAsync(TlsVersion version, IReadOnlyList<NamedGroup> all, Func<IReadOnlyList<NamedGroup>, Task<NamedGroup?>> pick)
    {
        var remaining = all.ToList();
        var found = new List<NamedGroup>();
        while (remaining.Count > 0)
        {
            var chosen = await pick(remaining).ConfigureAwait(false);
            if (chosen is not { } g || !remaining.Remove(g))
            {
                if (chosen is { } stray && !found.Contains(stray))
                {
                    found.Add(stray); // the server used a group we did not offer: note it, and stop
                }

                break;
            }

            found.Add(g);
        }

        bool? serverOrder = null;
        if (found.Count >= 2)
        {
            var chosen = await pick([found[^1], found[0]]).ConfigureAwait(false);
            serverOrder = chosen == found[0] ? true : chosen == found[^1] ? false : null;
        }

        return new GroupsResult(version, found, serverOrder);
    }
}
