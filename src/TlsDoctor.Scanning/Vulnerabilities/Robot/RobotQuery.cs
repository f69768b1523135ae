using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.Robot;

/// <summary>The two message flows of the paper: the full one, and the one that stops after ClientKeyExchange.</summary>
internal enum RobotFlow : byte
{
    /// <summary>ClientKeyExchange, ChangeCipherSpec, a Finished of random bytes.</summary>
    Standard,
    /// <summary>ClientKeyExchange alone: some servers only show the oracle while they wait for the rest.</summary>
    Shortened,
}

/// <summary>Where the queries go: the version and the RSA key-exchange suites the scan found there.</summary>
internal sealed record RobotTarget(TlsVersion Version, IReadOnlyList<ushort> Suites)
{
    /// <summary>
    /// The answer wait fixed by the session's first query (measured on a connection that did not queue); null until
    /// then. Later queries go out side by side, and on a server that serves one connection at a time their own flight
    /// times include the queue, which would stretch each wait and the queue behind it.
    /// </summary>
    public TimeSpan? AnswerTimeout { get; init; }
}

/// <summary>One query's outcome: the server's response, or why the query could not be made.</summary>
/// <param name="AnswerTimeout">The wait this query used for the server's answer.</param>
/// <param name="Latency">How long the server took to answer the key exchange; null when it stayed silent.</param>
internal sealed record RobotQueryResult(RobotResponse? Response, string? Failure, CipherSuite? Suite = null, TimeSpan? AnswerTimeout = null, TimeSpan? Latency = null);

/// <summary>Runs one query: <see cref="RobotQuery.RunAsync"/>, or a stand-in in tests of the round logic.</summary>
internal delegate Task<RobotQueryResult> RobotQueryRunner(
    ProbeContext probe, RobotTarget target, RobotVector vector, RobotFlow flow, Random random, CancellationToken cancellationToken);

/// <summary>One ROBOT query on its own connection: hello, the server's flight, the crafted key exchange, the answer.</summary>
internal static class RobotQuery
{
    /// <summary>Least wait for the answer to the key exchange (see <see cref="AnswerTimeout"/>).</summary>
    internal static readonly TimeSpan MinAnswerTimeout = TimeSpan.FromMilliseconds(150);

    /// <summary>How many times the flight's round trip the answer may take.</summary>
    internal const int AnswerTimeoutRoundTrips = 4;

    public static async Task<RobotQueryResult> RunAsync(
        ProbeContext probe, RobotTarget target, RobotVector vector, RobotFlow flow, Random random, CancellationToken cancellationToken)
    {
        var (connection, error) = await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return Failed($"could not connect: {error!.Message}");
        }

