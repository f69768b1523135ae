using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Alpn;

/// <summary>
/// Finds the ALPN protocols a server selects (RFC 7301): offer the list, note the choice, remove it, repeat.
/// TLS 1.3 carries the choice in EncryptedExtensions, read by decrypting the flight.
/// </summary>
public static class AlpnProbe
{
    /// <summary>IANA "TLS Application-Layer Protocol Negotiation (ALPN) Protocol IDs" that servers commonly speak.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "h2", "http/1.1", "http/1.0", "http/0.9", "h3", "spdy/3.1", "spdy/3", "spdy/2", "spdy/1", "h2c", "acme-tls/1",
        "imap", "pop3", "managesieve", "ftp", "xmpp-client", "xmpp-server", "irc", "smb", "coap", "mqtt", "dot", "doq",
        "postgresql", "webrtc", "c-webrtc", "stun.turn", "stun.nat-discovery", "sunrpc", "nntp", "nnsp", "tds/8.0", "ntske/1",
    ];

    public static async Task<AlpnResult> RunAsync(ProbeContext context, TlsVersion version, IReadOnlyList<ushort> suites, CancellationToken cancellationToken)
    {
        var remaining = Candidates.ToList();
        var found = new List<string>();
        while (remaining.Count > 0)
        {
            var spec = (version == TlsVersion.Tls13 ? Offers.Tls13(suites, context.ServerName) : Offers.Legacy(version, suites, context.ServerName))
                with { Alpn = [.. remaining] };
            var flight = await context.ExchangeAsync(spec, version == TlsVersion.Tls13 ? FlightDepth.Decrypted : FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
            var chosen = version == TlsVersion.Tls13 ? Selected(flight) : flight.Hello?.Alpn;
            if (chosen is null || !remaining.Remove(chosen))
            {
                if (chosen is not null)
                {
                    found.Add(chosen); // a protocol we did not offer (RFC 7301 §3.2 forbids it): noted
                }

                break;
            }

            found.Add(chosen);
        }

        return new AlpnResult(found);
    }

    private static string? Selected(ServerFlight flight) =>
        flight.EncryptedExtensions?.FirstOrDefault(e => e.Type == (ushort)ExtensionType.ApplicationLayerProtocolNegotiation) is { } ext
            ? Tls.Handshake.ServerHello.SelectedProtocol(ext.Data)
            : null;
}
