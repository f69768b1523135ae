using System.Security.Cryptography;
using TlsDoctor.Tls.Handshake;
using TlsDoctor.Tls.Records;
using TlsDoctor.Tls.Registry;
using TlsDoctor.Tls.Tls12;

namespace TlsDoctor.Scanning.Transport.Tls12;

/// <summary>
/// The client side of one TLS 1.0–1.2 full handshake as a state machine over whole handshake messages: it keeps the
/// transcript (RFC 5246 §7.4.9 handshake_messages), derives the keys, and says what to send next. No I/O.
/// </summary>
internal sealed class HandshakeState(ClientHelloSpec spec, ClientHelloMessage hello)
{
    private readonly List<byte> _transcript = [.. hello.Handshake];
    private ServerKeyExchange? _serverKeyExchange;
    private bool _certificateRequested;

    public HandshakeReassembler Reassembler { get; } = new();

    public TlsVersion Version { get; private set; }

    public ServerHello? ServerHello { get; private set; }

    public SuiteCrypto? Crypto { get; private set; }

    public IReadOnlyList<byte[]> Certificates { get; private set; } = [];

    public byte[]? MasterSecret { get; private set; }

    public bool ExtendedMasterSecret { get; private set; }

    public KeyBlock? Keys { get; private set; }

    public RecordProtection? ClientWrite { get; private set; }

    public RecordProtection? ServerRead { get; set; }

    public byte[]? ClientVerifyData { get; private set; }

    public byte[]? ServerVerifyData { get; private set; }

    public NewSessionTicket? Ticket { get; private set; }

    private byte[] ClientRandom => ClientHello.TryParse(hello.Handshake).Value!.Random;

    public Tls12Handshake Fail(ConnectionError error)
    {
        ClientWrite?.Dispose();
        ServerRead?.Dispose();
        return new Tls12Handshake(null, error, ServerHello);
    }

    /// <summary>Takes one server handshake message; returns bytes to send (after ServerHelloDone) or an error.</summary>
    public (byte[]? Send, ConnectionError? Error) OnMessage(HandshakeMessage message)
    {
        var expectFinished = ServerRead is not null;
        if (expectFinished != (message.Type == HandshakeType.Finished))
        {
            return Bad($"the server sent {message.Type} where {(expectFinished ? "Finished" : "a handshake message in the clear")} belongs");
        }

        switch (message.Type)
        {
            case HandshakeType.ServerHello when ServerHello is null:
                var error = OnServerHello(message);
                if (error is not null)
                {
                    return (null, error);
                }

                break;
            case HandshakeType.Certificate when ServerHello is not null:
                var certificates = CertificateMessage.ParseBody(message.Body, tls13: false);
                if (!certificates.IsDone)
                {
                    return Bad($"malformed Certificate: {certificates.Error}");
                }

                Certificates = certificates.Value!.Certificates;
                break;
            case HandshakeType.ServerKeyExchange when ServerHello is not null:
                if (ServerKeyExchange.KindFor(Crypto!.Suite.KeyExchange) is not { } kind
                    || ServerKeyExchange.ParseBody(message.Body, kind, Version, anonymous: false) is not { IsDone: true } parsed)
                {
                    return Bad("malformed or unexpected ServerKeyExchange");
                }

                _serverKeyExchange = parsed.Value;
                break;
            case HandshakeType.CertificateRequest:
                _certificateRequested = true;
                break;
            case HandshakeType.CertificateStatus:
                break;
            case HandshakeType.ServerHelloDone when ServerHello is not null:
                _transcript.AddRange(message.Encode());
                return ClientFlight();
            case HandshakeType.NewSessionTicket when ClientWrite is not null:
                var ticket = NewSessionTicket.ParseBody(message.Body);
                if (!ticket.IsDone)
                {
                    return Bad(ticket.Error!);
                }

                Ticket = ticket.Value;
                break;
            case HandshakeType.Finished:
                var expected = Prf.VerifyData(Version, Crypto!.PrfHash, MasterSecret!, client: false, Prf.TranscriptHash(Version, Crypto.PrfHash, [.. _transcript]));
                if (!CryptographicOperations.FixedTimeEquals(expected, message.Body))
                {
                    return Bad("the server's Finished verify_data is wrong");
                }

                ServerVerifyData = message.Body;
                break;
            default:
                return Bad($"unexpected {message.Type} in the server's flight");
        }

        _transcript.AddRange(message.Encode());
        return (null, null);
    }

