using TlsDoctor.Scanning.Probes;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Scanning.Transport.Tls12;

/// <summary>One record read on an established session, decrypted; or why none came.</summary>
/// <param name="Type">The record's content type (null with an error).</param>
/// <param name="Content">The plaintext.</param>
public sealed record SessionRead(ContentType? Type, byte[] Content, ConnectionError? Error)
{
    /// <summary>The alert, when the record was one.</summary>
    public Alert? Alert => Type == ContentType.Alert && Tls.Alerts.Alert.ParseFragment(Content) is { IsDone: true } a ? a.Value : null;

    public static SessionRead Failed(ConnectionError error) => new(null, [], error);
}

/// <summary>
/// A TLS 1.0–1.2 session we completed ourselves over a <see cref="ProbeConnection"/>, for checks that go on talking
/// after the handshake (renegotiation, resumption with a ticket). The certificate is not validated: this is an
/// auditor's client, not a user's. Every read keeps the connection's deadline and byte budget; failures are
/// <see cref="ConnectionError"/>s, never exceptions.
/// </summary>
public sealed partial class Tls12Session : IDisposable
{
    private readonly ProbeConnection _connection;
    private readonly RecordProtection _write;
    private readonly RecordProtection _read;

    private Tls12Session(ProbeConnection connection, HandshakeState state, RecordProtection write, RecordProtection read)
    {
        _connection = connection;
        _write = write;
        _read = read;
        Version = state.Version;
        Suite = state.Crypto!.Suite;
        ServerHello = state.ServerHello!;
        ClientVerifyData = state.ClientVerifyData!;
        ServerVerifyData = state.ServerVerifyData!;
        Ticket = state.Ticket;
        MasterSecret = state.MasterSecret!;
        ExtendedMasterSecret = state.ExtendedMasterSecret;
        ServerCertificates = state.Certificates;
    }

    public TlsVersion Version { get; }

    public CipherSuite Suite { get; }

    public ServerHello ServerHello { get; }

    /// <summary>The client Finished verify_data (RFC 5746 §3.5 puts it in a renegotiation hello's renegotiation_info).</summary>
    public byte[] ClientVerifyData { get; }

    public byte[] ServerVerifyData { get; }

    /// <summary>The server's NewSessionTicket (RFC 5077 §3.3), when it sent one.</summary>
    public NewSessionTicket? Ticket { get; }

    public byte[] MasterSecret { get; }

    /// <summary>True when the master secret is the extended one (RFC 7627).</summary>
    public bool ExtendedMasterSecret { get; }

    /// <summary>The certificates the server sent, leaf first (DER); not validated.</summary>
    public IReadOnlyList<byte[]> ServerCertificates { get; }

    /// <summary>Sends application data, split into records of at most 2^14 bytes.</summary>
    public async Task<ConnectionError?> SendApplicationDataAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            var chunk = data[..Math.Min(data.Length, TlsRecord.MaxPlaintextLength)];
            if (await _connection.SendAsync(_write.Seal(ContentType.ApplicationData, chunk.Span), cancellationToken).ConfigureAwait(false) is { } error)
            {
                return error;
            }

            data = data[chunk.Length..];
        }

        return null;
    }

    /// <summary>Sends handshake messages (headers included) encrypted under the session, e.g. a renegotiation ClientHello.</summary>
    public Task<ConnectionError?> SendHandshakeAsync(ReadOnlyMemory<byte> messages, CancellationToken cancellationToken) =>
        _connection.SendAsync(_write.Seal(ContentType.Handshake, messages.Span), cancellationToken);

    /// <summary>
    /// Ends the session with close_notify (RFC 5246 §7.2.1), as a polite client does: a server then closes its side
    /// at once instead of treating the dropped connection as an error (openssl s_server -www, for one, pauses a
    /// second on a connection that just goes away, and serves nobody else meanwhile).
    /// </summary>
    public Task<ConnectionError?> CloseAsync(CancellationToken cancellationToken) =>
        _connection.SendAsync(_write.Seal(ContentType.Alert, [(byte)AlertLevel.Warning, (byte)AlertDescription.CloseNotify]), cancellationToken);

    /// <summary>Reads and decrypts the next record within <paramref name="timeout"/> (default: the scan's read timeout).</summary>
    public async Task<SessionRead> ReadRecordAsync(CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var read = await _connection.ReadRecordAsync(cancellationToken, timeout).ConfigureAwait(false);
        if (read.Record is not { } record)
        {
            return SessionRead.Failed(read.Error!);
        }

        return _read.Open(record) is { } plaintext
            ? new SessionRead(record.Type, plaintext, null)
            : SessionRead.Failed(new ConnectionError(ConnectionErrorKind.Malformed, $"a {record.Type} record from the server did not decrypt (bad record MAC)"));
    }

    public void Dispose()
    {
        _write.Dispose();
        _read.Dispose();
    }
}
