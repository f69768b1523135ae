using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Ciphers;

/// <summary>
/// Finds every suite a server accepts at one version: offer all, note the one chosen, remove it, repeat until the
/// server refuses. Offers that a server chokes on (no answer, reset) are split in halves and retried, so one bad
/// suite or an oversized hello cannot hide the rest. Then one two-suite hello tells server order from client order.
/// </summary>
public static class CipherSuitesProbe
{
    /// <summary>The result and every successful flight (their ServerKeyExchanges give DH sizes and groups for free).</summary>
    public sealed record Outcome(CipherSuitesResult Result, IReadOnlyList<ServerFlight> Flights);

    public static async Task<Outcome> RunAsync(ProbeContext context, TlsVersion version, CancellationToken cancellationToken)
    {
        var offer = Offers.SuiteCodes(version);
        var flights = new List<ServerFlight>();
        var accepted = new List<ushort>();
        var undecided = new List<ushort>();
        var chunks = new Queue<List<ushort>>(offer.Chunk(Math.Max(2, context.Options.MaxSuitesPerHello)).Select(c => c.ToList()));
        var offersThatFound = 0;
        while (chunks.Count > 0)
        {
            var remaining = chunks.Dequeue();
            var found = accepted.Count;
            while (remaining.Count > 0)
            {
                var flight = await ExchangeAsync(context, version, remaining, cancellationToken).ConfigureAwait(false);
                if (flight.Hello is { } hello && (TlsVersion)hello.NegotiatedVersion == version && remaining.Contains(hello.CipherSuite))
                {
                    accepted.Add(hello.CipherSuite);
                    remaining.Remove(hello.CipherSuite);
                    flights.Add(flight);
                    continue;
                }

                if (flight.Hello is null && ProtocolSupport.ProtocolSupportProbe.IsRefusal(flight) && flight.Error!.Kind == ConnectionErrorKind.Alert)
                {
                    break; // a clean refusal: nothing left in this offer
                }

                // No answer, a reset, a suite we did not offer, or a different version: split and look closer.
                if (remaining.Count > 1)
                {
                    var half = remaining.Count / 2;
                    chunks.Enqueue(remaining[..half]);
                    chunks.Enqueue(remaining[half..]);
                }
                else if (flight.Error is { Kind: ConnectionErrorKind.ReadTimeout or ConnectionErrorKind.ConnectTimeout })
                {
                    undecided.Add(remaining[0]);
                }

                break;
            }

            offersThatFound += accepted.Count > found ? 1 : 0;
        }

        // Each offer ranks only its own suites: when several offers (chunks, or halves after a choke) found some,
        // the list is in offer order, not the server's. One more pass over the accepted suites alone ranks them.
        if (offersThatFound > 1)
        {
            accepted = await RankAsync(context, version, accepted, cancellationToken).ConfigureAwait(false);
        }

        var order = await OrderAsync(context, version, accepted, cancellationToken).ConfigureAwait(false);
        var suites = accepted.Select(c => CipherSuites.Describe(c)).ToList();
        if (order != CipherOrder.Server)
        {
            suites.Sort(SuiteStrength.Comparer);
        }

        var result = new CipherSuitesResult(version, suites, order) { Undecided = [.. undecided.Select(c => CipherSuites.Describe(c))] };
        return new Outcome(result, flights);
    }

    /// <summary>Offers the accepted suites together, again and again, removing each pick: the picks in order are the server's ranking.</summary>
    private static async Task<List<ushort>> RankAsync(ProbeContext context, TlsVersion version, List<ushort> accepted, CancellationToken cancellationToken)
    {
        var remaining = accepted.ToList();
        var ranked = new List<ushort>(accepted.Count);
        while (remaining.Count > 1)
        {
            var offer = remaining.Take(Math.Max(2, context.Options.MaxSuitesPerHello)).ToList();
            var flight = await ExchangeAsync(context, version, offer, cancellationToken).ConfigureAwait(false);
            if (flight.Hello?.CipherSuite is not { } pick || !offer.Contains(pick))
            {
                break; // the server will not rank these together: keep the enumeration's order for the rest
            }

            ranked.Add(pick);
            remaining.Remove(pick);
        }

        return [.. ranked, .. remaining];
    }

    /// <summary>
    /// The enumeration took suites in our order unless the server has its own. Offer the last one found before
    /// the first: a server with its own order still picks the first; a server that follows the client picks the last.
    /// </summary>
    private static async Task<CipherOrder> OrderAsync(ProbeContext context, TlsVersion version, List<ushort> found, CancellationToken cancellationToken)
    {
        if (found.Count < 2)
        {
            return CipherOrder.Unknown;
        }

        var flight = await ExchangeAsync(context, version, [found[^1], found[0]], cancellationToken).ConfigureAwait(false);
        return flight.Hello?.CipherSuite switch
        {
            { } s when s == found[0] => CipherOrder.Server,
            { } s when s == found[^1] => CipherOrder.Client,
            _ => CipherOrder.Unknown,
        };
    }

    private static Task<ServerFlight> ExchangeAsync(ProbeContext context, TlsVersion version, IReadOnlyList<ushort> suites, CancellationToken cancellationToken) =>
        context.ExchangeAsync(
            version == TlsVersion.Tls13 ? Offers.Tls13(suites, context.ServerName) : Offers.Legacy(version, suites, context.ServerName),
            version == TlsVersion.Tls13 ? FlightDepth.Hello : FlightDepth.Plaintext,
            cancellationToken);

    /// <summary>SSLv2 needs no enumeration: the SERVER-HELLO lists every spec the server shares with us.</summary>
    public static CipherSuitesResult FromSslV2(ServerFlight flight) => new(
        TlsVersion.SSLv2,
        [.. (flight.SslV2Hello?.CipherSpecs ?? []).Select(CipherSuites.Describe).OrderBy(s => s, SuiteStrength.Comparer)],
        CipherOrder.Unknown);
}
