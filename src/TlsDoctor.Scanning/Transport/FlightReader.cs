using TlsDoctor.Tls;
using TlsDoctor.Tls.Alerts;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls13;

namespace TlsDoctor.Scanning.Transport;

/// <summary>
/// Turns the bytes a server sends after our hello into a <see cref="ServerFlight"/>. Pure state machine: the
/// caller feeds bytes as they arrive and stops reading when <see cref="IsDone"/>; no I/O here.
/// </summary>
public sealed partial class FlightReader(ClientHelloMessage? clientHello, byte[] sent, FlightDepth depth, bool sslV2 = false) : IDisposable
{
    private readonly ClientHelloMessage? _clientHello = clientHello;
    private readonly List<byte> _buffer = [];
    private readonly HandshakeReassembler _plain = new();
    private readonly HandshakeReassembler _encrypted = new();
    private ServerFlight _flight = new();
    private ServerFlightDecryptor? _decryptor;
    private int _received;
    private bool _anyRecord;

    public bool IsDone { get; private set; }

    /// <summary>Bytes received after the flight ended (the start of whatever the server sent next), for probes that go on talking.</summary>
    public byte[] Unconsumed => IsDone ? [.. _buffer] : [];

    /// <summary>The flight so far (complete once <see cref="IsDone"/>).</summary>
    public ServerFlight Flight => _flight with { BytesReceived = _received };

    /// <summary>Adds received bytes and parses every whole record in them.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        if (IsDone)
        {
            return;
        }

        _received += data.Length;
        _buffer.AddRange(data);
        if (!_anyRecord && _buffer.Count >= TlsRecord.HeaderLength && ServiceSniffer.Identify(
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer), sent) == ServiceKind.Echo)
        {
            Finish(ServiceSniffer.Classify(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer), sent));
            return;
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_buffer);
        var offset = 0;
        while (!IsDone && offset < span.Length)
        {
            var consumed = sslV2 && !_anyRecord && (span[offset] & 0x80) != 0 ? ParseSslV2(span[offset..]) : ParseRecord(span[offset..]);
            if (consumed == 0)
            {
                break;
            }

            offset += consumed;
        }

        _buffer.RemoveRange(0, offset);
    }

    /// <summary>The stream ended (EOF) or the read failed: settle the flight's error from what was seen.</summary>
    public void End(ConnectionError? readError, TimeSpan readTimeout)
    {
        if (IsDone)
        {
            return;
        }

        IsDone = true;
        if (_flight.Hello is not null || _flight.SslV2Hello is not null)
        {
            return; // we have the hello; a short flight is still a result
        }

        if (_received == 0)
        {
            _flight = _flight with
            {
                Error = readError switch
                {
                    { Kind: ConnectionErrorKind.ReadTimeout } => new ConnectionError(ConnectionErrorKind.ReadTimeout,
                        $"no answer within {readTimeout.TotalSeconds:0.#} s: the service accepted the connection but sent nothing back (not TLS, or a server waiting for something else)"),
                    { } e => e,
                    null => new ConnectionError(ConnectionErrorKind.Closed, "the server closed the connection without answering the ClientHello"),
                },
            };
            return;
        }

        if (!_anyRecord)
        {
            // Bytes arrived but not even one whole record: judge them by what they are.
            var bytes = _buffer.ToArray();
            var parsed = TlsRecord.TryParse(bytes);
            _flight = _flight with
            {
                Error = parsed.Status == ParseStatus.NeedMoreData
                    ? new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent {bytes.Length} bytes of an unfinished TLS record and then {(readError is null ? "closed" : "stopped")}")
                    : ServiceSniffer.Classify(bytes, sent),
            };
            return;
        }

        _flight = _flight with
        {
            Error = readError ?? new ConnectionError(ConnectionErrorKind.Closed, "the server closed the connection before its ServerHello was complete"),
        };
    }

    private int ParseSslV2(ReadOnlySpan<byte> data)
    {
        var parsed = SslV2ServerHello.TryParse(data);
        switch (parsed.Status)
        {
            case ParseStatus.NeedMoreData:
                return 0;
            case ParseStatus.Invalid:
                Finish(new ConnectionError(ConnectionErrorKind.Malformed, $"malformed SSLv2 reply: {parsed.Error}"));
                return data.Length;
            default:
                _anyRecord = true;
                _flight = _flight with { SslV2Hello = parsed.Value, Complete = true };
                IsDone = true;
                return parsed.Consumed;
        }
    }

    private int ParseRecord(ReadOnlySpan<byte> data)
    {
        var parsed = TlsRecord.TryParse(data);
        if (parsed.Status == ParseStatus.NeedMoreData)
        {
            return 0;
        }

        if (parsed.Status == ParseStatus.Invalid)
        {
            Finish(_anyRecord
                ? new ConnectionError(ConnectionErrorKind.Malformed, $"the server sent a malformed TLS record: {parsed.Error}")
                : ServiceSniffer.Classify(data, sent));
            return data.Length;
        }

        _anyRecord = true;
        var record = parsed.Value!;
        switch (record.Type)
        {
            case ContentType.Alert:
                OnAlert(record.Fragment);
                break;
            case ContentType.Handshake:
                OnHandshake(_plain.Add(record.Fragment), encrypted: false);
                break;
            case ContentType.ApplicationData when _decryptor is not null:
                var opened = _decryptor.Decrypt(record);
                if (!opened.IsDone)
                {
                    Finish(null, complete: false); // keys disagree: keep what the plaintext gave
                }
                else if (opened.Value.Type == ContentType.Handshake)
                {
                    OnHandshake(_encrypted.Add(opened.Value.Content), encrypted: true);
                }
                else if (opened.Value.Type == ContentType.Alert)
                {
                    OnAlert(opened.Value.Content);
                }

                break;
            case ContentType.ApplicationData:
                // Encrypted flight we cannot or need not read: the hello is what we have.
                Finish(_flight.Hello is null ? new ConnectionError(ConnectionErrorKind.Malformed, "application data before ServerHello") : null);
                break;
            default:
                break; // ChangeCipherSpec (TLS 1.3 middlebox compatibility, RFC 8446 §D.4), heartbeat: ignore
        }

        return parsed.Consumed;
    }

    private void OnAlert(ReadOnlySpan<byte> fragment)
    {
        var alert = Alert.ParseFragment(fragment);
        if (!alert.IsDone)
        {
            Finish(new ConnectionError(ConnectionErrorKind.Malformed, "the server sent a malformed alert"));
            return;
        }

        var a = alert.Value!;
        if (a.Level == AlertLevel.Warning && a.Description != AlertDescription.CloseNotify)
        {
            _flight = _flight with { WarningAlert = a };
            return;
        }

        if (_flight.Hello is not null)
        {
            Finish(null, complete: false); // an alert after the hello (e.g. we sent no certificate): the hello stands
            return;
        }

        Finish(new ConnectionError(ConnectionErrorKind.Alert, $"the server sent alert {AlertText(a.Description)}") { Alert = a.Description });
    }

    private void Finish(ConnectionError? error, bool complete = false)
    {
        _flight = _flight with { Error = error ?? _flight.Error, Complete = complete || _flight.Complete };
        IsDone = true;
    }

    public void Dispose() => _decryptor?.Dispose();
}
