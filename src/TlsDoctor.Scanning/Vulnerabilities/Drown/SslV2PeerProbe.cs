using System.Net;
using System.Net.Sockets;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
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
        var (address, resolveError) = await ResolveAsync(peer, options, cancellationToken).ConfigureAwait(false);
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
            var readError = await transport.SendAsync(hello, cancellationToken).ConfigureAwait(false);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.ReadTimeout);
            var buffer = new byte[TlsRecord.HeaderLength + TlsRecord.MaxFragmentLength];
            while (!reader.IsDone && readError is null)
            {
                var (count, err) = await transport.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (err is not null || count == 0)
                {
                    readError = err;
                    break;
                }

                reader.Feed(buffer.AsSpan(0, count));
            }

            reader.End(readError, options.ReadTimeout);
            return reader.Flight;
        }
    }

    /// <summary>An address literal as is; a name through DNS within the connect deadline, by the scan's address-family choice.</summary>
    private static async Task<(IPAddress? Address, ConnectionError? Error)> ResolveAsync(ScanTarget peer, ScanOptions options, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(peer.Host, out var literal))
        {
            return (literal, null);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(peer.Host, deadline.Token).ConfigureAwait(false);
            var v6First = options.AddressFamily == AddressFamilyPreference.IPv6Only || (options.AddressFamily == AddressFamilyPreference.Any && options.PreferIPv6);
            var pick = addresses
                .Where(a => options.AddressFamily switch
                {
                    AddressFamilyPreference.IPv4Only => a.AddressFamily == AddressFamily.InterNetwork,
                    AddressFamilyPreference.IPv6Only => a.AddressFamily == AddressFamily.InterNetworkV6,
                    _ => true,
                })
                .OrderBy(a => (a.AddressFamily == AddressFamily.InterNetworkV6) != v6First)
                .FirstOrDefault();
            return pick is null ? (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"'{peer.Host}' has no usable address")) : (pick, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"resolving '{peer.Host}' took longer than {options.ConnectTimeout.TotalSeconds:0.#} s"));
        }
        catch (SocketException e)
        {
            return (null, new ConnectionError(ConnectionErrorKind.DnsFailure, $"cannot resolve '{peer.Host}': {e.Message}"));
        }
    }
}
