using TlsDoctor.Analysis.Causes;
using TlsDoctor.Analysis.ClientProfiles;
using TlsDoctor.Analysis.Compatibility;
using TlsDoctor.Scanning;
using TlsDoctor.Scanning.Transport;

namespace TlsDoctor.Analysis.Diagnosis;

/// <summary>
/// Walks the layers of a connection for one client against one scan — name resolution, TCP, TLS on the port, then
/// the handshake steps of <see cref="CompatibilityChecker"/> — and stops at the first that fails. Pure: the scan and
/// the profile are all it reads.
/// </summary>
public static partial class Diagnoser
{
    /// <summary>The client diagnosed when none is named: a current browser.</summary>
    public const string DefaultClientId = "chrome-131";

    public static ClientProfile DefaultClient =>
        KnownClients.Find(DefaultClientId) ?? throw new InvalidOperationException($"client table lacks '{DefaultClientId}'");

    public static ClientDiagnosis Diagnose(ServerScanResult scan, ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(client);
        var software = ServerSoftwareDetector.Detect(scan);
        var diagnosis = scan.Outcome == ScanOutcome.Completed
            ? DiagnoseHandshake(scan, client)
            : DiagnoseTransport(scan, client);
        return diagnosis with
        {
            Software = software,
            Fixes = diagnosis.RootCause is { } cause ? Fixes.For(cause, client, scan, software) : [],
        };
    }

    /// <summary>The scan stopped before a handshake: unreachable, not TLS, or no protocol at all.</summary>
    private static ClientDiagnosis DiagnoseTransport(ServerScanResult scan, ClientProfile client)
    {
        var failure = scan.Failure ?? new ConnectionError(ConnectionErrorKind.Closed, $"the scan ended with {scan.Outcome}");
        var (layer, cause, sentence) = TransportFailure(scan, failure);
        var layers = new List<LayerCheck>();
        foreach (var l in Enum.GetValues<Layer>())
        {
            layers.Add(l < layer ? new LayerCheck(l, LayerStatus.Passed, PassedTransportEvidence(l, scan))
                : l == layer ? new LayerCheck(l, LayerStatus.Failed, failure.Message)
                : new LayerCheck(l, LayerStatus.NotReached, "not reached"));
        }

        var evidence = new List<string> { failure.Message };
        if (!string.IsNullOrEmpty(failure.Sample))
        {
            evidence.Add($"the server's first bytes: \"{failure.Sample}\"");
        }

        return new ClientDiagnosis(client, scan.Target.Display)
        {
            Layers = layers,
            RootCause = new RootCause(cause, null, sentence),
            Evidence = evidence,
        };
    }

    private static (Layer Layer, CauseId Cause, string Sentence) TransportFailure(ServerScanResult scan, ConnectionError failure)
    {
        var where = scan.Target.Display;
        if (scan.Outcome == ScanOutcome.NoProtocol)
        {
            return (Layer.ProtocolVersion, CauseId.ProtocolMismatch,
                $"{where} speaks TLS but accepted none of the protocol versions and cipher suites offered ({failure.Message})");
        }

        return failure.Kind switch
        {
            ConnectionErrorKind.DnsFailure => (Layer.NameResolution, CauseId.HostNotFound,
                $"the name '{scan.Target.Host}' does not resolve, so no client can connect"),
            ConnectionErrorKind.Refused => (Layer.Tcp, CauseId.ConnectionRefused,
                $"nothing listens on {where}: the connection is refused"),
            ConnectionErrorKind.ConnectTimeout or ConnectionErrorKind.Unreachable => (Layer.Tcp, CauseId.Timeout,
                $"{where} does not answer the TCP connect: the port is filtered by a firewall or the host is down"),
            ConnectionErrorKind.NotTls => (Layer.Tls, CauseId.NotTls, NotTlsSentence(where, failure.Service)),
            ConnectionErrorKind.ReadTimeout => (Layer.Tls, CauseId.Timeout,
                $"{where} accepts the connection but never answers the ClientHello: this is not TLS (or the server speaks first)"),
            ConnectionErrorKind.Reset or ConnectionErrorKind.Closed => (Layer.Tls, CauseId.ConnectionReset,
                $"{where} accepts the connection but drops it at the ClientHello ({failure.Message})"),
            _ => (Layer.Tls, CauseId.NotTls, $"{where} does not complete a TLS handshake: {failure.Message}"),
        };
    }

    private static string NotTlsSentence(string where, ServiceKind service) => service switch
    {
        ServiceKind.Smtp => $"{where} is an SMTP server that speaks plain text first: this port needs STARTTLS, it is not TLS from the first byte",
        ServiceKind.Imap => $"{where} is an IMAP server that speaks plain text first: this port needs STARTTLS, it is not TLS from the first byte",
        ServiceKind.Pop3 => $"{where} is a POP3 server that speaks plain text first: this port needs STARTTLS (STLS), it is not TLS from the first byte",
        ServiceKind.Ftp => $"{where} is an FTP server that speaks plain text first: this port needs STARTTLS (AUTH TLS), it is not TLS from the first byte",
        ServiceKind.Xmpp => $"{where} is an XMPP server: this port needs STARTTLS, it is not TLS from the first byte",
        ServiceKind.Http => $"{where} answers in plain HTTP: this is not TLS (the listener has TLS switched off, or this is the http port)",
        ServiceKind.Ssh => $"{where} is an SSH server: this is not TLS",
        ServiceKind.Echo => $"{where} echoes what it is sent: this is not TLS",
        _ => $"{where} answers, but not in TLS: this is not TLS",
    };

    private static string PassedTransportEvidence(Layer layer, ServerScanResult scan) => layer switch
    {
        Layer.NameResolution => scan.Address is { } a ? $"'{scan.Target.Host}' resolves to {a}" : $"'{scan.Target.Host}' resolves",
        Layer.Tcp => $"{scan.Target.Display} accepts TCP connections",
        Layer.Tls => "the server answers a ClientHello in TLS",
        _ => "passed",
    };
}
