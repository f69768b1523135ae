using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Probes.ProtocolSupport;

/// <summary>
/// Decides, on the wire, whether the server speaks one protocol version: a hello that offers that version alone,
/// with every suite, and a look at the version the server answers with.
/// </summary>
public static class ProtocolSupportProbe
{
    /// <summary>The verdict and the flight that gave it (later probes reuse the ServerHello).</summary>
    public sealed record Outcome(ProtocolSupportResult Result, ServerFlight Flight);

    public static async Task<Outcome> RunAsync(ProbeContext context, TlsVersion version, CancellationToken cancellationToken)
    {
        var flight = version switch
        {
            TlsVersion.SSLv2 => await context.ExchangeSslV2Async([.. CipherSuites.Offerable(TlsVersion.SSLv2).Select(s => s.Code)], cancellationToken).ConfigureAwait(false),
            TlsVersion.Tls13 => await context.ExchangeAsync(Offers.Tls13(Offers.SuiteCodes(TlsVersion.Tls13), context.ServerName), FlightDepth.Hello, cancellationToken).ConfigureAwait(false),
            _ => await context.ExchangeAsync(Offers.Legacy(version, Offers.SuiteCodes(version), context.ServerName), FlightDepth.Hello, cancellationToken).ConfigureAwait(false),
        };

        // Some servers and middleboxes reset or hang on a hello with hundreds of suites (RFC 7685 §1): before calling
        // the version unsupported, ask again with the suites servers commonly have.
        if (version is > TlsVersion.SSLv2 and < TlsVersion.Tls13 && flight.Hello is null
            && flight.Error?.Kind is ConnectionErrorKind.Reset or ConnectionErrorKind.Closed or ConnectionErrorKind.ReadTimeout)
        {
            var retry = await context.ExchangeAsync(Offers.Legacy(version, Offers.CommonSuiteCodes(version), context.ServerName), FlightDepth.Hello, cancellationToken).ConfigureAwait(false);
            if (retry.Hello is not null || retry.Error?.Kind == ConnectionErrorKind.Alert)
            {
                flight = retry;
            }
        }

        return new Outcome(Judge(version, flight), flight);
    }

    /// <summary>Reads a version verdict off the server's answer.</summary>
    public static ProtocolSupportResult Judge(TlsVersion version, ServerFlight flight)
    {
        if (version == TlsVersion.SSLv2)
        {
            return flight.SslV2Hello is { } v2
                ? new ProtocolSupportResult(version, v2.CipherSpecs.Count > 0, $"SSLv2 SERVER-HELLO with {v2.CipherSpecs.Count} cipher specs")
                : NotSupported(version, flight);
        }

        if (flight.Hello is { } hello)
        {
            var answered = (TlsVersion)hello.NegotiatedVersion;
            if (answered == version)
            {
                return new ProtocolSupportResult(version, true, hello.IsHelloRetryRequest ? $"HelloRetryRequest {version.Name()}" : $"ServerHello {version.Name()}");
            }

            return new ProtocolSupportResult(version, false, answered < version
                ? $"the server answered a {version.Name()} hello with {answered.Name()}"
                : $"the server answered a {version.Name()} hello with a higher version, {answered.Name()} (a broken server)");
        }

        return NotSupported(version, flight);
    }

    private static ProtocolSupportResult NotSupported(TlsVersion version, ServerFlight flight) => flight.Error switch
    {
        { Kind: ConnectionErrorKind.Alert, Alert: { } a } => new ProtocolSupportResult(version, false, $"alert {FlightReader.AlertText(a)}"),
        { Kind: ConnectionErrorKind.Reset or ConnectionErrorKind.Closed } e => new ProtocolSupportResult(version, false, e.Message),
        { Kind: ConnectionErrorKind.Malformed } e when version <= TlsVersion.SSLv3 => new ProtocolSupportResult(version, false, e.Message),
        { } e => new ProtocolSupportResult(version, false, e.Message, Conclusive: false),
        null => new ProtocolSupportResult(version, false, "no ServerHello", Conclusive: false),
    };

    /// <summary>True when an alert means "not this offer" rather than trouble (used to end enumerations).</summary>
    public static bool IsRefusal(ServerFlight flight) => flight.Error is
    {
        Kind: ConnectionErrorKind.Alert or ConnectionErrorKind.Reset or ConnectionErrorKind.Closed,
    } && flight.Error.Alert is not AlertDescription.InternalError;
}
