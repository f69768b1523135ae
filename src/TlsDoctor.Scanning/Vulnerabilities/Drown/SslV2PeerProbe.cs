using System.Net;
using System.Net.Sockets;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Drown;

/// <summary>
/// One SSLv2 CLIENT-HELLO to another service (a DROWN peer), on one plain TCP connection with the scan's connect
/// and read deadlines and byte budget: what <see cref="Probes.ProbeContext.ExchangeSslV2Async"/> does for the target.
/// Peers are other hosts, so the target's per-host gate does not apply; the bound is this one connection per peer.
/// </summary>
public static class SslV2PeerProbe
{
    /// <summary>Resolves <paramref name="peer"/>, sends the hello offering every SSLv2 cipher spec, reads the answer; never throws for network trouble.</summary>
    public static async Task<ServerFlight> ExchangeAsync(ScanTarget peer, ScanOptions options, CancellationToken cancellationToken)
    {
        var (address, resolveError) = await Scanner.ResolveAsync(peer, options, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            return ServerFlight.Failed(resolveError!);
        }

        var (transport, error) = await TcpTransport.ConnectAsync(new IPEndPoint(address, peer.Port), options.ConnectTimeout, options.ByteBudget, cancellationToken).ConfigureAwait(false);
        if (transport is null)
        {
            return ServerFlight.Failed(error!);
        }

        await using (transport.ConfigureAwait(false))
        {
            var challenge = new byte[SslV2ClientHello.ChallengeLength];
            Random.Shared.NextBytes(challenge);
            var hello = SslV2ClientHello.Build([.. CipherSuites.Offerable(TlsVersion.SSLv2).Select(s => s.Code)], challenge);
            using var reader = new FlightReader(null, hello, FlightDepth.Hello, sslV2: true);
            return await transport.ExchangeFlightAsync(reader, hello, options.ReadTimeout, cancellationToken).ConfigureAwait(false);
        }
    }
}
