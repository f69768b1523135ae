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

        // Over a real network each hello costs a round trip, and a remove-one-and-repeat loop is as slow as its length.
        // A server that follows the client's order picks differently from our offer and its reverse; its suites can
        // then be found by several loops at once over disjoint parts of the offer. A server with its own order is
        // enumerated by one loop, whose picks are then its ranking.
        var probes = await Task.WhenAll(
            ExchangeAsync(context, version, offer, cancellationToken),
            ExchangeAsync(context, version, [.. offer.Reverse()], cancellationToken)).ConfigureAwait(false);
        var sameChoice = probes[0].Hello?.CipherSuite is { } a && probes[1].Hello?.CipherSuite == a;
        var parts = sameChoice ? 1 : Math.Clamp(context.Options.MaxConnectionsPerHost / 2, 1, 4);

        var loops = await Task.WhenAll(Enumerable.Range(0, parts).Select(p =>
            EnumerateAsync(context, version, [.. offer.Where((_, i) => i % parts == p)], cancellationToken))).ConfigureAwait(false);
        var accepted = loops.SelectMany(l => l.Accepted).ToList();
        var flights = loops.SelectMany(l => l.Flights).ToList();
        var undecided = loops.SelectMany(l => l.Undecided).ToList();

        // Each offer ranks only its own suites: when several offers (chunks, or halves after a choke) found some,
        // the list is in offer order, not the server's. One more pass over the accepted suites alone ranks them.
        var ranked = false;
        if (sameChoice && loops.Sum(l => l.OffersThatFound) > 1)
        {
            accepted = await RankAsync(context, version, accepted, cancellationToken).ConfigureAwait(false);
            ranked = true;
        }

        var order = await OrderAsync(context, version, accepted, cancellationToken).ConfigureAwait(false);
        if (order == CipherOrder.Server && (parts > 1 || loops.Sum(l => l.OffersThatFound) > 1) && !ranked)
        {
            // An order of its own that our two first hellos did not reveal (e.g. a server that favours ChaCha20 only
            // for clients that do): rank the suites the loops found.
            accepted = await RankAsync(context, version, accepted, cancellationToken).ConfigureAwait(false);
        }
        var suites = accepted.Select(c => CipherSuites.Describe(c)).ToList();
        if (order != CipherOrder.Server)
        {
            suites.Sort(SuiteStrength.Comparer);
        }

        var result = new CipherSuitesResult(version, suites, order) { Undecided = [.. undecided.Select(c => CipherSuites.Describe(c))] };
        return new Outcome(result, flights);
    }

    private sealed record Loop(List<ushort> Accepted, List<ServerFlight> Flights, List<ushort> Undecided, int OffersThatFound);

    /// <summary>One remove-and-repeat loop over <paramref name="offer"/>, splitting offers the server chokes on.</summary>
    private static async Task<Loop> EnumerateAsync(ProbeContext context, TlsVersion version, List<ushort> offer, CancellationToken cancellationToken)
    {
        var loop = new Loop([], [], [], 0);
        var offersThatFound = 0;
        var chunks = new Queue<List<ushort>>(offer.Chunk(Math.Max(2, context.Options.MaxSuitesPerHello)).Select(c => c.ToList()));
        while (chunks.Count > 0)
        {
            var remaining = chunks.Dequeue();
            var found = loop.Accepted.Count;
            while (remaining.Count > 0)
            {
                var flight = await ExchangeAsync(context, version, remaining, cancellationToken).ConfigureAwait(false);
                if (flight.Hello is { } hello && (TlsVersion)hello.NegotiatedVersion == version && remaining.Contains(hello.CipherSuite))
                {
                    loop.Accepted.Add(hello.CipherSuite);
                    remaining.Remove(hello.CipherSuite);
                    loop.Flights.Add(flight);
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
                    loop.Undecided.Add(remaining[0]);
                }

                break;
            }

            offersThatFound += loop.Accepted.Count > found ? 1 : 0;
        }

        return loop with { OffersThatFound = offersThatFound };
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
    /// Offers two found suites in both orders: a server with its own order picks the same one twice; a server that
    /// follows the client picks the first each time.
    /// </summary>
    private static async Task<CipherOrder> OrderAsync(ProbeContext context, TlsVersion version, List<ushort> found, CancellationToken cancellationToken)
    {
        if (found.Count < 2)
        {
            return CipherOrder.Unknown;
        }

        var (x, y) = (found[0], found[^1]);
        var picks = await Task.WhenAll(
            ExchangeAsync(context, version, [x, y], cancellationToken),
            ExchangeAsync(context, version, [y, x], cancellationToken)).ConfigureAwait(false);
        return (picks[0].Hello?.CipherSuite, picks[1].Hello?.CipherSuite) switch
        {
            ({ } a, { } b) when a == b => CipherOrder.Server,
            ({ } a, { } b) when a == x && b == y => CipherOrder.Client,
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
