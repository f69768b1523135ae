using TlsDoctor.Scanning.Probes;
using TlsDoctor.Scanning.Transport;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;

namespace TlsDoctor.Scanning.Vulnerabilities.CcsInjection;

/// <summary>
/// CCS injection (CVE-2014-0224): OpenSSL 1.0.1–1.0.1g servers accepted a ChangeCipherSpec before the key
/// exchange and switched to keys derived from an empty master secret, which lets a man in the middle read and
/// change the session. One connection: hello, flight to ServerHelloDone, then a ChangeCipherSpec out of turn.
/// </summary>
/// <remarks>
/// The decision follows testssl.sh's (after Ramon de C Valle's ccsinjection.c): send a CCS, then a second one, and
/// look at the answer to the second. A patched server refuses the first with a fatal unexpected_message (RFC 5246
/// §7.1: the client's CCS comes after its key exchange; the advisory's fix) and closes, so the second gets nothing.
/// An unpatched one takes the first in silence and reads the second "protected" with keys it should not have: it
/// fails record protection, with decryption_failed (a one-byte record is no whole block, which testssl.sh looks for)
/// or bad_record_mac (AEAD and stream suites; RFC 5246 §7.2.2). Our rule: any answer to the first CCS, or nothing
/// after the second, is not vulnerable; decryption_failed or bad_record_mac after the second is vulnerable; another
/// alert after a silently taken first CCS is not either OpenSSL's answer, so the check cannot decide.
/// </remarks>
public sealed class CcsInjectionCheck : IVulnerabilityCheck
{
    public VulnerabilityInfo Info { get; } = new(
        VulnerabilityIds.CcsInjection,
        "CCS injection",
        ["CVE-2014-0224"],
        Severity.High,
        "Upgrade OpenSSL to 1.0.1h or later (0.9.8za / 1.0.0m on the older branches); clients need the upgrade too.",
        "OpenSSL Security Advisory 2014-06-05 (https://www.openssl.org/news/secadv/20140605.txt); RFC 5246 §7.1");

    public async Task<VulnerabilityResult> RunAsync(VulnerabilityContext context, CancellationToken cancellationToken)
    {
        if (AfterServerFlight.LegacyVersion(context.Scan) is not { } version)
        {
            // NotVulnerable, not NotApplicable: the server was looked at, and the flaw cannot be reached on it.
            return AfterServerFlight.WithoutLegacy(context.Scan) switch
            {
                OtherVersions.Tls13 => Result(VulnerabilityStatus.NotVulnerable,
                    "The server speaks only TLSv1.3, where a ChangeCipherSpec changes nothing (RFC 8446 §5), and the flaw is OpenSSL 1.0.1–1.0.1g's, which never spoke TLS 1.3.", 0),
                OtherVersions.SslV2Only => Result(VulnerabilityStatus.NotVulnerable,
                    "The server speaks only SSLv2, which has no ChangeCipherSpec message: the flaw cannot be reached.", 0),
                _ => Result(VulnerabilityStatus.Unknown, "The scan found no protocol version to test with.", 0),
            };
        }

        var spec = Offers.Legacy(version, AfterServerFlight.Suites(context.Scan, version), context.Probe.ServerName);
        var opened = await AfterServerFlight.OpenAsync(context.Probe, spec, cancellationToken).ConfigureAwait(false);
        if (opened.Connection is not { } connection)
        {
            return Result(VulnerabilityStatus.Unknown, $"{AfterServerFlight.Capitalised(opened.Failure!)}.", 1);
        }

        await using (connection.ConfigureAwait(false))
        {
            var negotiated = opened.Flight!.Version ?? version;
            var ccs = ChangeCipherSpec.Encode((ushort)negotiated);
            var (status, evidence) = await DecideAsync(connection, ccs, opened.AnswerTimeout, cancellationToken).ConfigureAwait(false);
            return Result(status, $"At {negotiated.Name()}, after the server's flight, we sent a ChangeCipherSpec before any key exchange; {evidence}", 1);
        }
    }

    private static async Task<(VulnerabilityStatus, string)> DecideAsync(ProbeConnection connection, byte[] ccs, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await connection.SendAsync(ccs, cancellationToken).ConfigureAwait(false) is { } sendError)
        {
            return (VulnerabilityStatus.Unknown, $"it could not be sent: {sendError.Message}.");
        }

