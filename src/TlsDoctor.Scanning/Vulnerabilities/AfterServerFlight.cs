using System.Diagnostics;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities;

/// <summary>
/// Where checks that speak out of turn after a TLS ≤ 1.2 server's first flight start (Heartbleed, CCS injection):
/// the version to use, and one connection left open after ServerHelloDone with a deadline for the server's answer.
/// </summary>
internal static class AfterServerFlight
{
    /// <summary>
    /// Shortest wait for the answer to an out-of-turn record. The server answers (or not) in the same read that
    /// takes the record in — no key operation, no I/O — so one round trip is enough; silence is the usual negative
    /// answer, so every safe server pays this wait. testssl.sh waits 8 s (heartbeat) and 5 s per CCS; we wait four
    /// times what the server took for its whole flight (a round trip plus its key operations), at least 2 s, and
    /// never longer than the scan's read timeout.
    /// </summary>
    public static readonly TimeSpan MinAnswerTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How many flight times the answer may take: four leaves room for jitter on a loaded server.</summary>
    public const int FlightTimesPerAnswer = 4;

    /// <summary>Most records read while waiting for one answer (a server may send warnings first); bounds the wait.</summary>
    public const int MaxRecordsPerAnswer = 4;

    /// <summary>The versions the scan found, oldest first.</summary>
    public static IReadOnlyList<TlsVersion> Supported(ServerScanResult scan) =>
        [.. scan.Protocols.Where(p => p.Supported).Select(p => p.Version).Distinct().Order()];

    /// <summary>The highest of SSLv3–TLS 1.2 the scan found, or null.</summary>
    public static TlsVersion? LegacyVersion(ServerScanResult scan) =>
        Supported(scan).Where(v => v is >= TlsVersion.SSLv3 and <= TlsVersion.Tls12).Cast<TlsVersion?>().LastOrDefault();

    /// <summary>The suites the scan found at <paramref name="version"/>; when the suite probe found none, the common offer.</summary>
    public static IReadOnlyList<ushort> Suites(ServerScanResult scan, TlsVersion version) =>
        scan.CipherSuites.FirstOrDefault(c => c.Version == version) is { Accepted.Count: > 0 } found
            ? [.. found.Accepted.Where(s => !s.IsSslV2).Select(s => (ushort)s.Code)]
            : Offers.CommonSuiteCodes(version);

    /// <summary>What a server without SSLv3–TLS 1.2 speaks instead: TLS 1.3, only SSLv2, or nothing the scan found.</summary>
    public static OtherVersions WithoutLegacy(ServerScanResult scan)
    {
        var supported = Supported(scan);
        return supported.Contains(TlsVersion.Tls13) ? OtherVersions.Tls13
            : supported.Contains(TlsVersion.SSLv2) ? OtherVersions.SslV2Only
            : OtherVersions.None;
    }

    /// <summary>
    /// Opens a connection, sends <paramref name="spec"/> and reads the flight to ServerHelloDone. On success the
    /// caller owns the connection; otherwise it is closed and <see cref="Opened.Failure"/> says why in one line.
    /// </summary>
    public static async Task<Opened> OpenAsync(ProbeContext probe, ClientHelloSpec spec, CancellationToken cancellationToken)
    {
        var (connection, error) = await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return Opened.Failed($"could not connect: {error?.Message}");
        }

        var started = Stopwatch.GetTimestamp();
        var flight = await connection.HelloAsync(spec, FlightDepth.Plaintext, cancellationToken).ConfigureAwait(false);
        var took = Stopwatch.GetElapsedTime(started);
        string? failure = null;
        if (!flight.Succeeded || flight.Hello is null)
        {
            failure = $"the server did not take our {spec.Version.Name()} hello: {flight.Error?.Message ?? "no ServerHello"}";
        }
        else if (!flight.Complete)
        {
            failure = $"the server's {spec.Version.Name()} flight ended before ServerHelloDone: {flight.Error?.Message ?? "incomplete"}";
        }

        if (failure is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return Opened.Failed(failure);
        }

        var wait = TimeSpan.FromTicks(Math.Max(MinAnswerTimeout.Ticks, took.Ticks * FlightTimesPerAnswer));
        return new Opened(connection, flight, wait < probe.Options.ReadTimeout ? wait : probe.Options.ReadTimeout, null);
    }

    /// <summary>A one-line reason as the first words of evidence.</summary>
    public static string Capitalised(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];

    /// <summary>"fatal alert unexpected_message" for evidence.</summary>
    public static string Describe(Alert alert) =>
        $"{(alert.Level == AlertLevel.Fatal ? "fatal" : "warning")} alert {AlertDescriptions.Name(alert.Description)}";

    /// <summary>A connection after the server's flight, or why there is none.</summary>
    public sealed record Opened(ProbeConnection? Connection, ServerFlight? Flight, TimeSpan AnswerTimeout, string? Failure)
    {
        public static Opened Failed(string reason) => new(null, null, TimeSpan.Zero, reason);
    }
}

/// <summary>What a server speaks when it has no SSLv3–TLS 1.2.</summary>
internal enum OtherVersions : byte
{
    None,
    Tls13,
    SslV2Only,
}