        await using (connection.ConfigureAwait(false))
        {
            var started = Stopwatch.GetTimestamp();
            var flight = await connection.HelloAsync(Offers.Legacy(target.Version, target.Suites, probe.ServerName), FlightDepth.Plaintext, cancellationToken).ConfigureAwait(false);
            var flightTime = Stopwatch.GetElapsedTime(started);
            if (!flight.Succeeded || !flight.Complete || flight.Version is not { } version)
            {
                return Failed($"the server did not complete an RSA key exchange hello at {target.Version.Name()}: {flight.Error?.Message ?? "no ServerHelloDone"}");
            }

            if (CipherSuites.Find(flight.Hello!.CipherSuite) is not { KeyExchange: KeyExchange.Rsa } suite)
            {
                return Failed($"the server chose 0x{flight.Hello.CipherSuite:x4}, not one of the RSA key exchange suites offered");
            }

            if (LeafKey(flight.Certificate) is not { } key)
            {
                return Failed("the server's leaf certificate carries no RSA key");
            }

            var modulusLength = RobotPremasterSecrets.ModulusLength(key);
            if (modulusLength < RobotPremasterSecrets.MinModulusLength)
            {
                return Failed($"the server's RSA key of {modulusLength * 8} bits is too short for a premaster secret");
            }

            // client_version is the version the hello offered (RFC 5246 §7.4.7.1), not the one the server chose.
            var plaintext = RobotPremasterSecrets.Plaintext(vector, modulusLength, (ushort)target.Version, random);
            var records = RobotMessages.ClientKeyExchange(RobotPremasterSecrets.Encrypt(plaintext, key), version);
            if (flow == RobotFlow.Standard)
            {
                records = [.. records, .. RobotMessages.ChangeCipherSpec(version), .. RobotMessages.FakeFinished(version, random)];
            }

            if (await connection.SendAsync(records, cancellationToken).ConfigureAwait(false) is { } sendError)
            {
                return Failed($"could not send the key exchange for {suite.IanaName}: {sendError.Message}");
            }

            var timeout = target.AnswerTimeout ?? AnswerTimeout(flightTime, probe.Options.ReadTimeout);
            var sent = Stopwatch.GetTimestamp();
            var first = Classify(await connection.ReadRecordAsync(cancellationToken, timeout).ConfigureAwait(false));
            TimeSpan? latency = first.Reaction == RobotReaction.Silence ? null : Stopwatch.GetElapsedTime(sent);
            if (first.Reaction != RobotReaction.Alert)
            {
                return new RobotQueryResult(first, null, suite, timeout, latency);
            }

            var then = Classify(await connection.ReadRecordAsync(cancellationToken, timeout).ConfigureAwait(false));
            return new RobotQueryResult(first with { Then = then.Reaction }, null, suite, timeout, latency);
        }
    }

    /// <summary>
    /// The wait for the answer to the key exchange. The server answered the hello within the flight time (a round
    /// trip plus its own work), and the answer to a key exchange costs it one RSA private-key operation more, a few
    /// milliseconds even for 4096-bit keys; so four flight times, and 150 ms at least for jitter (ten times a
    /// 4096-bit RSA decryption on a slow core). The shortened flow meets silence at every non-vulnerable server (it
    /// waits for the rest of the handshake), so this wait is paid five times per round: the check sends a round's first query alone and the other four side by
    /// side with the wait the first one fixed (see <see cref="RobotTarget.AnswerTimeout"/>), so a server that serves
    /// connections in parallel costs one wait per round and a single-threaded one (openssl s_server) no more than
    /// one after another. Too short a wait would turn a
    /// slow alert into "silence", itself an oracle in the paper; the repeat round then shows it as inconsistent,
    /// not as a finding.
    /// </summary>
    internal static TimeSpan AnswerTimeout(TimeSpan flightTime, TimeSpan readTimeout)
    {
        var wait = flightTime * AnswerTimeoutRoundTrips;
        wait = wait < MinAnswerTimeout ? MinAnswerTimeout : wait;
        return wait > readTimeout ? readTimeout : wait;
    }

    internal static RobotResponse Classify(RecordRead read)
    {
        if (read.Record is { } record)
        {
            if (record.Type != ContentType.Alert)
            {
                return new RobotResponse(RobotReaction.OtherRecord);
            }

            var alert = Alert.ParseFragment(record.Fragment);
            return alert.IsDone ? new RobotResponse(RobotReaction.Alert, alert.Value!.Description) : new RobotResponse(RobotReaction.Malformed);
        }

        return read.Error?.Kind switch
        {
            ConnectionErrorKind.Closed => new RobotResponse(RobotReaction.Closed),
            ConnectionErrorKind.Reset => new RobotResponse(RobotReaction.Reset),
            ConnectionErrorKind.ReadTimeout => new RobotResponse(RobotReaction.Silence),
            _ => new RobotResponse(RobotReaction.Malformed),
        };
    }

    private static RSAParameters? LeafKey(CertificateMessage? certificate)
    {
        if (certificate is not { Certificates.Count: > 0 })
        {
            return null;
        }

        try
        {
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.Certificates[0]);
            using var rsa = leaf.GetRSAPublicKey();
            return rsa?.ExportParameters(includePrivateParameters: false);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static RobotQueryResult Failed(string reason) => new(null, reason);
}