        var first = await AnswerAsync(connection, timeout, cancellationToken).ConfigureAwait(false);
        switch (first.Kind)
        {
            case AnswerKind.Alert:
                return (VulnerabilityStatus.NotVulnerable, $"the server refused it with {AfterServerFlight.Describe(first.Alert!)}, as a patched server does.");
            case AnswerKind.Ended:
                return (VulnerabilityStatus.NotVulnerable, $"the server refused it by {first.Text} (without an alert).");
            case AnswerKind.Failed:
                return (VulnerabilityStatus.Unknown, $"reading the answer failed: {first.Text}.");
        }

        // Silence: the server may have taken the CCS. A second record tells: a server that switched keys must
        // fail to decrypt it; a server that did not reads it as the stray CCS it is.
        if (await connection.SendAsync(ccs, cancellationToken).ConfigureAwait(false) is { } secondError)
        {
            return (VulnerabilityStatus.NotVulnerable, $"the server said nothing for {Seconds(timeout)}, then would not take a second record ({secondError.Message}).");
        }

        var second = await AnswerAsync(connection, timeout, cancellationToken).ConfigureAwait(false);
        var silent = $"the server said nothing for {Seconds(timeout)}; to a second ChangeCipherSpec";
        return second.Kind switch
        {
            AnswerKind.Alert when second.Alert!.Description is AlertDescription.BadRecordMac or AlertDescription.DecryptionFailed =>
                (VulnerabilityStatus.Vulnerable,
                    $"{silent} it answered {AfterServerFlight.Describe(second.Alert)}: it had taken the first and switched to keys made without any key exchange, as unpatched OpenSSL does."),
            AnswerKind.Alert when second.Alert!.Description is AlertDescription.UnexpectedMessage or AlertDescription.HandshakeFailure =>
                (VulnerabilityStatus.NotVulnerable, $"{silent} it answered {AfterServerFlight.Describe(second.Alert)}, reading it unprotected: it had not switched keys."),
            AnswerKind.Alert =>
                (VulnerabilityStatus.Unknown, $"{silent} it answered {AfterServerFlight.Describe(second.Alert!)}, which is neither a patched nor an unpatched OpenSSL's answer."),
            AnswerKind.Silent => (VulnerabilityStatus.NotVulnerable, $"{silent} it said nothing either: it did not try to decrypt it."),
            AnswerKind.Ended => (VulnerabilityStatus.NotVulnerable, $"{silent} it answered by {second.Text}: it did not try to decrypt it."),
            _ => (VulnerabilityStatus.Unknown, $"{silent} reading the answer failed: {second.Text}."),
        };
    }

    /// <summary>The next alert, close, silence or failure; other records (a warning's companions, stray handshake) are skipped, boundedly.</summary>
    private static async Task<Answer> AnswerAsync(ProbeConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        for (var i = 0; i < AfterServerFlight.MaxRecordsPerAnswer; i++)
        {
            var read = await connection.ReadRecordAsync(cancellationToken, timeout).ConfigureAwait(false);
            if (read.TimedOut)
            {
                return new Answer(AnswerKind.Silent, null, null);
            }

            if (read.ConnectionEnded)
            {
                return new Answer(AnswerKind.Ended, null, read.Error!.Kind == ConnectionErrorKind.Reset ? "resetting the connection" : "closing the connection");
            }

            if (read.Record is not { } record)
            {
                return new Answer(AnswerKind.Failed, null, read.Error?.Message);
            }

            if (record.Type == ContentType.Alert && Alert.ParseFragment(record.Fragment) is { IsDone: true } alert)
            {
                return new Answer(AnswerKind.Alert, alert.Value, null);
            }
        }

        return new Answer(AnswerKind.Failed, null, $"{AfterServerFlight.MaxRecordsPerAnswer} records came that were no answer");
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.#} s";

    private VulnerabilityResult Result(VulnerabilityStatus status, string evidence, int connections) =>
        new(Info, status, evidence) { Connections = connections };

    private enum AnswerKind : byte
    {
        Silent,
        Alert,
        Ended,
        Failed,
    }

    private sealed record Answer(AnswerKind Kind, Alert? Alert, string? Text);
}
