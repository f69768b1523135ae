using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.Features;

/// <summary>
/// Protocol features: read from a ServerHello the enumeration already has (renegotiation_info, tickets, EMS,
/// stapling, heartbeat, session ID), plus two hellos of its own: one offering DEFLATE (CRIME) and, when the server
/// speaks several versions, one lower version with TLS_FALLBACK_SCSV.
/// </summary>
public static class FeaturesProbe
{
    /// <param name="legacyFlight">A successful flight at the highest version ≤ TLS 1.2 (null for TLS 1.3-only servers).</param>
    /// <param name="versions">The versions the server speaks, newest last.</param>
    public static async Task<ServerFeaturesResult> RunAsync(
        ProbeContext context, ServerFlight? legacyFlight, IReadOnlyList<TlsVersion> versions, IReadOnlyList<ushort> legacySuites, CancellationToken cancellationToken)
    {
        bool? compression = null;
        bool? sessionId = null;
        if (legacyFlight?.Version is { } legacy)
        {
            // Without session_ticket, a server that caches sessions by ID must name one (RFC 5077 §3.4 lets it
            // leave the ID empty when it will issue a ticket instead).
            var spec = Offers.Legacy(legacy, legacySuites, context.ServerName) with { CompressionMethods = [1, 0], SessionTicket = false };
            var flight = await context.ExchangeAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
            compression = flight.Hello is { } h ? h.CompressionMethod != 0 : null;
            sessionId = flight.Hello is { } h2 ? h2.SessionId.Length > 0 : null;
        }

        var fallback = await FallbackAsync(context, versions, cancellationToken).ConfigureAwait(false);
        var hello = legacyFlight?.Hello;
        return new ServerFeaturesResult(
            Compression: compression,
            SecureRenegotiation: hello?.Has(ExtensionType.RenegotiationInfo),
            SessionTicket: hello?.Has(ExtensionType.SessionTicket),
            SessionId: sessionId,
            ExtendedMasterSecret: hello?.Has(ExtensionType.ExtendedMasterSecret),
            EncryptThenMac: hello?.Has(ExtensionType.EncryptThenMac),
            OcspStapling: hello is null ? null : hello.Has(ExtensionType.StatusRequest) || legacyFlight!.CertificateStatus is not null,
            Heartbeat: hello?.Has(ExtensionType.Heartbeat),
            FallbackScsv: fallback);
    }

    /// <summary>RFC 7507 §3: a server that speaks a higher version must refuse a fallback hello with inappropriate_fallback.</summary>
    private static async Task<bool?> FallbackAsync(ProbeContext context, IReadOnlyList<TlsVersion> versions, CancellationToken cancellationToken)
    {
        var tlsVersions = versions.Where(v => v >= TlsVersion.SSLv3).Order().ToList();
        if (tlsVersions.Count < 2)
        {
            return null;
        }

        var lower = tlsVersions[^2];
        var spec = Offers.Legacy(lower, Offers.SuiteCodes(lower), context.ServerName) with { FallbackScsv = true };
        var flight = await context.ExchangeAsync(spec, FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
        if (flight.IsAlert(AlertDescription.InappropriateFallback))
        {
            return true;
        }

        return flight.Hello is not null ? false : null;
    }
}