    private ConnectionError? OnServerHello(HandshakeMessage message)
    {
        var parsed = ServerHello.ParseBody(message.Body);
        if (!parsed.IsDone)
        {
            return new ConnectionError(ConnectionErrorKind.Malformed, $"malformed ServerHello: {parsed.Error}");
        }

        ServerHello = parsed.Value!;
        Version = (TlsVersion)ServerHello.NegotiatedVersion;
        if (Version is < TlsVersion.Tls10 or > TlsVersion.Tls12 || Version > spec.Version)
        {
            return new ConnectionError(ConnectionErrorKind.Malformed, $"the server chose {Version.Name()}, which this TLS 1.0–1.2 client did not offer");
        }

        if (!spec.CipherSuites.Contains(ServerHello.CipherSuite) || SuiteCrypto.For(ServerHello.CipherSuite) is not { } crypto)
        {
            return new ConnectionError(ConnectionErrorKind.Malformed, $"the server chose suite 0x{ServerHello.CipherSuite:x4}, which we did not offer or cannot complete");
        }

        Crypto = crypto;
        ExtendedMasterSecret = spec.ExtendedMasterSecret && ServerHello.Has(ExtensionType.ExtendedMasterSecret);
        return null;
    }

    /// <summary>Our second flight: [empty Certificate], ClientKeyExchange, ChangeCipherSpec, Finished (RFC 5246 §7.3).</summary>
    private (byte[]? Send, ConnectionError? Error) ClientFlight()
    {
        var exchange = Crypto!.Suite.KeyExchange switch
        {
            KeyExchange.Ecdhe when _serverKeyExchange is not null => ClientKeyExchange.Ecdhe(_serverKeyExchange),
            KeyExchange.Dhe when _serverKeyExchange is not null => ClientKeyExchange.Dhe(_serverKeyExchange),
            KeyExchange.Rsa when Certificates.Count > 0 => ClientKeyExchange.Rsa(Certificates[0], (ushort)spec.Version),
            _ => null,
        };
        if (exchange is null)
        {
            return Bad($"cannot do the {Crypto.Suite.KeyExchange} key exchange with what the server sent");
        }

        List<byte> handshake = [];
        if (_certificateRequested)
        {
            // RFC 5246 §7.4.6: a client without a suitable certificate sends a Certificate message with no certificates.
            handshake.AddRange(new HandshakeMessage(HandshakeType.Certificate, [0, 0, 0]).Encode());
        }

        handshake.AddRange(exchange.Message);
        _transcript.AddRange(handshake);

        var clientRandom = ClientRandom;
        MasterSecret = ExtendedMasterSecret
            ? Prf.ExtendedMasterSecret(Version, Crypto.PrfHash, exchange.PreMasterSecret, Prf.TranscriptHash(Version, Crypto.PrfHash, [.. _transcript]))
            : Prf.MasterSecret(Version, Crypto.PrfHash, exchange.PreMasterSecret, clientRandom, ServerHello!.Random);
        Keys = KeyBlock.Derive(Version, Crypto, MasterSecret, clientRandom, ServerHello!.Random);
        ClientWrite = RecordProtection.Client(Version, Crypto, Keys);

        ClientVerifyData = Prf.VerifyData(Version, Crypto.PrfHash, MasterSecret, client: true, Prf.TranscriptHash(Version, Crypto.PrfHash, [.. _transcript]));
        var finished = new HandshakeMessage(HandshakeType.Finished, ClientVerifyData).Encode();
        _transcript.AddRange(finished);

        var version = (ushort)Version;
        byte[] flight =
        [
            .. TlsRecord.Encode(ContentType.Handshake, version, [.. handshake]),
            .. TlsRecord.Encode(ContentType.ChangeCipherSpec, version, [1]),   // RFC 5246 §7.1: enum { change_cipher_spec(1) }
            .. ClientWrite.Seal(ContentType.Handshake, finished),
        ];
        return (flight, null);
    }

    private static (byte[]?, ConnectionError?) Bad(string message) => (null, new ConnectionError(ConnectionErrorKind.Malformed, message));
}
